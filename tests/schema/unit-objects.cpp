// required, properties, additionalProperties, patternProperties,
// minProperties, maxProperties, and pointer escaping.
#include "schema/schema_fixture.h"

using namespace hw::test;
using Lines = std::vector<std::string>;

namespace {
const char* kArticle = R"({
  "type": "object",
  "additionalProperties": false,
  "required": ["id", "title"],
  "properties": {
    "id": {"type": "string"},
    "title": {"type": "string", "description": "Shown in lists. Keep it short."},
    "body": {"type": "string"}
  }
})";
}

TEST_CASE("required names each missing property at the object", "[schema][required]") {
  const auto found = findings(kArticle, "{}");
  CHECK(lines(found) == Lines{R"(: missing required property "id")", R"(: missing required property "title")"});
  CHECK(found[1].keyword == "required");
  CHECK(found[1].schemaPath == "#/required");
  CHECK(found[1].hint == "Shown in lists.");
}

TEST_CASE("properties check each named member", "[schema][properties]") {
  const auto found = findings(kArticle, R"({"id":"a","title":7})");
  REQUIRE(found.size() == 1);
  CHECK(found[0].pointer == "/title");
  CHECK(found[0].schemaPath == "#/properties/title/type");
  CHECK(found[0].hint == "Shown in lists.");
}

TEST_CASE("additionalProperties false names the unexpected property and a likely typo", "[schema][additionalProperties]") {
  // The typo explains the missing "title": one finding, not two.
  const auto found = findings(kArticle, R"({"id":"a","titel":"x"})");
  CHECK(lines(found) == Lines{R"(/titel: unexpected property "titel" (did you mean "title"?))"});
  CHECK(found[0].keyword == "additionalProperties");
  CHECK(found[0].hint == "allowed here: body, id, title");
  CHECK_FALSE(compileSchema(kArticle)->validate(nlohmann::json::parse(R"({"id":"a","titel":"x"})")).valid());
  // No suggestion when nothing is close, or the close name is already there.
  CHECK(lines(findings(kArticle, R"({"id":"a","title":"x","colour":1})")) ==
        Lines{R"(/colour: unexpected property "colour")"});
  CHECK(lines(findings(kArticle, R"({"id":"a","title":"x","titel":1})")) ==
        Lines{R"(/titel: unexpected property "titel")"});
}

TEST_CASE("additionalProperties as a schema checks the other members", "[schema][additionalProperties]") {
  const char* schema = R"({"properties":{"a":{}},"additionalProperties":{"type":"integer"}})";
  CHECK(valid(schema, R"({"a":"x","b":1})"));
  CHECK(lines(findings(schema, R"({"a":"x","b":"y"})")) == Lines{"/b: expected an integer, got string"});
}

TEST_CASE("patternProperties match member names by regular expression", "[schema][patternProperties]") {
  const char* schema = R"({"patternProperties":{"^x-":{"type":"string"}},"additionalProperties":false})";
  CHECK(valid(schema, R"({"x-a":"1"})"));
  CHECK(lines(findings(schema, R"({"x-a":1,"y":2})")) ==
        Lines{"/x-a: expected a string, got number", R"(/y: unexpected property "y")"});
}

TEST_CASE("minProperties and maxProperties count members", "[schema][minProperties]") {
  CHECK(lines(findings(R"({"minProperties":1})", "{}")) == Lines{": must have at least 1 properties, has 0"});
  CHECK(lines(findings(R"({"maxProperties":1})", R"({"a":1,"b":2})")) == Lines{": must have at most 1 properties, has 2"});
}

TEST_CASE("pointers escape ~ and / in member names (RFC 6901)", "[schema][pointer]") {
  const char* schema = R"({"additionalProperties":{"type":"string"}})";
  CHECK(lines(findings(schema, R"({"a/b":1,"m~n":2,"":3})")) ==
        Lines{"/: expected a string, got number", "/a~1b: expected a string, got number",
              "/m~0n: expected a string, got number"});
  const char* nested = R"({"properties":{"a/b":{"properties":{"~":{"type":"null"}}}}})";
  const auto found = findings(nested, R"({"a/b":{"~":1}})");
  REQUIRE(found.size() == 1);
  CHECK(found[0].pointer == "/a~1b/~0");
  CHECK(found[0].schemaPath == "#/properties/a~1b/properties/~0/type");
}

TEST_CASE("object keywords ignore values that are not objects", "[schema][properties]") {
  CHECK(valid(kArticle + std::string(), "{\"id\":\"a\",\"title\":\"b\"}"));
  CHECK(valid(R"({"required":["a"]})", "[]"));
}
