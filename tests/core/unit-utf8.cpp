// Tests for UTF-8 helpers.
#include <catch_amalgamated.hpp>

#include "core/utf8.h"

using namespace hw;

TEST_CASE("valid UTF-8 has no invalid offset", "[utf8]") {
  CHECK(findInvalidUtf8("plain ascii") == std::string_view::npos);
  CHECK(findInvalidUtf8("退货 and 🚚") == std::string_view::npos);
}

TEST_CASE("invalid sequences are found at their first byte", "[utf8]") {
  CHECK(findInvalidUtf8("ab\xFF" "cd") == 2);
  CHECK(findInvalidUtf8("ab\xC0\xAF") == 2);          // overlong '/'
  CHECK(findInvalidUtf8("x\xED\xA0\x80") == 1);       // surrogate
  CHECK(findInvalidUtf8("\xE9\x80") == 0);            // truncated
}

TEST_CASE("decoding invalid bytes yields U+FFFD and always advances", "[utf8]") {
  const std::string_view text = "\xFFz";
  std::size_t pos = 0;
  CHECK(decodeUtf8(text, pos) == 0xFFFD);
  CHECK(pos == 1);
  CHECK(decodeUtf8(text, pos) == U'z');
}

TEST_CASE("encoding round-trips through decoding", "[utf8]") {
  std::string out;
  for (char32_t cp : {U'a', U'é', U'退', U'🚚'}) appendUtf8(out, cp);
  std::size_t pos = 0;
  CHECK(decodeUtf8(out, pos) == U'a');
  CHECK(decodeUtf8(out, pos) == U'é');
  CHECK(decodeUtf8(out, pos) == U'退');
  CHECK(decodeUtf8(out, pos) == U'🚚');
  CHECK(pos == out.size());
}

TEST_CASE("cuts land on character boundaries", "[utf8]") {
  const std::string text = "a退b";  // 'a' + 3 bytes + 'b'
  CHECK(floorToCharBoundary(text, 2) == 1);
  CHECK(floorToCharBoundary(text, 4) == 4);
  CHECK(floorToCharBoundary(text, 99) == text.size());
}

TEST_CASE("sanitizing replaces invalid sequences and keeps valid text", "[utf8]") {
  CHECK(sanitizeUtf8("ok 退货") == "ok 退货");
  CHECK(sanitizeUtf8("a\x8D\x95z") == "a\xEF\xBF\xBD\xEF\xBF\xBDz");
  CHECK(findInvalidUtf8(sanitizeUtf8("\xF0\x9F")) == std::string_view::npos);
}
