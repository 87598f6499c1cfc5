// minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf.
#include "schema/schema_fixture.h"

using namespace hw::test;
using Lines = std::vector<std::string>;

TEST_CASE("minimum and maximum are inclusive bounds", "[schema][minimum]") {
  const char* schema = R"({"minimum":0,"maximum":10})";
  CHECK(valid(schema, "0"));
  CHECK(valid(schema, "10"));
  CHECK(lines(findings(schema, "-1")) == Lines{": must be at least 0, got -1"});
  CHECK(lines(findings(schema, "10.5")) == Lines{": must be at most 10, got 10.5"});
}

TEST_CASE("exclusive bounds exclude the bound itself", "[schema][exclusiveMinimum]") {
  const char* schema = R"({"exclusiveMinimum":0,"exclusiveMaximum":1})";
  CHECK(valid(schema, "0.5"));
  CHECK(lines(findings(schema, "0")) == Lines{": must be greater than 0, got 0"});
  CHECK(lines(findings(schema, "1")) == Lines{": must be less than 1, got 1"});
}

TEST_CASE("multipleOf works for integers and decimals", "[schema][multipleOf]") {
  CHECK(valid(R"({"multipleOf":5})", "15"));
  CHECK(valid(R"({"multipleOf":0.01})", "19.99"));
  CHECK(lines(findings(R"({"multipleOf":5})", "7")) == Lines{": must be a multiple of 5, got 7"});
}

TEST_CASE("number keywords ignore other types", "[schema][minimum]") {
  CHECK(valid(R"({"minimum":5})", R"("3")"));
}
