// propertyNames, contains/minContains/maxContains and unevaluatedProperties:
// the keywords the forms and ticket schemas lean on.
#include "schema/schema_fixture.h"

#include "core/schema/schema_catalog.h"

using namespace hw::test;
using Lines = std::vector<std::string>;

TEST_CASE("propertyNames checks every key as a string", "[schema][applicators]") {
  const char* schema = R"({"type":"object","propertyNames":{"pattern":"^[a-z]+$","maxLength":5}})";
  CHECK(valid(schema, R"({"abc":1,"de":2})"));
  CHECK(lines(findings(schema, R"({"abc":1,"Bad":2,"toolong":3})")) ==
        Lines{"/Bad: the name \"Bad\" is not allowed: \"Bad\" does not match the pattern ^[a-z]+$",
              "/toolong: the name \"toolong\" is not allowed: must be at most 5 characters long, is 7"});
}

TEST_CASE("contains needs enough matching items, and no more than maxContains", "[schema][applicators]") {
  const char* schema = R"({"type":"array","contains":{"type":"string"},"maxContains":2})";
  CHECK(valid(schema, R"([1,"a",2])"));
  CHECK(findings(schema, "[1,2]").front().keyword == "contains");
  CHECK(findings(schema, R"(["a","b","c"])").front().keyword == "maxContains");
  CHECK(valid(R"({"contains":{"const":1},"minContains":0})", "[2]"));
  CHECK(findings(R"({"contains":{"const":1},"minContains":2})", "[1,3]").size() == 1);
}

TEST_CASE("unevaluatedProperties sees what allOf, if/then and $ref evaluated", "[schema][applicators]") {
  const char* schema = R"({
    "$defs": {"named": {"properties": {"name": {"type": "string"}}}},
    "type": "object",
    "properties": {"kind": {"enum": ["text", "choice"]}},
    "allOf": [{"$ref": "#/$defs/named"}],
    "if": {"properties": {"kind": {"const": "choice"}}},
    "then": {"properties": {"options": {"type": "array"}}},
    "unevaluatedProperties": false})";
  CHECK(valid(schema, R"({"kind":"choice","name":"n","options":[]})"));
  CHECK(valid(schema, R"({"kind":"text","name":"n"})"));
  // "options" belongs to choice fields only.
  CHECK(lines(findings(schema, R"({"kind":"text","name":"n","options":[]})")) ==
        Lines{"/options: unexpected property \"options\""});
  CHECK(lines(findings(schema, R"({"kind":"choice","nmae":"n"})")) ==
        Lines{"/nmae: unexpected property \"nmae\" (did you mean \"name\"?)"});
}

TEST_CASE("unevaluatedProperties with a schema checks the leftovers", "[schema][applicators]") {
  const char* schema = R"({"properties":{"a":{}},"anyOf":[{"properties":{"b":{"type":"number"}}}],
                           "unevaluatedProperties":{"type":"boolean"}})";
  CHECK(valid(schema, R"({"a":"x","b":1,"c":true})"));
  CHECK(lines(findings(schema, R"({"a":"x","c":"no"})")) == Lines{"/c: expected a boolean, got string"});
}

TEST_CASE("the forms and ticket schemas load and the samples validate", "[schema][applicators]") {
  std::string error;
  for (const char* file : {"forms.schema.json", "ticket.schema.json", "kb.schema.json"}) {
    CAPTURE(file);
    CHECK(hw::schema::SchemaCatalog::builtin().compiled(file, error));
    CHECK(error.empty());
  }
}
