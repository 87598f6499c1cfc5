// Markdown subset checks for article bodies. Pure C++.
#include "core/content/markdown_lint.h"

#include <cctype>

#include "core/markdown.h"
#include "core/utf8.h"

namespace hw::content {

namespace {

std::string_view trim(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

// Quotes a piece of the body in a message, cut to a readable length.
std::string excerpt(std::string_view text) {
  std::size_t pos = 0;
  int count = 0;
  while (pos < text.size() && count < 50) {
    decodeUtf8(text, pos);
    ++count;
  }
  return "\"" + std::string(text.substr(0, pos)) + (pos < text.size() ? "...\"" : "\"");
}

// True where `line` starts a block of its own (heading or list item), which
// ends any paragraph before it.
bool startsBlock(std::string_view line) {
  if (line.size() > 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ') return true;
  std::size_t digits = 0;
  while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
  if (digits > 0 && digits + 1 < line.size() && line[digits] == '.' && line[digits + 1] == ' ')
    return true;
  std::size_t hashes = 0;
  while (hashes < line.size() && line[hashes] == '#') ++hashes;
  return hashes >= 1 && hashes < line.size() && line[hashes] == ' ';
}

class Linter {
 public:
  Linter(const std::function<bool(std::string_view)>& articleExists) : m_articleExists(articleExists) {}

  void error(std::string message, std::string hint = {}) { m_issues.push_back({true, std::move(message), std::move(hint)}); }
  void warning(std::string message, std::string hint = {}) { m_issues.push_back({false, std::move(message), std::move(hint)}); }

  void line(std::string_view text) {
    if (text.rfind("```", 0) == 0 || text.rfind("~~~", 0) == 0)
      warning("code blocks are not supported; the text is shown as is");
    std::size_t hashes = 0;
    while (hashes < text.size() && text[hashes] == '#') ++hashes;
    if (hashes >= 4) warning("only #, ## and ### headings are supported; " + excerpt(text) + " is shown as text");
    if (text.size() > 1 && text[0] == '|' && text.find('|', 1) != std::string_view::npos)
      warning("tables are not supported; " + excerpt(text) + " is shown as text");
  }

  // Inline markup of one block (a paragraph's lines joined, or one item).
  void block(std::string_view text) {
    int boldMarkers = 0;
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
      const char c = text[pos];
      if (c == '\\' && pos + 1 < text.size()) {
        ++pos;
      } else if (c == '*' && pos + 1 < text.size() && text[pos + 1] == '*') {
        ++boldMarkers;
        ++pos;
      } else if (c == '!' && pos + 1 < text.size() && text[pos + 1] == '[') {
        error("images are not supported: " + excerpt(text.substr(pos)),
              "link to the picture instead: [see the picture](https://...)");
        pos = skipLink(text, pos + 1);
      } else if (c == '[') {
        pos = link(text, pos);
      } else if (c == '<' && pos + 1 < text.size() &&
                 (std::isalpha(static_cast<unsigned char>(text[pos + 1])) || text[pos + 1] == '/' ||
                  text[pos + 1] == '!') &&
                 text.find('>', pos) != std::string_view::npos) {
        const std::size_t end = text.find('>', pos);
        error("HTML is not supported: " + excerpt(text.substr(pos, end - pos + 1)) + " would be shown as text",
              "use the Markdown subset: **bold**, - lists, [links](https://...)");
        pos = end;
      }
    }
    if (boldMarkers % 2 != 0)
      error("\"**\" starts bold text that is never closed in " + excerpt(text),
            "close bold text with a second \"**\", or write \\* for a literal asterisk");
  }

  std::vector<MarkdownIssue> take() { return std::move(m_issues); }

 private:
  // Past the end of a "[text](target)" starting at `open`, as the renderer reads it.
  static std::size_t skipLink(std::string_view text, std::size_t open) {
    const std::size_t close = text.find("](", open + 1);
    if (close == std::string_view::npos) return open;
    const std::size_t end = text.find(')', close + 2);
    return end == std::string_view::npos ? open : end;
  }

  std::size_t link(std::string_view text, std::size_t open) {
    const std::size_t close = text.find("](", open + 1);
    if (close == std::string_view::npos) return open;  // "[1]" is just text
    const std::string_view label = text.substr(open + 1, close - open - 1);
    if (label.find('[') != std::string_view::npos) return open;  // the renderer starts at the inner '['
    const std::size_t end = text.find(')', close + 2);
    if (end == std::string_view::npos) {
      error("link " + excerpt(text.substr(open)) + " is missing its closing ')'",
            "write links as [text](https://...) or [text](article:ID)");
      return text.size();
    }
    const std::string_view target = trim(text.substr(close + 2, end - close - 2));
    if (trim(label).empty())
      error("link to " + excerpt(target) + " has no text", "write the words to click between [ and ]");
    switch (classifyLink(target)) {
      case LinkKind::None:
        error("link target " + excerpt(target) + " is not allowed; it would be shown as text",
              "links must start with https://, http:// or article:");
        break;
      case LinkKind::Article: {
        const std::string_view id = target.substr(8);
        if (!m_articleExists(id))
          error("link to unknown article \"" + std::string(id) + "\"",
                "article links are [text](article:ID) with the id of an article in this file");
        break;
      }
      case LinkKind::External: break;
    }
    return end;
  }

  const std::function<bool(std::string_view)>& m_articleExists;
  std::vector<MarkdownIssue> m_issues;
};

}  // namespace

std::vector<MarkdownIssue> lintMarkdown(std::string_view body,
                                        const std::function<bool(std::string_view)>& articleExists) {
  Linter linter(articleExists);
  std::string paragraph;
  std::size_t lineStart = 0;
  while (lineStart <= body.size()) {
    std::size_t lineEnd = body.find('\n', lineStart);
    if (lineEnd == std::string_view::npos) lineEnd = body.size();
    const std::string_view line = trim(body.substr(lineStart, lineEnd - lineStart));
    lineStart = lineEnd + 1;
    linter.line(line);
    if (line.empty() || startsBlock(line)) {
      if (!paragraph.empty()) linter.block(paragraph);
      paragraph.clear();
      if (!line.empty()) linter.block(line);
      continue;
    }
    if (!paragraph.empty()) paragraph += ' ';
    paragraph += line;
  }
  if (!paragraph.empty()) linter.block(paragraph);
  return linter.take();
}

}  // namespace hw::content
