// minLength, maxLength, pattern, format.
#include "schema/schema_fixture.h"

using namespace hw::test;
using Lines = std::vector<std::string>;

TEST_CASE("string lengths count Unicode characters, not bytes", "[schema][minLength]") {
  CHECK(valid(R"({"maxLength":2})", R"("快递")"));
  CHECK(valid(R"({"maxLength":1})", R"("😀")"));
  CHECK(lines(findings(R"({"maxLength":2})", R"("快递员")")) == Lines{": must be at most 2 characters long, is 3"});
  CHECK(lines(findings(R"({"minLength":3})", R"("ab")")) == Lines{": must be at least 3 characters long, is 2"});
  CHECK(lines(findings(R"({"minLength":1})", R"("")")) == Lines{": must not be empty"});
}

TEST_CASE("pattern is an unanchored ECMAScript regular expression", "[schema][pattern]") {
  const char* id = R"({"pattern":"^[a-z0-9][a-z0-9-]{0,63}$"})";
  CHECK(valid(id, R"("track-order")"));
  const auto found = findings(id, R"("Track_Order")");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == R"("Track_Order" does not match the pattern ^[a-z0-9][a-z0-9-]{0,63}$)");
  CHECK(found[0].keyword == "pattern");
  CHECK(valid(R"({"pattern":"b"})", R"("abc")"));
  CHECK(valid(R"({"pattern":"^a"})", "12"));  // not a string: not checked
}

TEST_CASE("pattern refuses to run on very long strings", "[schema][pattern][limits]") {
  const std::string text = "\"" + std::string(5000, 'a') + "\"";
  const auto found = findings(R"({"pattern":"^(a|b)*$"})", text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("is too long to check against the pattern") == 0);
}

TEST_CASE("format date-time is ISO 8601 with an offset", "[schema][format]") {
  const char* schema = R"({"format":"date-time"})";
  CHECK(valid(schema, R"("2024-05-01T12:30:00Z")"));
  CHECK(valid(schema, R"("2024-02-29T23:59:60.123+08:00")"));
  CHECK(valid(schema, R"("2024-05-01t12:30:00z")"));
  for (const char* bad : {R"("2024-05-01")", R"("2024-05-01T12:30:00")", R"("2023-02-29T00:00:00Z")",
                          R"("2024-13-01T00:00:00Z")", R"("2024-05-01T24:00:00Z")", R"("yesterday")",
                          R"("2024-05-01T12:30:00+0800")", R"("2024-05-01T12:30:00.Z")"}) {
    INFO(bad);
    const auto found = findings(schema, bad);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("is not a date-time") != std::string::npos);
  }
}

TEST_CASE("format uri is an absolute http(s) URL", "[schema][format]") {
  const char* schema = R"({"format":"uri"})";
  CHECK(valid(schema, R"("https://shop.example/help?q=1#top")"));
  CHECK(valid(schema, R"("HTTP://shop.example:8080")"));
  for (const char* bad : {R"x("javascript:alert(1)")x", R"("data:text/html,x")", R"("/relative")",
                          R"("ftp://x.example")", R"("https://")", R"("https://a b.example")",
                          R"("https://x.example:80a")"}) {
    INFO(bad);
    CHECK(lines(findings(schema, bad)).size() == 1);
  }
  CHECK(valid(R"({"format":"email"})", R"("not checked")"));  // other formats are annotations
}
