// Bounded work on hostile schemas and instances.
#include "schema/schema_fixture.h"

using namespace hw::test;

TEST_CASE("a $ref cycle that never descends stops instead of recursing forever", "[schema][limits]") {
  const auto schema = compileSchema(R"({"$defs":{"a":{"$ref":"#/$defs/b"},"b":{"$ref":"#/$defs/a"}},"$ref":"#/$defs/a"})");
  const auto result = schema->validate(nlohmann::json(1));
  CHECK_FALSE(result.complete);
}

TEST_CASE("nested combinators stop at the step budget", "[schema][limits]") {
  // Each level refers twice to the one below: 2^40 evaluations without a budget.
  std::string defs = R"("d0":{"type":"integer"})";
  for (int i = 1; i <= 40; ++i) {
    const std::string below = R"({"$ref":"#/$defs/d)" + std::to_string(i - 1) + "\"}";
    defs += ",\"d" + std::to_string(i) + R"(":{"anyOf":[{"not":{}},)" + below + "," + below + "]}";
  }
  const auto schema = compileSchema(R"({"$ref":"#/$defs/d40","$defs":{)" + defs + "}}");
  hw::schema::ValidationLimits limits;
  limits.maxSteps = 100000;
  const auto result = schema->validate(nlohmann::json("x"), limits);
  CHECK_FALSE(result.complete);
}

TEST_CASE("findings stop at the limit on a huge array", "[schema][limits]") {
  nlohmann::json big = nlohmann::json::array();
  for (int i = 0; i < 100000; ++i) big.push_back(i);
  hw::schema::ValidationLimits limits;
  limits.maxFindings = 10;
  const auto result = compileSchema(R"({"items":{"type":"string"}})")->validate(big, limits);
  CHECK(result.findings.size() == 10);
  CHECK(result.findings.front().pointer == "/0");
  CHECK_FALSE(result.complete);
}

TEST_CASE("deeply nested instances are bounded by the depth limit", "[schema][limits]") {
  nlohmann::json deep = 1;
  for (int i = 0; i < 1000; ++i) deep = nlohmann::json::array({deep});
  const auto result = compileSchema(R"({"$defs":{"n":{"items":{"$ref":"#/$defs/n"}}},"$ref":"#/$defs/n"})")->validate(deep);
  CHECK_FALSE(result.complete);
}
