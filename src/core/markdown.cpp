// Markdown subset parser. Pure C++: no ImGui, no Emscripten.
#include "core/markdown.h"

#include <cctype>

namespace hw {

std::string Block::plainText() const {
  std::string out;
  for (const Span& span : spans) out += span.text;
  return out;
}

LinkKind classifyLink(std::string_view target) {
  const auto startsWithNoCase = [&](std::string_view prefix) {
    if (target.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(target[i])) != prefix[i]) return false;
    return true;
  };
  if ((startsWithNoCase("https://") && target.size() > 8) ||
      (startsWithNoCase("http://") && target.size() > 7)) {
    // Control characters and spaces have no place in a URL we open.
    for (char c : target)
      if (static_cast<unsigned char>(c) <= 0x20) return LinkKind::None;
    return LinkKind::External;
  }
  if (startsWithNoCase("article:") && target.size() > 8) return LinkKind::Article;
  return LinkKind::None;
}

namespace {

std::string_view trim(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const std::size_t last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

void appendSpan(std::vector<Span>& spans, Span span) {
  if (span.text.empty()) return;
  if (!spans.empty() && spans.back().bold == span.bold && spans.back().link == LinkKind::None &&
      span.link == LinkKind::None) {
    spans.back().text += span.text;
    return;
  }
  spans.push_back(std::move(span));
}

// Parses inline markup: **bold**, [text](target) and backslash escapes.
std::vector<Span> parseInline(std::string_view text) {
  std::vector<Span> spans;
  Span current;
  bool bold = false;
  const auto flush = [&]() {
    current.bold = bold;
    appendSpan(spans, std::move(current));
    current = Span{};
  };
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char c = text[pos];
    if (c == '\\' && pos + 1 < text.size() &&
        std::string_view("\\*[]()#-_").find(text[pos + 1]) != std::string_view::npos) {
      current.text += text[pos + 1];
      pos += 2;
      continue;
    }
    if (c == '*' && pos + 1 < text.size() && text[pos + 1] == '*') {
      // Only toggle bold when a closing marker exists, so "5 ** 2" stays text.
      if (bold || text.find("**", pos + 2) != std::string_view::npos) {
        flush();
        bold = !bold;
        pos += 2;
        continue;
      }
    }
    if (c == '[') {
      const std::size_t close = text.find("](", pos + 1);
      const std::size_t end = close == std::string_view::npos ? close : text.find(')', close + 2);
      if (close != std::string_view::npos && end != std::string_view::npos &&
          text.substr(pos + 1, close - pos - 1).find('[') == std::string_view::npos) {
        flush();
        Span link;
        link.text = std::string(text.substr(pos + 1, close - pos - 1));
        const std::string_view target = trim(text.substr(close + 2, end - close - 2));
        link.link = classifyLink(target);
        if (link.link == LinkKind::Article) link.target = std::string(target.substr(8));
        else if (link.link == LinkKind::External) link.target = std::string(target);
        link.bold = bold;
        appendSpan(spans, std::move(link));
        pos = end + 1;
        continue;
      }
    }
    current.text += c;
    ++pos;
  }
  flush();
  return spans;
}

bool isNumberedItem(std::string_view line, int& number, std::size_t& textStart) {
  std::size_t pos = 0;
  while (pos < line.size() && pos < 9 && std::isdigit(static_cast<unsigned char>(line[pos]))) ++pos;
  if (pos == 0 || pos + 1 >= line.size() || line[pos] != '.' || line[pos + 1] != ' ') return false;
  number = std::stoi(std::string(line.substr(0, pos)));
  textStart = pos + 2;
  return true;
}

}  // namespace

std::vector<Block> parseMarkdown(std::string_view source) {
  std::vector<Block> blocks;
  std::string paragraph;
  const auto flushParagraph = [&]() {
    if (paragraph.empty()) return;
    Block block;
    block.spans = parseInline(paragraph);
    blocks.push_back(std::move(block));
    paragraph.clear();
  };

  std::size_t lineStart = 0;
  while (lineStart <= source.size()) {
    std::size_t lineEnd = source.find('\n', lineStart);
    if (lineEnd == std::string_view::npos) lineEnd = source.size();
    const std::string_view line = trim(source.substr(lineStart, lineEnd - lineStart));
    lineStart = lineEnd + 1;

    if (line.empty()) {
      flushParagraph();
      continue;
    }
    // A line-level block: heading, bullet or numbered item.
    const auto pushLineBlock = [&](BlockKind kind, std::size_t textStart, int level, int number) {
      flushParagraph();
      Block block;
      block.kind = kind;
      block.level = level;
      block.number = number;
      block.spans = parseInline(trim(line.substr(textStart)));
      blocks.push_back(std::move(block));
    };
    int level = 0;
    while (level < static_cast<int>(line.size()) && level < 4 && line[level] == '#') ++level;
    if (level >= 1 && level <= 3 && static_cast<int>(line.size()) > level && line[level] == ' ') {
      pushLineBlock(BlockKind::Heading, static_cast<std::size_t>(level), level, 0);
      continue;
    }
    if (line.size() > 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ') {
      pushLineBlock(BlockKind::BulletItem, 2, 0, 0);
      continue;
    }
    int number = 0;
    std::size_t textStart = 0;
    if (isNumberedItem(line, number, textStart)) {
      pushLineBlock(BlockKind::NumberedItem, textStart, 0, number);
      continue;
    }
    // A wrapped line continues the paragraph.
    if (!paragraph.empty()) paragraph += ' ';
    paragraph += line;
  }
  flushParagraph();
  return blocks;
}

namespace {

// parseInline's text without its spans: escapes give their character,
// bold markers vanish, a link gives its text. Runs of ordinary characters
// are copied at once (the search index reads every article through here).
void appendInlinePlainText(std::string_view text, std::string& out) {
  bool bold = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t run = pos;
    while (run < text.size() && text[run] != '\\' && text[run] != '*' && text[run] != '[') ++run;
    out.append(text.data() + pos, run - pos);
    pos = run;
    if (pos >= text.size()) break;
    const char c = text[pos];
    if (c == '\\' && pos + 1 < text.size() &&
        std::string_view("\\*[]()#-_").find(text[pos + 1]) != std::string_view::npos) {
      out += text[pos + 1];
      pos += 2;
      continue;
    }
    if (c == '*' && pos + 1 < text.size() && text[pos + 1] == '*' &&
        (bold || text.find("**", pos + 2) != std::string_view::npos)) {
      bold = !bold;
      pos += 2;
      continue;
    }
    if (c == '[') {
      const std::size_t close = text.find("](", pos + 1);
      const std::size_t end = close == std::string_view::npos ? close : text.find(')', close + 2);
      if (close != std::string_view::npos && end != std::string_view::npos &&
          text.substr(pos + 1, close - pos - 1).find('[') == std::string_view::npos) {
        out.append(text.data() + pos + 1, close - pos - 1);
        pos = end + 1;
        continue;
      }
    }
    out += c;
    ++pos;
  }
}

}  // namespace

// The same blocks as parseMarkdown, written straight out as text (no
// Block or Span is built).
std::string markdownToPlainText(std::string_view source) {
  std::string out;
  out.reserve(source.size());
  std::string paragraph;
  const auto block = [&](BlockKind kind, int number, std::string_view text) {
    if (!out.empty()) out += '\n';
    if (kind == BlockKind::BulletItem) out += "• ";
    if (kind == BlockKind::NumberedItem) out += std::to_string(number) + ". ";
    appendInlinePlainText(text, out);
  };
  const auto flushParagraph = [&]() {
    if (paragraph.empty()) return;
    block(BlockKind::Paragraph, 0, paragraph);
    paragraph.clear();
  };
  std::size_t lineStart = 0;
  while (lineStart <= source.size()) {
    std::size_t lineEnd = source.find('\n', lineStart);
    if (lineEnd == std::string_view::npos) lineEnd = source.size();
    const std::string_view line = trim(source.substr(lineStart, lineEnd - lineStart));
    lineStart = lineEnd + 1;
    if (line.empty()) {
      flushParagraph();
      continue;
    }
    int level = 0;
    while (level < static_cast<int>(line.size()) && level < 4 && line[level] == '#') ++level;
    if (level >= 1 && level <= 3 && static_cast<int>(line.size()) > level && line[level] == ' ') {
      flushParagraph();
      block(BlockKind::Heading, 0, trim(line.substr(static_cast<std::size_t>(level))));
      continue;
    }
    if (line.size() > 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ') {
      flushParagraph();
      block(BlockKind::BulletItem, 0, trim(line.substr(2)));
      continue;
    }
    int number = 0;
    std::size_t textStart = 0;
    if (isNumberedItem(line, number, textStart)) {
      flushParagraph();
      block(BlockKind::NumberedItem, number, trim(line.substr(textStart)));
      continue;
    }
    // A wrapped line continues the paragraph.
    if (!paragraph.empty()) paragraph += ' ';
    paragraph += line;
  }
  flushParagraph();
  return out;
}

}  // namespace hw
