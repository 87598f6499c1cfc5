// Tests for filling named placeholders and reading their names.
#include <catch_amalgamated.hpp>

#include "core/i18n/string_table.h"
#include "core/ui_strings.h"

using namespace hw;

TEST_CASE("named placeholders are filled by name, in any order", "[placeholders]") {
  CHECK(formatString("{count} results for {query}", {{"query", "refund"}, {"count", "3"}}) ==
        "3 results for refund");
  CHECK(formatString("“{query}”共有 {count} 条结果", {{"count", "3"}, {"query", "退款"}}) ==
        "“退款”共有 3 条结果");
}

TEST_CASE("a placeholder used twice is filled twice", "[placeholders]") {
  CHECK(formatString("{name}, {name}!", {{"name", "Mia"}}) == "Mia, Mia!");
}

TEST_CASE("a placeholder without a value stays visible", "[placeholders]") {
  CHECK(formatString("{missing} here", {}) == "{missing} here");
  CHECK(formatString("{count} of {total}", {{"count", "1"}}) == "1 of {total}");
  CHECK(formatString("{}", {}) == "{}");
}

TEST_CASE("non-ASCII text and values pass through unchanged", "[placeholders]") {
  CHECK(formatString("Hola, {name}. ¿En qué podemos ayudarte?", {{"name", "Begoña"}}) ==
        "Hola, Begoña. ¿En qué podemos ayudarte?");
  CHECK(formatString("{first} 及另外 {others} 件商品", {{"first", "蓝色马克杯"}, {"others", "2"}}) ==
        "蓝色马克杯 及另外 2 件商品");
}

TEST_CASE("a value is not read again for placeholders", "[placeholders]") {
  CHECK(formatString("No results for {query}", {{"query", "{query}"}}) == "No results for {query}");
  CHECK(formatString("{a}{b}", {{"a", "{b}"}, {"b", "x"}}) == "{b}x");
}

TEST_CASE("stray braces stay text and do not swallow a later placeholder", "[placeholders]") {
  CHECK(formatString("open { brace", {}) == "open { brace");
  CHECK(formatString("close } brace {n}", {{"n", "1"}}) == "close } brace 1");
  CHECK(formatString("a {b {count}", {{"count", "2"}}) == "a {b 2");
  CHECK(formatString("no braces", {{"a", "b"}}) == "no braces");
}

TEST_CASE("placeholder names are listed once, in order", "[placeholders]") {
  using i18n::placeholdersOf;
  CHECK(placeholdersOf("{count} results for {query}") == std::vector<std::string>{"count", "query"});
  CHECK(placeholdersOf("{name}, {name}!") == std::vector<std::string>{"name"});
  CHECK(placeholdersOf("a {b {count}") == std::vector<std::string>{"count"});
  CHECK(placeholdersOf("none { here").empty());
}
