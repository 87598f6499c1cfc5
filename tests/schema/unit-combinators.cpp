// allOf, anyOf, oneOf, not, if/then/else.
#include "schema/schema_fixture.h"

using namespace hw::test;
using Lines = std::vector<std::string>;

TEST_CASE("allOf reports the findings of every part", "[schema][allOf]") {
  const char* schema = R"({"allOf":[{"type":"string"},{"minLength":2}]})";
  CHECK(valid(schema, R"("ab")"));
  CHECK(lines(findings(schema, R"("a")")) == Lines{": must be at least 2 characters long, is 1"});
}

TEST_CASE("anyOf passes when one alternative matches", "[schema][anyOf]") {
  const char* schema = R"({"anyOf":[{"type":"string"},{"type":"integer","minimum":0}]})";
  CHECK(valid(schema, R"("x")"));
  CHECK(valid(schema, "3"));
  // Only the integer form fits a number: its own finding says what is wrong.
  CHECK(lines(findings(schema, "-3")) == Lines{": must be at least 0, got -3"});
  const auto found = findings(schema, "[]");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "does not match any of the 2 allowed forms");
  CHECK(found[0].keyword == "anyOf");
}

TEST_CASE("oneOf asks for exactly one matching alternative", "[schema][oneOf]") {
  const char* schema = R"({"oneOf":[{"type":"integer"},{"type":"number","maximum":10}]})";
  CHECK(valid(schema, "20"));
  CHECK(valid(schema, "2.5"));
  CHECK(lines(findings(schema, "5")) ==
        Lines{": matches more than one of the allowed forms (0 and 1); it must match exactly one"});
  CHECK(lines(findings(schema, "10.5")) == Lines{": must be at most 10, got 10.5"});
}

TEST_CASE("not rejects values matching its schema", "[schema][not]") {
  const char* schema = R"({"not":{"const":"admin"}})";
  CHECK(valid(schema, R"("guest")"));
  CHECK(lines(findings(schema, R"("admin")")) == Lines{": is not allowed here (it matches the schema at #/not)"});
}

TEST_CASE("if/then/else applies then or else by the condition", "[schema][if]") {
  const char* schema = R"({
    "if": {"properties": {"kind": {"const": "link"}}, "required": ["kind"]},
    "then": {"required": ["url"]},
    "else": {"required": ["text"]}
  })";
  CHECK(valid(schema, R"({"kind":"link","url":"https://x.example"})"));
  CHECK(valid(schema, R"({"kind":"note","text":"hi"})"));
  CHECK(lines(findings(schema, R"({"kind":"link"})")) == Lines{R"(: missing required property "url")"});
  CHECK(lines(findings(schema, R"({"kind":"note"})")) == Lines{R"(: missing required property "text")"});
  CHECK(valid(R"({"if":{"type":"string"},"then":{"minLength":1}})", "5"));
}
