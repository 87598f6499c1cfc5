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
    "Ask us directly",
    "My requests",
    "You will need",
    "Start",
    "Next",
    "Back",
    "Check your request",
    "Send request",
    "Edit",
    "Did this solve it?",
    "Yes, thanks",
    "No, continue",
    "Glad that helped",
    "Nothing was sent. You can close the help or look for something else.",
    "Back to help",
    "Step {current} of {total}",
    "We have your request",
    "It is saved on this device and will be sent as soon as you are online. You can close this page.",
    "Our team usually replies within one working day, by email.",
    "Your reference: {reference}",
    "Waiting to send",
    "Sending…",
    "Sent",
    "Not accepted: {reason}",
    "Add files",
    "Remove",
    "No requests from this device yet.",
    "Too many requests are waiting to be sent. Please try again later.",
    "This request could not be prepared. Please check your answers.",
    "Please check the marked answers.",
    "required",
    "Was this helpful?",
    "Yes",
    "No",
    "What was wrong?",
    "It is out of date",
    "It is unclear",
    "It is not my problem",
    "Something else",
    "Thanks for telling us.",
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
    "直接联系我们",
    "我的请求",
    "您需要准备",
    "开始",
    "下一步",
    "上一步",
    "确认您的请求",
    "提交请求",
    "修改",
    "这解决您的问题了吗？",
    "解决了，谢谢",
    "没有，继续",
    "很高兴帮到您",
    "没有发送任何内容。您可以关闭帮助，或查找其他问题。",
    "返回帮助",
    "第 {current} 步，共 {total} 步",
    "我们已收到您的请求",
    "请求已保存在本设备上，联网后会自动发送。您可以关闭此页面。",
    "客服通常会在一个工作日内通过邮件回复您。",
    "您的请求编号：{reference}",
    "等待发送",
    "正在发送…",
    "已发送",
    "未被接受：{reason}",
    "添加文件",
    "移除",
    "本设备还没有提交过请求。",
    "待发送的请求过多，请稍后再试。",
    "无法生成此请求，请检查您的回答。",
    "请检查标出的回答。",
    "必填",
    "这篇文章有帮助吗？",
    "有帮助",
    "没帮助",
    "哪里不好？",
    "内容过时",
    "说得不清楚",
    "不是我的问题",
    "其他原因",
    "感谢您的反馈。",
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
