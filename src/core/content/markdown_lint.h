// Finds what an article body's Markdown subset would not show as meant:
// links the widget will not open, links to missing articles, images, HTML,
// unclosed markup. The renderer never fails (anything unknown is shown as
// text); these checks catch the mistake before shoppers see it. Pure C++.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace hw::content {

struct MarkdownIssue {
  bool error = true;  // false: a warning
  std::string message;
  std::string hint;
};

std::vector<MarkdownIssue> lintMarkdown(std::string_view body,
                                        const std::function<bool(std::string_view)>& articleExists);

}  // namespace hw::content
