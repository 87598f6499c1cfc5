// $ref and $defs.
#include "schema/schema_fixture.h"

using namespace hw::test;
using Lines = std::vector<std::string>;

TEST_CASE("$ref uses a definition and reports where the rule lives", "[schema][ref]") {
  const char* schema = R"({
    "type": "array",
    "items": {"$ref": "#/$defs/id"},
    "$defs": {"id": {"type": "string", "pattern": "^[a-z]+$", "description": "An id. Lowercase."}}
  })";
  CHECK(valid(schema, R"(["abc"])"));
  const auto found = findings(schema, R"(["abc","A"])");
  REQUIRE(found.size() == 1);
  CHECK(found[0].pointer == "/1");
  CHECK(found[0].schemaPath == "#/$defs/id/pattern");
  CHECK(found[0].hint == "An id.");
}

TEST_CASE("$ref applies together with sibling keywords", "[schema][ref]") {
  const char* schema = R"({"$defs":{"s":{"type":"string"}},"$ref":"#/$defs/s","maxLength":2})";
  CHECK(lines(findings(schema, R"("abc")")) == Lines{": must be at most 2 characters long, is 3"});
  CHECK(lines(findings(schema, "1")) == Lines{": expected a string, got number"});
}

TEST_CASE("recursive $ref follows nested values", "[schema][ref]") {
  const char* schema = R"({"$defs":{"node":{"type":"object","properties":{"children":{"type":"array","items":{"$ref":"#/$defs/node"}}},"additionalProperties":false}},"$ref":"#/$defs/node"})";
  CHECK(valid(schema, R"({"children":[{"children":[]}]})"));
  CHECK(lines(findings(schema, R"({"children":[{"children":[{"x":1}]}]})")) ==
        Lines{R"(/children/0/children/0/x: unexpected property "x")"});
}

TEST_CASE("$ref to the root and escaped definition names resolve", "[schema][ref]") {
  CHECK(valid(R"({"anyOf":[{"type":"integer"},{"type":"array","items":{"$ref":"#"}}]})", "[1,[2,[3]]]"));
  CHECK(valid(R"({"$defs":{"a/b":{"type":"null"}},"$ref":"#/$defs/a~1b"})", "null"));
}
