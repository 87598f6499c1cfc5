// The safe pattern subset: what it matches, what it rejects as syntax, and
// that hostile patterns stay fast.
#include <catch_amalgamated.hpp>

#include <string>

#include "core/forms/pattern.h"

using hw::Pattern;

namespace {

bool match(const char* pattern, const std::string& text) {
  std::string error;
  auto compiled = Pattern::compile(pattern, error);
  INFO(pattern << ": " << error);
  REQUIRE(compiled);
  return compiled->matches(text);
}

std::string syntaxError(const char* pattern) {
  std::string error;
  auto compiled = Pattern::compile(pattern, error);
  CHECK_FALSE(compiled);
  return error;
}

}  // namespace

TEST_CASE("patterns match the whole value", "[pattern]") {
  CHECK(match(R"(SO-\d{4,8})", "SO-1042"));
  CHECK_FALSE(match(R"(SO-\d{4,8})", "SO-104"));
  CHECK_FALSE(match(R"(SO-\d{4,8})", "xSO-1042"));
  CHECK_FALSE(match(R"(SO-\d{4,8})", "SO-1042x"));
  CHECK(match(R"(^SO-\d+$)", "SO-1"));
  CHECK(match("[A-Z]{2}[0-9]{2} ?[0-9][A-Z]{2}", "SW1A 1AA") == false);
  CHECK(match("[A-Z0-9]{2,4} ?[0-9][A-Z]{2}", "SW1A 1AA"));
  CHECK(match("(abc|de)+", "abcdeabc"));
  CHECK_FALSE(match("(abc|de)+", ""));
  CHECK(match("(?:ab)?c", "c"));
  CHECK(match("a.c", "a中c"));
  CHECK(match("[^0-9]+", "订单"));
  CHECK(match(R"(\w+@\w+\.com)", "a_b@x.com"));
  CHECK(match(R"(\S+\s\S+)", "ab cd"));
  CHECK(match("[一-龥]{2,4}", "张小明"));
  CHECK(match(R"([\d-]+)", "12-34"));
  CHECK(match("", ""));
  CHECK(match(R"(a\.b)", "a.b"));
  CHECK_FALSE(match(R"(a\.b)", "axb"));
}

TEST_CASE("pattern syntax outside the subset is an error, not a crash", "[pattern]") {
  CHECK(syntaxError("(ab") == "misses a ')'");
  CHECK(syntaxError("[ab") == "misses the ']' of a [...] class");
  CHECK(syntaxError("a{3") == "misses the '}' of a repeat");
  CHECK(syntaxError("a{5,2}") == "has a repeat {n,m} with m smaller than n");
  CHECK(syntaxError("a{1000}") == "repeats more than 100 times");
  CHECK(syntaxError("a{,3}") == "needs a number in {n,m}");
  CHECK(syntaxError("*a") == "has '*' with nothing to repeat");
  CHECK(syntaxError("a**") == "has two quantifiers in a row");
  CHECK(syntaxError(R"(\q)") == "has an unknown escape \\q");
  CHECK(syntaxError("(?=a)") == "supports only (...) and (?:...) groups");
  CHECK(syntaxError("[z-a]") == "has a range [b-a] written backwards");
  CHECK(syntaxError("a)") == "unexpected ')' at byte 1");
  CHECK(syntaxError("a^b") == "has an unescaped '^' (write \\^)");
  CHECK(syntaxError("\\") == "ends with a lone backslash");
  CHECK(syntaxError(std::string(600, 'a').c_str()) == "is longer than 500 bytes");
  CHECK(syntaxError("((((((((((((((((((a))))))))))))))))))") == "nests groups too deeply");
  CHECK(syntaxError("((a{100}){100}){100}") == "is too large once its repeats are expanded");
}

TEST_CASE("nested quantifiers do not backtrack exponentially", "[pattern]") {
  // (a+)+b against a long run of a's is the classic catastrophic case for
  // backtracking engines; this one answers in linear time.
  CHECK_FALSE(match("(a+)+b", std::string(5000, 'a')));
  CHECK_FALSE(match("(a|a)*c", std::string(5000, 'a')));
  CHECK(match("(a*)*", std::string(5000, 'a')));
}
