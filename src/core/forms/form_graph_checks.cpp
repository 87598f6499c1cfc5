#include "core/forms/form_graph_checks.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/closest_name.h"

namespace hw {

namespace {

std::string inQuotes(const std::string& text) { return "\"" + text + "\""; }

std::string withHint(std::string message, const std::string& typed, const std::vector<std::string>& known) {
  const std::string hint = closestName(typed, known);
  if (!hint.empty()) message += " (did you mean " + inQuotes(hint) + "?)";
  return message;
}

class GraphChecker {
 public:
  explicit GraphChecker(const Form& form) : m_form(form) {}

  std::vector<ConditionIssue> run() {
    if (!checkDuplicates() || !checkTargets()) return std::move(m_issues);
    m_successors = formSuccessors(m_form);
    computeReach();
    checkReachable();
    checkExits();
    checkConditions();
    checkItemFields();
    return std::move(m_issues);
  }

 private:
  std::string stepAt(std::size_t index) const {
    return "/steps/" + std::to_string(m_form.steps[index].sourceIndex);
  }
  std::string fieldAt(std::size_t step, const FormField& field) const {
    return stepAt(step) + "/fields/" + std::to_string(field.sourceIndex);
  }
  void add(std::string pointer, std::string message) { m_issues.push_back({std::move(pointer), std::move(message)}); }

  bool checkDuplicates() {
    const std::size_t before = m_issues.size();
    std::set<std::string> steps, fields;
    for (std::size_t i = 0; i < m_form.steps.size(); ++i) {
      const FormStep& step = m_form.steps[i];
      if (!steps.insert(step.id).second) add(stepAt(i) + "/id", "duplicate step id " + inQuotes(step.id));
      for (const FormField& field : step.fields) {
        if (fields.insert(field.id).second) {
          m_fieldStep[field.id] = i;
          m_fieldIds.push_back(field.id);
        } else {
          // Answers are keyed by field id in the ticket: two fields with one
          // id would overwrite each other.
          add(fieldAt(i, field) + "/id", "duplicate field id " + inQuotes(field.id) + " (field ids are unique in a form)");
        }
      }
    }
    return m_issues.size() == before;
  }

  bool checkTargets() {
    const std::size_t before = m_issues.size();
    std::vector<std::string> names = {std::string(kReviewStep)};
    for (const FormStep& step : m_form.steps) names.push_back(step.id);
    const auto check = [&](const std::string& target, const std::string& pointer) {
      if (target == kReviewStep || m_form.stepIndex(target) >= 0) return;
      add(pointer, withHint("unknown step " + inQuotes(target), target, names));
    };
    for (std::size_t i = 0; i < m_form.steps.size(); ++i) {
      const FormStep& step = m_form.steps[i];
      for (const Branch& branch : step.next)
        check(branch.target, stepAt(i) + "/next/" + std::to_string(branch.sourceIndex) + "/goto");
      if (!step.defaultTarget.empty()) check(step.defaultTarget, stepAt(i) + "/goto");
    }
    return m_issues.size() == before;
  }

  bool leadsToReview(std::size_t index) const {
    const FormStep& step = m_form.steps[index];
    if (m_form.defaultTargetOf(index) == kReviewStep) return true;
    return std::any_of(step.next.begin(), step.next.end(),
                       [](const Branch& branch) { return branch.target == kReviewStep; });
  }

  // m_reach[i][j]: some path leads from step i to step j (i itself only
  // through a loop).
  void computeReach() {
    const std::size_t n = m_form.steps.size();
    m_reach.assign(n, std::vector<bool>(n, false));
    for (std::size_t start = 0; start < n; ++start) {
      std::vector<std::size_t> queue = m_successors[start];
      while (!queue.empty()) {
        const std::size_t at = queue.back();
        queue.pop_back();
        if (m_reach[start][at]) continue;
        m_reach[start][at] = true;
        for (std::size_t next : m_successors[at]) queue.push_back(next);
      }
    }
    m_exits.assign(n, false);
    for (std::size_t i = 0; i < n; ++i) {
      m_exits[i] = leadsToReview(i);
      for (std::size_t j = 0; j < n && !m_exits[i]; ++j)
        if (m_reach[i][j] && leadsToReview(j)) m_exits[i] = true;
    }
  }

  bool reachable(std::size_t index) const { return index == 0 || m_reach[0][index]; }

  void checkReachable() {
    for (std::size_t i = 1; i < m_form.steps.size(); ++i)
      if (!reachable(i))
        add(stepAt(i), "step " + inQuotes(m_form.steps[i].id) +
                           " can never be reached: no goto, branch or preceding step leads to it from the first step");
  }

  // Every step that cannot reach review leads into a loop that cannot
  // either; report each such loop once, at its first step, rather than
  // every step on the way into it.
  void checkExits() {
    std::vector<bool> reported(m_form.steps.size(), false);
    for (std::size_t i = 0; i < m_form.steps.size(); ++i) {
      if (!reachable(i) || m_exits[i] || !m_reach[i][i] || reported[i]) continue;
      std::string names;
      std::size_t count = 0;
      for (std::size_t j = i; j < m_form.steps.size(); ++j)
        if (j == i || (m_reach[i][j] && m_reach[j][i])) {
          reported[j] = true;
          names += (names.empty() ? "" : ", ") + inQuotes(m_form.steps[j].id);
          ++count;
        }
      add(stepAt(i), (count == 1 ? "step " + names + " loops" : "steps " + names + " loop") +
                         " without ever reaching review; give one of them a goto to \"review\" or to a step that reaches it");
    }
  }

  // True when the field is asked before `step` on some path: in an earlier
  // step, or (for the step's own branching) in the step itself.
  bool askedBefore(const std::string& fieldId, std::size_t step, bool sameStepCounts) const {
    const auto found = m_fieldStep.find(fieldId);
    if (found == m_fieldStep.end()) return false;
    if (found->second == step) return sameStepCounts;
    return m_reach[found->second][step];
  }

  void checkLeaf(const Condition& leaf, std::size_t step, bool sameStepCounts, const std::string& pointer) {
    const auto found = m_fieldStep.find(leaf.subject);
    if (found == m_fieldStep.end()) {
      add(pointer, withHint("unknown field " + inQuotes(leaf.subject), leaf.subject, m_fieldIds));
      return;
    }
    if (!askedBefore(leaf.subject, step, sameStepCounts)) {
      add(pointer, "field " + inQuotes(leaf.subject) + " is asked in step " +
                       inQuotes(m_form.steps[found->second].id) + ", which never comes before " +
                       (sameStepCounts ? "this branching" : "this step's condition"));
      return;
    }
    const FormField* field = m_form.findField(leaf.subject);
    if (field->type != FieldType::SingleChoice && field->type != FieldType::MultipleChoice) return;
    if (leaf.op != ConditionOp::Equals && leaf.op != ConditionOp::In && leaf.op != ConditionOp::Contains) return;
    std::vector<std::string> optionIds;
    for (const ChoiceOption& option : field->options) optionIds.push_back(option.id);
    for (const FactValue& operand : leaf.operands)
      if (operand.kind != FactValue::Kind::Text || !field->findOption(operand.text)) {
        const std::string shown = operand.kind == FactValue::Kind::Text ? operand.text : "a non-text value";
        add(pointer, withHint("field " + inQuotes(leaf.subject) + " has no option " + inQuotes(shown), shown, optionIds));
      }
  }

  void walkCondition(const Condition& condition, std::size_t step, bool sameStepCounts, const std::string& pointer) {
    if (condition.op == ConditionOp::All || condition.op == ConditionOp::Any || condition.op == ConditionOp::Not) {
      for (const Condition& child : condition.children) walkCondition(child, step, sameStepCounts, pointer);
      return;
    }
    checkLeaf(condition, step, sameStepCounts, pointer);
  }

  void checkConditions() {
    for (std::size_t i = 0; i < m_form.steps.size(); ++i) {
      const FormStep& step = m_form.steps[i];
      if (step.when) walkCondition(*step.when, i, false, stepAt(i) + "/when");
      for (const Branch& branch : step.next)
        walkCondition(branch.when, i, true, stepAt(i) + "/next/" + std::to_string(branch.sourceIndex) + "/when");
    }
  }

  void checkItemFields() {
    for (std::size_t i = 0; i < m_form.steps.size(); ++i)
      for (const FormField& field : m_form.steps[i].fields) {
        if (field.type != FieldType::Item) continue;
        const std::string at = fieldAt(i, field);
        if (field.orderField.empty()) {
          add(at, "item field " + inQuotes(field.id) + " needs an order field asked before it (add an \"order\" field to this or an earlier step)");
          continue;
        }
        const FormField* order = m_form.findField(field.orderField);
        if (!order) {
          add(at + "/order_field", withHint("unknown field " + inQuotes(field.orderField), field.orderField, m_fieldIds));
          continue;
        }
        if (order->type != FieldType::Order) {
          add(at + "/order_field", "must name an order field; " + inQuotes(order->id) + " is a " +
                                       fieldTypeName(order->type) + " field");
          continue;
        }
        const std::size_t orderStep = m_fieldStep.at(order->id);
        const bool before = orderStep == i ? order->sourceIndex < field.sourceIndex : m_reach[orderStep][i];
        if (!before)
          add(at, "item field " + inQuotes(field.id) + " needs its order field " + inQuotes(order->id) +
                      " to be asked before it");
      }
  }

  const Form& m_form;
  std::vector<ConditionIssue> m_issues;
  std::map<std::string, std::size_t> m_fieldStep;
  std::vector<std::string> m_fieldIds;
  std::vector<std::vector<std::size_t>> m_successors;
  std::vector<std::vector<bool>> m_reach;
  std::vector<bool> m_exits;
};

}  // namespace

std::vector<std::vector<std::size_t>> formSuccessors(const Form& form) {
  std::vector<std::vector<std::size_t>> successors(form.steps.size());
  for (std::size_t i = 0; i < form.steps.size(); ++i) {
    std::vector<std::string> targets;
    for (const Branch& branch : form.steps[i].next) targets.push_back(branch.target);
    targets.push_back(form.defaultTargetOf(i));
    for (const std::string& target : targets) {
      const int index = form.stepIndex(target);
      if (index < 0) continue;
      const auto next = static_cast<std::size_t>(index);
      if (std::find(successors[i].begin(), successors[i].end(), next) == successors[i].end())
        successors[i].push_back(next);
    }
  }
  return successors;
}

std::vector<ConditionIssue> checkFormGraph(const Form& form) {
  return GraphChecker(form).run();
}

}  // namespace hw
