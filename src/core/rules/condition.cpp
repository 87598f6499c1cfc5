#include "core/rules/condition.h"

#include <algorithm>
#include <cmath>

#include "core/closest_name.h"

namespace hw {

using nlohmann::json;

FactValue FactValue::of(bool value) {
  FactValue fact;
  fact.kind = Kind::Boolean;
  fact.boolean = value;
  return fact;
}

FactValue FactValue::of(double value) {
  FactValue fact;
  fact.kind = Kind::Number;
  fact.number = value;
  return fact;
}

FactValue FactValue::of(std::string value) {
  FactValue fact;
  fact.kind = Kind::Text;
  fact.text = std::move(value);
  return fact;
}

FactValue FactValue::of(std::vector<std::string> value) {
  FactValue fact;
  fact.kind = Kind::List;
  fact.list = std::move(value);
  return fact;
}

namespace {

// Deep enough for any rule a person writes; shallow enough that hostile
// content cannot exhaust the stack.
constexpr int kMaxDepth = 12;
constexpr std::size_t kMaxChildren = 64;

struct OperatorName {
  const char* name;
  ConditionOp op;
};

constexpr OperatorName kLeafOperators[] = {
    {"equals", ConditionOp::Equals}, {"in", ConditionOp::In},
    {"contains", ConditionOp::Contains}, {"exists", ConditionOp::Exists},
    {"gt", ConditionOp::Greater}, {"gte", ConditionOp::GreaterOrEqual},
    {"lt", ConditionOp::Less}, {"lte", ConditionOp::LessOrEqual},
};

const OperatorName* findLeafOperator(const std::string& key) {
  for (const OperatorName& entry : kLeafOperators)
    if (key == entry.name) return &entry;
  return nullptr;
}

std::vector<std::string> leafOperatorNames() {
  std::vector<std::string> names;
  for (const OperatorName& entry : kLeafOperators) names.emplace_back(entry.name);
  return names;
}

bool isNumericOp(ConditionOp op) {
  return op == ConditionOp::Greater || op == ConditionOp::GreaterOrEqual ||
         op == ConditionOp::Less || op == ConditionOp::LessOrEqual;
}

bool readLiteral(const json& value, FactValue& out) {
  if (value.is_boolean()) out = FactValue::of(value.get<bool>());
  else if (value.is_number()) out = FactValue::of(value.get<double>());
  else if (value.is_string()) out = FactValue::of(value.get<std::string>());
  else return false;
  return true;
}

std::string escapeToken(const std::string& token) {
  std::string escaped;
  for (char c : token) {
    if (c == '~') escaped += "~0";
    else if (c == '/') escaped += "~1";
    else escaped += c;
  }
  return escaped;
}

class Parser {
 public:
  Parser(const ConditionSyntax& syntax, std::vector<ConditionIssue>& issues)
      : m_syntax(syntax), m_issues(issues) {}

  bool parse(const json& value, const std::string& at, Condition& out, int depth) {
    if (depth > kMaxDepth) return fail(at, "is nested more than " + std::to_string(kMaxDepth) +
                                               " levels deep; split the rule");
    if (!value.is_object()) return fail(at, "must be an object");
    const bool combinator = value.contains("all") || value.contains("any") || value.contains("not");
    const bool leaf = value.contains(m_syntax.subjectKey);
    if (combinator && leaf)
      return fail(at, "mixes \"all\"/\"any\"/\"not\" with \"" + m_syntax.subjectKey +
                          "\"; wrap them in \"all\"");
    if (leaf) return parseLeaf(value, at, out);
    if (!combinator || value.size() != 1)
      return fail(at, "needs \"all\", \"any\", \"not\" or \"" + m_syntax.subjectKey +
                          "\" (exactly one of them)");
    const auto only = value.begin();
    const std::string& key = only.key();
    const json& inner = only.value();
    const std::string childAt = at + "/" + key;
    if (key == "not") {
      out.op = ConditionOp::Not;
      out.children.resize(1);
      return parse(inner, childAt, out.children[0], depth + 1);
    }
    out.op = key == "all" ? ConditionOp::All : ConditionOp::Any;
    if (!inner.is_array()) return fail(childAt, "must be an array of conditions");
    if (inner.size() > kMaxChildren)
      return fail(childAt, "has more than " + std::to_string(kMaxChildren) + " conditions");
    bool ok = true;
    out.children.resize(inner.size());
    for (std::size_t i = 0; i < inner.size(); ++i)
      ok = parse(inner[i], childAt + "/" + std::to_string(i), out.children[i], depth + 1) && ok;
    return ok;
  }

 private:
  bool parseLeaf(const json& value, const std::string& at, Condition& out) {
    const json& subject = value.at(m_syntax.subjectKey);
    const std::string subjectAt = at + "/" + m_syntax.subjectKey;
    if (!subject.is_string() || subject.get_ref<const std::string&>().empty())
      return fail(subjectAt, "must be a non-empty string");
    out.subject = subject.get<std::string>();
    bool ok = true;
    const auto& known = m_syntax.knownSubjects;
    if (!known.empty() && std::find(known.begin(), known.end(), out.subject) == known.end()) {
      std::string message = "unknown " + m_syntax.subjectKey + " \"" + out.subject + "\"";
      const std::string hint = closestName(out.subject, known);
      if (!hint.empty()) message += " (did you mean \"" + hint + "\"?)";
      ok = fail(subjectAt, message);
    }
    const OperatorName* found = nullptr;
    for (auto it = value.begin(); it != value.end(); ++it) {
      const std::string& key = it.key();
      if (key == m_syntax.subjectKey) continue;
      const OperatorName* op = findLeafOperator(key);
      if (!op) {
        std::string message = "unknown operator \"" + key + "\"";
        const std::string hint = closestName(key, leafOperatorNames());
        if (!hint.empty()) message += " (did you mean \"" + hint + "\"?)";
        return fail(at + "/" + escapeToken(key), message);
      }
      if (found) return fail(at, "has more than one operator; combine them with \"all\"");
      found = op;
    }
    if (!found) return fail(at, "needs one operator: equals, in, contains, exists, gt, gte, lt or lte");
    out.op = found->op;
    return readOperand(value.at(found->name), at + "/" + found->name, out) && ok;
  }

  bool readOperand(const json& operand, const std::string& at, Condition& out) {
    if (out.op == ConditionOp::Exists) {
      if (!operand.is_boolean()) return fail(at, "must be true or false");
      out.operands.push_back(FactValue::of(operand.get<bool>()));
      return true;
    }
    if (isNumericOp(out.op)) {
      if (!operand.is_number()) return fail(at, "must be a number");
      out.operands.push_back(FactValue::of(operand.get<double>()));
      return true;
    }
    if (out.op == ConditionOp::In) {
      if (!operand.is_array() || operand.empty())
        return fail(at, "must be an array with at least one value");
      if (operand.size() > kMaxChildren)
        return fail(at, "has more than " + std::to_string(kMaxChildren) + " values");
      for (std::size_t i = 0; i < operand.size(); ++i) {
        FactValue literal;
        if (!readLiteral(operand[i], literal))
          return fail(at + "/" + std::to_string(i), "must be a string, number or boolean");
        out.operands.push_back(std::move(literal));
      }
      return true;
    }
    FactValue literal;
    if (!readLiteral(operand, literal)) return fail(at, "must be a string, number or boolean");
    out.operands.push_back(std::move(literal));
    return true;
  }

  bool fail(const std::string& at, std::string message) {
    m_issues.push_back({at, std::move(message)});
    return false;
  }

  const ConditionSyntax& m_syntax;
  std::vector<ConditionIssue>& m_issues;
};

bool sameValue(const FactValue& fact, const FactValue& literal) {
  if (fact.kind != literal.kind) return false;
  switch (fact.kind) {
    case FactValue::Kind::Boolean: return fact.boolean == literal.boolean;
    case FactValue::Kind::Number: return std::fabs(fact.number - literal.number) < 1e-9;
    case FactValue::Kind::Text: return fact.text == literal.text;
    default: return false;
  }
}

bool listHas(const FactValue& fact, const FactValue& literal) {
  return literal.kind == FactValue::Kind::Text &&
         std::find(fact.list.begin(), fact.list.end(), literal.text) != fact.list.end();
}

bool evaluateLeaf(const Condition& leaf, const FactValue& fact) {
  const bool present = fact.kind != FactValue::Kind::Missing;
  if (leaf.op == ConditionOp::Exists) return present == leaf.operands.front().boolean;
  if (!present) return false;
  const FactValue& first = leaf.operands.front();
  switch (leaf.op) {
    case ConditionOp::Equals: return sameValue(fact, first);
    case ConditionOp::In:
      return std::any_of(leaf.operands.begin(), leaf.operands.end(), [&](const FactValue& v) {
        return fact.kind == FactValue::Kind::List ? listHas(fact, v) : sameValue(fact, v);
      });
    case ConditionOp::Contains:
      if (fact.kind == FactValue::Kind::List) return listHas(fact, first);
      return fact.kind == FactValue::Kind::Text && first.kind == FactValue::Kind::Text &&
             fact.text.find(first.text) != std::string::npos;
    default: break;
  }
  if (fact.kind != FactValue::Kind::Number) return false;
  switch (leaf.op) {
    case ConditionOp::Greater: return fact.number > first.number;
    case ConditionOp::GreaterOrEqual: return fact.number >= first.number;
    case ConditionOp::Less: return fact.number < first.number;
    case ConditionOp::LessOrEqual: return fact.number <= first.number;
    default: return false;
  }
}

void collectSubjects(const Condition& condition, std::vector<std::string>& out) {
  if (!condition.subject.empty() &&
      std::find(out.begin(), out.end(), condition.subject) == out.end())
    out.push_back(condition.subject);
  for (const Condition& child : condition.children) collectSubjects(child, out);
}

}  // namespace

bool parseCondition(const json& value, const std::string& pointer, const ConditionSyntax& syntax,
                    Condition& out, std::vector<ConditionIssue>& issues) {
  out = Condition{};
  Parser parser(syntax, issues);
  return parser.parse(value, pointer, out, 0);
}

bool evaluateCondition(const Condition& condition, const FactLookup& lookup) {
  switch (condition.op) {
    case ConditionOp::All:
      return std::all_of(condition.children.begin(), condition.children.end(),
                         [&](const Condition& c) { return evaluateCondition(c, lookup); });
    case ConditionOp::Any:
      return std::any_of(condition.children.begin(), condition.children.end(),
                         [&](const Condition& c) { return evaluateCondition(c, lookup); });
    case ConditionOp::Not:
      return !condition.children.empty() && !evaluateCondition(condition.children.front(), lookup);
    default:
      return evaluateLeaf(condition, lookup(condition.subject));
  }
}

std::vector<std::string> conditionSubjects(const Condition& condition) {
  std::vector<std::string> subjects;
  collectSubjects(condition, subjects);
  return subjects;
}

}  // namespace hw
