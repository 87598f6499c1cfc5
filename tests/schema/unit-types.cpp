// type, const and enum.
#include "schema/schema_fixture.h"

using namespace hw::test;
using Lines = std::vector<std::string>;

TEST_CASE("type names a single JSON type", "[schema][type]") {
  CHECK(valid(R"({"type":"string"})", R"("x")"));
  CHECK(valid(R"({"type":"object"})", R"({})"));
  CHECK(valid(R"({"type":"array"})", R"([])"));
  CHECK(valid(R"({"type":"boolean"})", R"(false)"));
  CHECK(valid(R"({"type":"null"})", R"(null)"));
  CHECK(valid(R"({"type":"number"})", R"(1.5)"));
  CHECK(valid(R"({"type":"number"})", R"(3)"));
  const auto found = findings(R"({"type":"string"})", "42");
  REQUIRE(found.size() == 1);
  CHECK(found[0].pointer == "");
  CHECK(found[0].message == "expected a string, got number");
  CHECK(found[0].keyword == "type");
  CHECK(found[0].schemaPath == "#/type");
}

TEST_CASE("integer accepts whole numbers, also written with a fraction of zero", "[schema][type]") {
  CHECK(valid(R"({"type":"integer"})", "7"));
  CHECK(valid(R"({"type":"integer"})", "-7"));
  CHECK(valid(R"({"type":"integer"})", "2.0"));
  CHECK(lines(findings(R"({"type":"integer"})", "2.5")) == Lines{": expected an integer, got number 2.5"});
  CHECK(lines(findings(R"({"type":"integer"})", R"("2")")) == Lines{": expected an integer, got string"});
}

TEST_CASE("an array of types accepts any of them", "[schema][type]") {
  CHECK(valid(R"({"type":["string","null"]})", "null"));
  CHECK(valid(R"({"type":["string","null"]})", R"("a")"));
  CHECK(lines(findings(R"({"type":["string","null","array"]})", "{}")) ==
        Lines{": expected a string, null or an array, got object"});
}

TEST_CASE("const asks for one exact value", "[schema][const]") {
  CHECK(valid(R"({"const":1})", "1"));
  CHECK(valid(R"({"const":1})", "1.0"));
  CHECK(valid(R"({"const":{"a":[1,2]}})", R"({"a":[1,2]})"));
  const auto found = findings(R"({"const":1})", "2");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "must be 1, got 2");
  CHECK(found[0].keyword == "const");
}

TEST_CASE("enum lists the allowed values", "[schema][enum]") {
  CHECK(valid(R"({"enum":["a","b",null]})", "null"));
  CHECK(lines(findings(R"({"enum":["open","closed"]})", R"("shut")")) ==
        Lines{R"(: must be one of "open", "closed"; got "shut")"});
}

TEST_CASE("a wrong type is reported once, not again by const or enum", "[schema][type]") {
  CHECK(findings(R"({"type":"string","enum":["a"]})", "1").size() == 1);
}

TEST_CASE("boolean schemas accept everything or nothing", "[schema][type]") {
  CHECK(valid("true", R"({"x":1})"));
  const auto found = findings("false", "1");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "no value is allowed here");
  CHECK(found[0].keyword == "false");
}
