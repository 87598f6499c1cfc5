// items, prefixItems, minItems, maxItems, uniqueItems.
#include "schema/schema_fixture.h"

using namespace hw::test;
using Lines = std::vector<std::string>;

TEST_CASE("items checks every element", "[schema][items]") {
  CHECK(valid(R"({"items":{"type":"string"}})", R"(["a","b"])"));
  CHECK(lines(findings(R"({"items":{"type":"string"}})", R"(["a",2,"c",null])")) ==
        Lines{"/1: expected a string, got number", "/3: expected a string, got null"});
}

TEST_CASE("prefixItems checks the first elements, items the rest", "[schema][prefixItems]") {
  const char* schema = R"({"prefixItems":[{"type":"string"},{"type":"integer"}],"items":{"type":"boolean"}})";
  CHECK(valid(schema, R"(["a",1,true,false])"));
  CHECK(valid(schema, R"(["a"])"));
  CHECK(lines(findings(schema, R"([1,1,"x"])")) ==
        Lines{"/0: expected a string, got number", "/2: expected a boolean, got string"});
}

TEST_CASE("minItems and maxItems bound the length", "[schema][minItems]") {
  CHECK(lines(findings(R"({"minItems":2})", "[1]")) == Lines{": must have at least 2 items, has 1"});
  CHECK(lines(findings(R"({"minItems":1})", "[]")) == Lines{": must not be empty"});
  CHECK(lines(findings(R"({"maxItems":1})", "[1,2]")) == Lines{": must have at most 1 items, has 2"});
}

TEST_CASE("uniqueItems points at each repeated element", "[schema][uniqueItems]") {
  CHECK(valid(R"({"uniqueItems":true})", R"([1,"1",[1],{"a":1}])"));
  CHECK(valid(R"({"uniqueItems":false})", "[1,1]"));
  CHECK(lines(findings(R"({"uniqueItems":true})", R"(["a","b","a",1,1.0,"a"])")) ==
        Lines{R"(/2: "a" is a duplicate of item 0; items must be unique)",
              "/4: 1.0 is a duplicate of item 3; items must be unique",
              R"(/5: "a" is a duplicate of item 0; items must be unique)"});
  CHECK(findings(R"({"uniqueItems":true})", R"([{"a":[1,2]},{"a":[1,2]}])").size() == 1);
}

TEST_CASE("uniqueItems stays fast on a huge array", "[schema][uniqueItems][limits]") {
  nlohmann::json big = nlohmann::json::array();
  for (int i = 0; i < 200000; ++i) big.push_back(i);
  big.push_back(5);
  const auto found = compileSchema(R"({"uniqueItems":true})")->validate(big).findings;
  REQUIRE(found.size() == 1);
  CHECK(found[0].pointer == "/200000");
}
