// Localized panel strings. Pure C++: no ImGui, no Emscripten.
#include "core/ui_strings.h"

namespace hw {

namespace {

const UiStrings kEnglish{
    "Help",
    "Search help",
    "Popular articles",
    "Browse topics",
    "{count} results for \u201c{query}\u201d",
    "No results for \u201c{query}\u201d",
    "Try fewer or different words, or browse the topics below.",
    "Loading help\u2026",
    "Help articles could not be loaded.",
    "Try again",
    "Back",
    "Close help",
    "{count} articles",
    "opens in a new tab",
    "Recent searches",
    "Clear",
    "What do you need help with?",
    "Did you mean \u201c{query}\u201d?",
    "Not sure we have the answer to that.",
    "Contact us",
    "Suggestions",
    "Hi {name}, how can we help?",
    "How can we help?",
    "Suggested for you",
    "Something else? Browse all topics",
    "About order {order_id}",
};

const UiStrings kSimplifiedChinese{
    "帮助中心",
    "搜索帮助",
    "热门问题",
    "浏览主题",
    "\u201c{query}\u201d共有 {count} 条结果",
    "没有找到\u201c{query}\u201d的相关结果",
    "试试更少或不同的关键词，或浏览下面的主题。",
    "正在加载帮助\u2026",
    "帮助内容加载失败。",
    "重试",
    "返回",
    "关闭帮助",
    "{count} 篇文章",
    "在新标签页中打开",
    "最近搜索",
    "清除",
    "您想解决哪类问题？",
    "您是不是要找\u201c{query}\u201d？",
    "我们可能没有这个问题的答案。",
    "联系我们",
    "搜索建议",
    "{name}，您好！有什么可以帮您？",
    "您好！有什么可以帮您？",
    "为您推荐",
    "其他问题？浏览全部主题",
    "关于订单 {order_id}",
};

}  // namespace

const UiStrings& uiStringsFor(std::string_view locale) {
  if (locale.size() >= 2 && (locale[0] == 'z' || locale[0] == 'Z') &&
      (locale[1] == 'h' || locale[1] == 'H') && (locale.size() == 2 || locale[2] == '-'))
    return kSimplifiedChinese;
  return kEnglish;
}

std::string formatString(std::string_view pattern,
                         const std::vector<std::pair<std::string, std::string>>& values) {
  std::string out;
  std::size_t pos = 0;
  while (pos < pattern.size()) {
    const std::size_t open = pattern.find('{', pos);
    if (open == std::string_view::npos) break;
    const std::size_t close = pattern.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(pattern.substr(pos, open - pos));
    const std::string_view name = pattern.substr(open + 1, close - open - 1);
    bool replaced = false;
    for (const auto& [key, value] : values) {
      if (key == name) {
        out += value;
        replaced = true;
        break;
      }
    }
    if (!replaced) out.append(pattern.substr(open, close - open + 1));
    pos = close + 1;
  }
  out.append(pattern.substr(pos));
  return out;
}

}  // namespace hw
