// Tests for line:column positions and JSON pointer location.
#include <catch_amalgamated.hpp>

#include "core/text_position.h"

using namespace hw;

TEST_CASE("offsets map to 1-based line and character column", "[position]") {
  const std::string text = "ab\n退c\nd";
  CHECK(positionAt(text, 0).line == 1);
  CHECK(positionAt(text, 0).column == 1);
  const TextPosition afterHan = positionAt(text, 6);  // 'c' after 3-byte 退
  CHECK(afterHan.line == 2);
  CHECK(afterHan.column == 2);
  CHECK(positionAt(text, text.size() - 1).line == 3);
}

TEST_CASE("a JSON pointer is located at its value", "[position]") {
  const std::string text = R"({"a": {"b~c": [10, {"x/y": "here"}]}, "z": 1})";
  const auto at = locatePointer(text, "/a/b~0c/1/x~1y");
  REQUIRE(at.has_value());
  CHECK(text.substr(*at, 6) == "\"here\"");
  CHECK(text.substr(*locatePointer(text, "/z"), 1) == "1");
  CHECK(*locatePointer(text, "") == 0);
}

TEST_CASE("keys with escapes and skipped nested values are handled", "[position]") {
  const std::string text = R"({"s": "a \"}] b", "n": [[1, [2]], {"k": []}], "\u00e9": true})";
  CHECK(text.substr(*locatePointer(text, "/\xC3\xA9"), 4) == "true");
  CHECK(text.substr(*locatePointer(text, "/n/1/k"), 2) == "[]");
}

TEST_CASE("a pointer that does not exist is not located", "[position]") {
  const std::string text = R"({"a": [1, 2]})";
  CHECK_FALSE(locatePointer(text, "/a/5").has_value());
  CHECK_FALSE(locatePointer(text, "/b").has_value());
  CHECK_FALSE(locatePointer(text, "/a/x").has_value());
}

TEST_CASE("nesting beyond the limit is found without recursion", "[position]") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const auto at = findNestingBeyond(deep, 64);
  REQUIRE(at.has_value());
  CHECK(*at == 64);
  CHECK_FALSE(findNestingBeyond(R"({"a": "[[[[[[["})", 2).has_value());
}
