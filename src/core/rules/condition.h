// Conditions written in content JSON ("status is shipped and more than 5
// days have passed"), combinable with all/any/not. One language for
// suggestion rules (facts about an order) and form branching (earlier
// answers): the caller names the subject key and the facts it knows.
// Pure C++: no ImGui, no Emscripten.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace hw {

// A fact's value as a condition sees it. Missing facts never compare true,
// so a rule cannot fire on data the shop did not send.
struct FactValue {
  enum class Kind { Missing, Boolean, Number, Text, List };
  Kind kind = Kind::Missing;
  bool boolean = false;
  double number = 0;
  std::string text;
  std::vector<std::string> list;

  static FactValue missing() { return {}; }
  static FactValue of(bool value);
  static FactValue of(double value);
  static FactValue of(int value) { return of(static_cast<double>(value)); }
  static FactValue of(std::string value);
  static FactValue of(const char* value) { return of(std::string(value)); }
  static FactValue of(std::vector<std::string> value);
};

using FactLookup = std::function<FactValue(std::string_view name)>;

enum class ConditionOp {
  All, Any, Not,                                   // combinators
  Equals, In, Contains, Exists,                    // any kind of value
  Greater, GreaterOrEqual, Less, LessOrEqual,      // numbers
};

struct Condition {
  ConditionOp op = ConditionOp::All;  // an empty "all" is always true
  std::string subject;                // the fact or field a leaf tests
  std::vector<FactValue> operands;    // literals to compare with
  std::vector<Condition> children;    // for all/any/not
};

// How a kind of content spells its conditions: the key that names the
// subject ("fact" in rules, "field" in forms) and the subjects it may use
// (empty = any subject, e.g. form field ids checked later).
struct ConditionSyntax {
  std::string subjectKey = "fact";
  std::vector<std::string> knownSubjects;
};

struct ConditionIssue {
  std::string pointer;  // JSON pointer of the offending value
  std::string message;
};

// Reads a condition at `pointer`. Returns false (and adds issues) when any
// part is invalid; the condition is then not to be used.
bool parseCondition(const nlohmann::json& value, const std::string& pointer,
                    const ConditionSyntax& syntax, Condition& out,
                    std::vector<ConditionIssue>& issues);

bool evaluateCondition(const Condition& condition, const FactLookup& lookup);

// Every subject a condition tests, once each, in the order they appear.
std::vector<std::string> conditionSubjects(const Condition& condition);

}  // namespace hw
