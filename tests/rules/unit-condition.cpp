// Conditions from content JSON: parsing errors with pointers, and every
// operator evaluated against facts, including missing ones.
#include <catch_amalgamated.hpp>

#include <map>

#include "core/rules/condition.h"

using hw::Condition;
using hw::ConditionIssue;
using hw::ConditionSyntax;
using hw::FactValue;
using nlohmann::json;

namespace {

const ConditionSyntax kSyntax{"fact", {"status", "days", "tags", "paid", "total", "name"}};

struct Parsed {
  bool ok = false;
  Condition condition;
  std::vector<ConditionIssue> issues;
};

Parsed parse(const char* text) {
  Parsed parsed;
  parsed.ok = hw::parseCondition(json::parse(text), "/when", kSyntax, parsed.condition,
                                 parsed.issues);
  return parsed;
}

bool holds(const char* text, const std::map<std::string, FactValue>& facts) {
  Parsed parsed = parse(text);
  REQUIRE(parsed.ok);
  return hw::evaluateCondition(parsed.condition, [&](std::string_view name) {
    auto found = facts.find(std::string(name));
    return found == facts.end() ? FactValue::missing() : found->second;
  });
}

const std::map<std::string, FactValue> kShipped = {
    {"status", FactValue::of("shipped")},
    {"days", FactValue::of(6)},
    {"tags", FactValue::of(std::vector<std::string>{"shoes", "sale"})},
    {"paid", FactValue::of(true)},
};

}  // namespace

TEST_CASE("Leaf operators compare facts with literals", "[condition]") {
  CHECK(holds(R"({"fact":"status","equals":"shipped"})", kShipped));
  CHECK_FALSE(holds(R"({"fact":"status","equals":"delivered"})", kShipped));
  CHECK(holds(R"({"fact":"status","in":["processing","shipped"]})", kShipped));
  CHECK_FALSE(holds(R"({"fact":"status","in":["delivered"]})", kShipped));
  CHECK(holds(R"({"fact":"days","gt":5})", kShipped));
  CHECK_FALSE(holds(R"({"fact":"days","gt":6})", kShipped));
  CHECK(holds(R"({"fact":"days","gte":6})", kShipped));
  CHECK(holds(R"({"fact":"days","lt":7})", kShipped));
  CHECK_FALSE(holds(R"({"fact":"days","lt":6})", kShipped));
  CHECK(holds(R"({"fact":"days","lte":6})", kShipped));
  CHECK(holds(R"({"fact":"tags","contains":"shoes"})", kShipped));
  CHECK_FALSE(holds(R"({"fact":"tags","contains":"books"})", kShipped));
  CHECK(holds(R"({"fact":"tags","in":["books","sale"]})", kShipped));
  CHECK(holds(R"({"fact":"paid","equals":true})", kShipped));
  CHECK(holds(R"({"fact":"paid","exists":true})", kShipped));
  CHECK(holds(R"({"fact":"total","exists":false})", kShipped));
  CHECK(holds(R"({"fact":"days","equals":6})", kShipped));
}

TEST_CASE("Missing facts never compare true", "[condition]") {
  const std::map<std::string, FactValue> none;
  CHECK_FALSE(holds(R"({"fact":"total","gt":0})", none));
  CHECK_FALSE(holds(R"({"fact":"total","lt":1000})", none));
  CHECK_FALSE(holds(R"({"fact":"status","equals":"shipped"})", none));
  CHECK_FALSE(holds(R"({"fact":"status","in":["shipped"]})", none));
  CHECK_FALSE(holds(R"({"fact":"tags","contains":"x"})", none));
  CHECK(holds(R"({"not":{"fact":"status","equals":"shipped"}})", none));
}

TEST_CASE("Numbers never equal text and kinds do not mix", "[condition]") {
  CHECK_FALSE(holds(R"({"fact":"status","gt":1})", kShipped));
  CHECK_FALSE(holds(R"({"fact":"days","equals":"6"})", kShipped));
  CHECK_FALSE(holds(R"({"fact":"paid","equals":1})", kShipped));
}

TEST_CASE("all, any and not combine conditions", "[condition]") {
  CHECK(holds(R"({"all":[{"fact":"status","equals":"shipped"},{"fact":"days","gt":5}]})", kShipped));
  CHECK_FALSE(holds(R"({"all":[{"fact":"status","equals":"shipped"},{"fact":"days","gt":9}]})", kShipped));
  CHECK(holds(R"({"any":[{"fact":"days","gt":9},{"fact":"paid","equals":true}]})", kShipped));
  CHECK_FALSE(holds(R"({"any":[{"fact":"days","gt":9},{"fact":"paid","equals":false}]})", kShipped));
  CHECK(holds(R"({"all":[]})", kShipped));
  CHECK_FALSE(holds(R"({"any":[]})", kShipped));
  CHECK(holds(R"({"not":{"any":[{"fact":"status","equals":"delivered"}]}})", kShipped));
}

TEST_CASE("Invalid conditions are reported with their pointer", "[condition]") {
  struct Case { const char* text; const char* pointer; const char* message; };
  const Case cases[] = {
      {R"("shipped")", "/when", "must be an object"},
      {R"({})", "/when", "needs \"all\", \"any\", \"not\" or \"fact\""},
      {R"({"fact":"stauts","equals":"x"})", "/when/fact", "unknown fact \"stauts\" (did you mean \"status\"?)"},
      {R"({"fact":"status"})", "/when", "needs one operator"},
      {R"({"fact":"status","equals":"x","in":["y"]})", "/when", "has more than one operator"},
      {R"({"fact":"days","gt":"5"})", "/when/gt", "must be a number"},
      {R"({"fact":"status","in":"shipped"})", "/when/in", "must be an array"},
      {R"({"fact":"status","in":[{}]})", "/when/in/0", "must be a string, number or boolean"},
      {R"({"fact":"status","exists":"yes"})", "/when/exists", "must be true or false"},
      {R"({"fact":"status","equal":"x"})", "/when/equal", "unknown operator \"equal\""},
      {R"({"all":{"fact":"status","equals":"x"}})", "/when/all", "must be an array"},
      {R"({"all":[{"fact":"status","equals":"x"},{"fact":"days","gt":null}]})", "/when/all/1/gt", "must be a number"},
      {R"({"not":{"fact":"x","exists":true}})", "/when/not/fact", "unknown fact \"x\""},
      {R"({"all":[],"fact":"status","equals":"x"})", "/when", "mixes"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Parsed parsed = parse(c.text);
    CHECK_FALSE(parsed.ok);
    REQUIRE_FALSE(parsed.issues.empty());
    CHECK(parsed.issues.front().pointer == c.pointer);
    CHECK_THAT(parsed.issues.front().message, Catch::Matchers::ContainsSubstring(c.message));
  }
}

TEST_CASE("Deeply nested conditions are refused, not recursed without bound", "[condition]") {
  std::string text;
  for (int i = 0; i < 40; ++i) text += R"({"not":)";
  text += R"({"fact":"paid","equals":true})";
  for (int i = 0; i < 40; ++i) text += "}";
  Parsed parsed = parse(text.c_str());
  CHECK_FALSE(parsed.ok);
  CHECK_THAT(parsed.issues.front().message, Catch::Matchers::ContainsSubstring("nested"));
}

TEST_CASE("Any subject is accepted when the syntax lists none", "[condition]") {
  Condition condition;
  std::vector<ConditionIssue> issues;
  const ConditionSyntax forms{"field", {}};
  REQUIRE(hw::parseCondition(json::parse(R"({"field":"reason","equals":"damaged"})"), "",
                             forms, condition, issues));
  CHECK(hw::conditionSubjects(condition) == std::vector<std::string>{"reason"});
}

TEST_CASE("Subjects are listed once in order", "[condition]") {
  Parsed parsed = parse(
      R"({"all":[{"fact":"status","equals":"x"},{"any":[{"fact":"days","gt":1},{"fact":"status","in":["y"]}]}]})");
  REQUIRE(parsed.ok);
  CHECK(hw::conditionSubjects(parsed.condition) == std::vector<std::string>{"status", "days"});
}
