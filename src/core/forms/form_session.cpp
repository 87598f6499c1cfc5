#include "core/forms/form_session.h"

#include <algorithm>
#include <cstdlib>

#include "core/forms/answer_display.h"

namespace hw {

using nlohmann::json;

namespace {

std::string trimmedText(const std::string& text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

const json& nullJson() {
  static const json kNull;
  return kNull;
}

}  // namespace

FormSession::FormSession(const Form& form, std::vector<OrderSummary> orders, SessionOptions options)
    : m_form(form), m_orders(std::move(orders)), m_options(std::move(options)) {}

FormSession FormSession::start(const Form& form, const PrefillValues& prefill,
                               std::vector<OrderSummary> orders, SessionOptions options) {
  FormSession session(form, std::move(orders), std::move(options));
  // Order fields first, so an item prefill is checked against its order.
  for (int pass = 0; pass < 2; ++pass)
    for (const FormStep& step : session.m_form.steps)
      for (const FormField& field : step.fields) {
        if (field.prefill == PrefillKey::None || (pass == 0) != (field.type == FieldType::Order)) continue;
        const auto found = prefill.find(prefillKeyName(field.prefill));
        if (found == prefill.end() || trimmedText(found->second).empty()) continue;
        const json value = trimmedText(found->second);
        // An item means nothing without its order (when orders are known).
        if (field.type == FieldType::Item && !session.m_orders.empty() && session.answer(field.orderField).is_null())
          continue;
        // A prefill that would not validate (an order not in the list) is
        // left out rather than shown as an error the shopper did not make.
        const auto error = checkField(field, value, session.m_options.locale, session.contextFor(field));
        if (error && error->rule != FieldRule::Required) continue;
        session.m_answers[field.id] = value;
        session.m_prefilled.insert(field.id);
      }
  session.moveTo(form.steps.empty() ? std::string(kReviewStep) : form.steps.front().id);
  return session;
}

const FormStep* FormSession::currentStep() const {
  if (m_state != SessionState::InProgress || m_path.empty()) return nullptr;
  return &m_form.steps[m_path.back()];
}

std::vector<std::string> FormSession::path() const {
  std::vector<std::string> ids;
  for (std::size_t index : m_path) ids.push_back(m_form.steps[index].id);
  return ids;
}

const json& FormSession::answer(std::string_view fieldId) const {
  const auto found = m_answers.find(std::string(fieldId));
  return found == m_answers.end() ? nullJson() : found->second;
}

void FormSession::setAnswer(std::string_view fieldId, json value) {
  const FormField* field = m_form.findField(fieldId);
  if (!field || m_state == SessionState::Submitted || m_state == SessionState::Resolved) return;
  m_answers[field->id] = std::move(value);
  m_prefilled.erase(field->id);
  if (field->type != FieldType::Order) return;
  // An item picked from the previous order means nothing in the new one.
  for (const FormStep& step : m_form.steps)
    for (const FormField& item : step.fields)
      if (item.type == FieldType::Item && item.orderField == field->id && m_answers.count(item.id)) {
        const auto error = checkField(item, m_answers[item.id], m_options.locale, contextFor(item));
        if (error && error->rule == FieldRule::Option) {
          m_answers.erase(item.id);
          m_prefilled.erase(item.id);
        }
      }
}

bool FormSession::wasPrefilled(std::string_view fieldId) const {
  return m_prefilled.count(std::string(fieldId)) > 0;
}

std::vector<ChoiceOption> FormSession::choicesFor(std::string_view fieldId) const {
  std::vector<ChoiceOption> choices;
  const FormField* field = m_form.findField(fieldId);
  if (!field) return choices;
  if (field->type == FieldType::SingleChoice || field->type == FieldType::MultipleChoice) return field->options;
  if (field->type == FieldType::Order)
    for (const OrderSummary& order : m_orders) choices.push_back({order.id, order.label.empty() ? order.id : order.label});
  if (field->type == FieldType::Item) {
    const json& orderId = answer(field->orderField);
    if (const OrderSummary* order = orderId.is_string() ? findOrder(m_orders, orderId.get<std::string>()) : nullptr)
      for (const OrderItemSummary& item : order->items) choices.push_back({item.id, item.label.empty() ? item.id : item.label});
  }
  return choices;
}

ValidationContext FormSession::contextFor(const FormField& field) const {
  ValidationContext context;
  context.today = m_options.today;
  context.orders = &m_orders;
  if (field.type == FieldType::Item) {
    const json& order = answer(field.orderField);
    if (order.is_string()) context.selectedOrder = order.get<std::string>();
  }
  return context;
}

json FormSession::answersObject() const {
  json object = json::object();
  for (const auto& [id, value] : m_answers) object[id] = value;
  return object;
}

std::vector<FieldError> FormSession::validateStepAt(std::size_t stepIndex) const {
  ValidationContext context;
  context.today = m_options.today;
  context.orders = &m_orders;
  return validateStep(m_form.steps[stepIndex], answersObject(), m_options.locale, context);
}

std::vector<FieldError> FormSession::validateCurrentStep() const {
  if (!currentStep()) return {};
  return validateStepAt(m_path.back());
}

std::optional<std::string> FormSession::validateAnswer(std::string_view fieldId) const {
  const FormField* field = m_form.findField(fieldId);
  if (!field) return std::nullopt;
  return validateField(*field, answer(fieldId), m_options.locale, contextFor(*field));
}

bool FormSession::stepOnPath(std::size_t stepIndex) const {
  return std::find(m_path.begin(), m_path.end(), stepIndex) != m_path.end();
}

// Conditions see only answers from steps on `path`: an answer left behind on
// a branch no longer taken must not steer the form.
FactValue FormSession::factFor(std::string_view fieldId, const std::vector<std::size_t>& path) const {
  const FormStep* owner = m_form.stepOfField(fieldId);
  if (!owner) return FactValue::missing();
  const auto ownerIndex = static_cast<std::size_t>(owner - m_form.steps.data());
  if (std::find(path.begin(), path.end(), ownerIndex) == path.end()) return FactValue::missing();
  const json& value = answer(fieldId);
  if (isEmptyAnswer(value)) return FactValue::missing();
  if (value.is_boolean()) return FactValue::of(value.get<bool>());
  if (value.is_number()) return FactValue::of(value.get<double>());
  if (value.is_string()) {
    const std::string text = trimmedText(value.get<std::string>());
    if (m_form.findField(fieldId)->type == FieldType::Number) {
      char* end = nullptr;
      const double number = std::strtod(text.c_str(), &end);
      if (end == text.c_str() + text.size()) return FactValue::of(number);
    }
    return FactValue::of(text);
  }
  if (value.is_array()) {
    std::vector<std::string> items;
    for (const json& entry : value) {
      if (entry.is_string()) items.push_back(entry.get<std::string>());
      else if (entry.is_object() && entry.contains("name") && entry["name"].is_string())
        items.push_back(entry["name"].get<std::string>());
    }
    return FactValue::of(std::move(items));
  }
  return FactValue::missing();
}

bool FormSession::holds(const Condition& condition, const std::vector<std::size_t>& path) const {
  return evaluateCondition(condition, [&](std::string_view name) { return factFor(name, path); });
}

std::string FormSession::successorOf(std::size_t stepIndex, const std::vector<std::size_t>& path) const {
  for (const Branch& branch : m_form.steps[stepIndex].next)
    if (holds(branch.when, path)) return branch.target;
  return m_form.defaultTargetOf(stepIndex);
}

std::optional<std::size_t> FormSession::resolveTarget(std::string target, const std::vector<std::size_t>& path) const {
  // Each hop skips one step; more hops than steps means skipped steps lead
  // round in a circle, which can only end at review.
  for (std::size_t hops = 0; hops <= m_form.steps.size(); ++hops) {
    const int index = m_form.stepIndex(target);
    if (index < 0) return std::nullopt;  // review (unknown targets do not load)
    const FormStep& step = m_form.steps[static_cast<std::size_t>(index)];
    if (!step.when || holds(*step.when, path)) return static_cast<std::size_t>(index);
    target = m_form.defaultTargetOf(static_cast<std::size_t>(index));
  }
  return std::nullopt;
}

void FormSession::moveTo(const std::string& target) {
  const auto next = resolveTarget(target, m_path);
  if (next) {
    m_path.push_back(*next);
    m_state = SessionState::InProgress;
  } else {
    m_state = SessionState::Review;
  }
}

std::vector<FieldError> FormSession::next() {
  m_errors.clear();
  const FormStep* step = currentStep();
  if (!step) return m_errors;
  if (step->kind == StepKind::Answer) {
    solved(false);
    return m_errors;
  }
  m_errors = validateCurrentStep();
  if (m_errors.empty()) moveTo(successorOf(m_path.back(), m_path));
  return m_errors;
}

bool FormSession::back() {
  m_errors.clear();
  if (m_state == SessionState::Review && !m_path.empty()) {
    m_state = SessionState::InProgress;
    return true;
  }
  if (m_state != SessionState::InProgress || m_path.size() < 2) return false;
  m_path.pop_back();
  return true;
}

bool FormSession::solved(bool yes) {
  const FormStep* step = currentStep();
  if (!step || step->kind != StepKind::Answer) return false;
  if (yes) {
    m_state = SessionState::Resolved;
    return true;
  }
  m_declined.insert(step->id);
  moveTo(successorOf(m_path.back(), m_path));
  return true;
}

bool FormSession::editStep(std::string_view stepId) {
  if (m_state != SessionState::Review && m_state != SessionState::InProgress) return false;
  const int index = m_form.stepIndex(stepId);
  if (index < 0) return false;
  const auto found = std::find(m_path.rbegin(), m_path.rend(), static_cast<std::size_t>(index));
  if (found == m_path.rend()) return false;
  m_path.erase(found.base(), m_path.end());
  m_state = SessionState::InProgress;
  m_errors.clear();
  return true;
}

std::vector<FieldError> FormSession::resumeToReview() {
  m_errors.clear();
  // A path never needs more moves than steps times the visits a loop allows.
  for (std::size_t guard = 0; guard < m_form.steps.size() * 4 + 4; ++guard) {
    const FormStep* step = currentStep();
    if (!step) break;
    if (step->kind == StepKind::Answer) {
      // An answer already declined is not asked again; a new one is shown.
      if (!m_declined.count(step->id)) break;
      moveTo(successorOf(m_path.back(), m_path));
      continue;
    }
    if (!next().empty()) break;
  }
  return m_errors;
}

std::vector<ReviewEntry> FormSession::review() const {
  std::vector<ReviewEntry> entries;
  std::vector<std::size_t> seen;
  for (std::size_t index : m_path) {
    if (std::find(seen.begin(), seen.end(), index) != seen.end()) continue;
    seen.push_back(index);
    const FormStep& step = m_form.steps[index];
    for (const FormField& field : step.fields) {
      const json& value = answer(field.id);
      if (isEmptyAnswer(value)) continue;
      entries.push_back({step.id, step.title, field.id, field.label,
                         displayAnswer(field, value, m_orders, contextFor(field).selectedOrder, m_options.locale)});
    }
  }
  return entries;
}

Progress FormSession::progress() const {
  Progress progress;
  const int done = static_cast<int>(m_path.size());
  if (m_state != SessionState::InProgress) {
    progress.current = progress.total = done + 1;
    return progress;
  }
  // Walk ahead with the answers known so far (kept answers of later steps
  // included) to estimate how many steps remain.
  std::vector<std::size_t> predicted = m_path;
  int remaining = 0;
  for (std::size_t guard = 0; guard < m_form.steps.size(); ++guard) {
    const auto next = resolveTarget(successorOf(predicted.back(), predicted), predicted);
    if (!next || std::find(predicted.begin() + static_cast<long>(m_path.size()), predicted.end(), *next) != predicted.end() ||
        std::find(m_path.begin(), m_path.end(), *next) != m_path.end())
      break;
    predicted.push_back(*next);
    ++remaining;
  }
  progress.current = done;
  progress.total = done + remaining + 1;  // + review
  return progress;
}

json FormSession::ticketAnswers() const {
  json answers = json::object();
  for (std::size_t index : m_path)
    for (const FormField& field : m_form.steps[index].fields) {
      const json& value = answer(field.id);
      if (isEmptyAnswer(value)) continue;
      answers[field.id] = value.is_string() ? json(trimmedText(value.get<std::string>())) : value;
    }
  return answers;
}

std::optional<json> FormSession::submit() {
  m_errors.clear();
  if (m_state != SessionState::Review) return std::nullopt;
  for (std::size_t index : m_path) {
    std::vector<FieldError> errors = validateStepAt(index);
    if (errors.empty()) continue;
    editStep(m_form.steps[index].id);
    m_errors = std::move(errors);
    return std::nullopt;
  }
  m_state = SessionState::Submitted;
  return ticketAnswers();
}

}  // namespace hw
