// Drafts of a session: saved as JSON by the shell, restored against the
// form as it is now. A form edited since the draft keeps what still fits
// (fields that exist, values of the right shape, options still offered) and
// rebuilds the path by walking the new form with the restored answers.
#include <algorithm>

#include "core/forms/form_session.h"

namespace hw {

using nlohmann::json;

namespace {

constexpr int kDraftVersion = 1;

const char* stateName(SessionState state) {
  switch (state) {
    case SessionState::InProgress: return "in_progress";
    case SessionState::Review: return "review";
    case SessionState::Resolved: return "resolved";
    case SessionState::Submitted: return "submitted";
  }
  return "in_progress";
}

// A saved value that no longer has the field's shape is dropped; one that
// only breaks a rule (too long, now required) is kept for the shopper to fix.
bool shapeFits(const FormField& field, json& value, std::vector<std::string>& dropped) {
  if (field.type == FieldType::MultipleChoice && value.is_array()) {
    json kept = json::array();
    for (const json& choice : value)
      if (choice.is_string() && field.findOption(choice.get<std::string>())) kept.push_back(choice);
      else dropped.push_back("field \"" + field.id + "\": option " + choice.dump() + " is no longer offered");
    value = std::move(kept);
    return !value.empty();
  }
  const auto error = checkField(field, value, "en");
  if (!error || (error->rule != FieldRule::Format && error->rule != FieldRule::Option)) return true;
  dropped.push_back("field \"" + field.id + "\": saved value no longer fits (" + fieldTypeName(field.type) + ")");
  return false;
}

}  // namespace

json FormSession::toDraftJson() const {
  json draft = {{"draft_version", kDraftVersion},
                {"form", m_form.id},
                {"state", stateName(m_state)},
                {"path", path()},
                {"answers", answersObject()},
                {"declined", json(std::vector<std::string>(m_declined.begin(), m_declined.end()))},
                {"prefilled", json(std::vector<std::string>(m_prefilled.begin(), m_prefilled.end()))}};
  return draft;
}

FormSession::Restored FormSession::fromDraftJson(const Form& form, const json& draft,
                                                 std::vector<OrderSummary> orders, SessionOptions options) {
  Restored restored{start(form, {}, orders, options), false, {}};
  if (!draft.is_object() || !draft.contains("form") || draft["form"] != form.id ||
      !draft.contains("draft_version") || draft["draft_version"] != kDraftVersion) {
    restored.dropped.push_back("draft: not a draft of form \"" + form.id + "\"");
    return restored;
  }
  restored.fromDraft = true;
  FormSession session(form, std::move(orders), std::move(options));

  if (draft.contains("answers") && draft["answers"].is_object()) {
    // Orders before items, so an item is checked against its restored order.
    for (int pass = 0; pass < 2; ++pass)
      for (const auto& entry : draft["answers"].items()) {
        const FormField* field = form.findField(entry.key());
        if (!field) {
          if (pass == 0) restored.dropped.push_back("field \"" + entry.key() + "\": no longer in the form");
          continue;
        }
        if ((pass == 0) != (field->type == FieldType::Order)) continue;
        json value = entry.value();
        if (isEmptyAnswer(value) || !shapeFits(*field, value, restored.dropped)) continue;
        const auto error = checkField(*field, value, session.m_options.locale, session.contextFor(*field));
        if (error && error->rule == FieldRule::Option) {
          restored.dropped.push_back("field \"" + field->id + "\": no longer one of the shopper's choices");
          continue;
        }
        session.m_answers[field->id] = std::move(value);
      }
  }
  const auto readIds = [&](const char* key) {
    std::vector<std::string> ids;
    if (draft.contains(key) && draft[key].is_array())
      for (const json& id : draft[key])
        if (id.is_string()) ids.push_back(id.get<std::string>());
    return ids;
  };
  for (const std::string& id : readIds("prefilled"))
    if (session.m_answers.count(id)) session.m_prefilled.insert(id);
  for (const std::string& id : readIds("declined"))
    if (const FormStep* step = form.findStep(id); step && step->kind == StepKind::Answer) session.m_declined.insert(id);

  // Walk the form as it is now, through steps the draft had visited whose
  // answers are still complete, back to where the shopper was.
  const std::vector<std::string> savedPath = readIds("path");
  const bool savedAtReview = draft.contains("state") && draft["state"] == "review";
  session.moveTo(form.steps.empty() ? std::string(kReviewStep) : form.steps.front().id);
  for (std::size_t guard = 0; guard < savedPath.size() + form.steps.size() + 1; ++guard) {
    const FormStep* step = session.currentStep();
    if (!step) break;
    if (!savedAtReview && session.m_path.size() >= savedPath.size()) break;
    if (std::find(savedPath.begin(), savedPath.end(), step->id) == savedPath.end()) break;
    if (step->kind == StepKind::Answer) {
      if (!session.m_declined.count(step->id)) break;
      session.moveTo(session.successorOf(session.m_path.back(), session.m_path));
    } else if (!session.next().empty()) {
      session.m_errors.clear();  // shown when the shopper presses Next
      break;
    }
  }
  if (savedAtReview && session.m_state != SessionState::Review)
    restored.dropped.push_back("state: the form changed; continuing at step \"" + session.currentStep()->id + "\"");
  restored.session = std::move(session);
  return restored;
}

}  // namespace hw
