// Checks of the schema itself when it is loaded.
#include "schema/schema_fixture.h"

using namespace hw::test;

TEST_CASE("annotations and unknown words are ignored", "[schema][load]") {
  CHECK(valid(R"({"title":"T","description":"D","$comment":"c","examples":[1],"default":2,"x-editor":true,
                 "$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://x.example/s.json"})",
              "1"));
  CHECK(compileSchema(R"({"$id":"https://x.example/s.json"})")->id() == "https://x.example/s.json");
}

TEST_CASE("a validation keyword this validator lacks is a load error", "[schema][load]") {
  CHECK(loadError(R"({"properties":{"a":{"dependentRequired":{"b":["c"]}}}})") ==
        R"(#/properties/a/dependentRequired: the keyword "dependentRequired" is not supported by this validator)");
  CHECK(loadError(R"({"unevaluatedItems":false})").find("unevaluatedItems") != std::string::npos);
  CHECK(loadError(R"({"$defs":{"a":{"$dynamicRef":"#x"}}})").find("$dynamicRef") != std::string::npos);
}

TEST_CASE("keyword values of the wrong shape are load errors", "[schema][load]") {
  CHECK(loadError(R"({"type":"text"})") == "#/type: must be a type name or an array of type names");
  CHECK(loadError(R"({"minLength":-1})") == "#/minLength: must be a non-negative integer");
  CHECK(loadError(R"({"required":"id"})") == "#/required: must be an array of property names");
  CHECK(loadError(R"({"items":[{}]})") == "#/items: must be one schema (use prefixItems for tuples)");
  CHECK(loadError(R"({"anyOf":[]})") == "#/anyOf: must be a non-empty array of schemas");
  CHECK(loadError(R"({"properties":{"a":3}})") == "#/properties/a: a schema must be an object or a boolean");
  CHECK(loadError(R"({"multipleOf":0})") == "#/multipleOf: must be a number above 0");
}

TEST_CASE("$ref must point inside the same schema", "[schema][load][ref]") {
  CHECK(loadError(R"({"$ref":"#/$defs/missing"})") == R"(#/$ref: "#/$defs/missing" names nothing in this schema)");
  CHECK(loadError(R"({"$ref":"other.json#/a"})").find("only references inside this schema") != std::string::npos);
  CHECK(loadError(R"({"$defs":{"a":{"$id":"x"}}})") == R"(#/$defs/a/$id: "$id" is only supported at the top level)");
}

TEST_CASE("bad regular expressions are load errors, without exceptions", "[schema][load][pattern]") {
  CHECK(loadError(R"x({"pattern":"^[a-z"})x") == R"x(#/pattern: the pattern "^[a-z" has a '[' without its closing ']')x");
  CHECK(loadError(R"x({"pattern":"(ab"})x").find("without its closing ')'") != std::string::npos);
  CHECK(loadError(R"x({"pattern":"ab)"})x").find("without its '('") != std::string::npos);
  CHECK(loadError(R"x({"pattern":"*a"})x").find("nothing to repeat") != std::string::npos);
  CHECK(loadError(R"x({"pattern":"a{2,1}"})x").find("quantifier") != std::string::npos);
  CHECK(loadError(R"x({"pattern":"a\\"})x").find("lone backslash") != std::string::npos);
  CHECK(loadError(R"x({"patternProperties":{"(?<=x)":{}}})x").find("not supported") != std::string::npos);
  CHECK(valid(R"x({"pattern":"^(?:a|b)+?c{1,3}[\\]x]\\d*$"})x", R"x("abcc]1")x"));
}
