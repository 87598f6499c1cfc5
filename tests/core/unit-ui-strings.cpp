// Tests for localized panel strings.
#include <catch_amalgamated.hpp>

#include "core/ui_strings.h"

using namespace hw;

TEST_CASE("Chinese locales get Chinese strings, others English", "[strings]") {
  CHECK(uiStringsFor("zh-CN").panelTitle == "帮助中心");
  CHECK(uiStringsFor("zh").panelTitle == "帮助中心");
  CHECK(uiStringsFor("en-GB").panelTitle == "Help");
  CHECK(uiStringsFor("").panelTitle == "Help");
  CHECK(uiStringsFor("zulu").panelTitle == "Help");
}

TEST_CASE("named placeholders are filled and unknown ones stay visible", "[strings]") {
  CHECK(formatString("{count} results for {query}", {{"count", "3"}, {"query", "refund"}}) ==
        "3 results for refund");
  CHECK(formatString("{missing} here", {}) == "{missing} here");
  CHECK(formatString("no braces", {{"a", "b"}}) == "no braces");
  CHECK(formatString("open { brace", {}) == "open { brace");
}
