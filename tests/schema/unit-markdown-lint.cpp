// Article body checks.
#include <catch_amalgamated.hpp>

#include "core/content/markdown_lint.h"

using hw::content::lintMarkdown;

namespace {

std::vector<std::string> messages(const std::string& body) {
  const auto exists = [](std::string_view id) { return id == "track-order"; };
  std::vector<std::string> out;
  for (const auto& issue : lintMarkdown(body, exists)) out.push_back((issue.error ? "E " : "W ") + issue.message);
  return out;
}

}  // namespace

TEST_CASE("the supported subset passes", "[markdown-lint]") {
  CHECK(messages("## Steps\n\n1. Open **My orders**.\n2. See [tracking](article:track-order).\n\n"
                 "- [Carrier](https://carrier.example/track)\n- 5 < 6 and \\*\\* is literal\n\nSee [1] above.")
            .empty());
}

TEST_CASE("links must be http(s) or existing articles", "[markdown-lint]") {
  CHECK(messages("[x](javascript:alert(1))") ==
        std::vector<std::string>{"E link target \"javascript:alert(1\" is not allowed; it would be shown as text"});
  CHECK(messages("[x](data:text/html;base64,AAA)").size() == 1);
  CHECK(messages("[x](/relative/path)").size() == 1);
  CHECK(messages("[x](article:missing)") == std::vector<std::string>{"E link to unknown article \"missing\""});
  CHECK(messages("[](https://x.example)") == std::vector<std::string>{"E link to \"https://x.example\" has no text"});
  CHECK(messages("[x](https://x.example") ==
        std::vector<std::string>{"E link \"[x](https://x.example\" is missing its closing ')'"});
}

TEST_CASE("markup the subset lacks is reported", "[markdown-lint]") {
  CHECK(messages("![logo](https://x.example/a.png)").at(0).rfind("E images are not supported", 0) == 0);
  CHECK(messages("Click <b>here</b>").at(0) == "E HTML is not supported: \"<b>\" would be shown as text");
  CHECK(messages("Some **bold text") == std::vector<std::string>{"E \"**\" starts bold text that is never closed in \"Some **bold text\""});
  CHECK(messages("**bold\nacross lines**").empty());
  CHECK(messages("#### Deep").at(0).rfind("W only #, ## and ### headings", 0) == 0);
  CHECK(messages("```\ncode\n```").size() == 2);
  CHECK(messages("| a | b |").at(0).rfind("W tables are not supported", 0) == 0);
}
