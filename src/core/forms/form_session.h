// One shopper going through one form: a state machine the UI drives with
// next/back/solved/edit/submit and draws from currentStep/answer/review.
// Answers are kept for every field ever answered, so going back and forth
// (or down another branch and back) never loses what was typed; only the
// fields of steps on the path actually taken go into the ticket.
// Pure C++: no clock, no storage (drafts are JSON the shell stores).
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/forms/field_validation.h"
#include "core/forms/form_definition.h"
#include "core/forms/order_summary.h"

namespace hw {

enum class SessionState {
  InProgress,  // on a questions or answer step
  Review,      // every step done; the shopper checks and submits
  Resolved,    // an answer step solved the problem: nothing to submit
  Submitted,   // submit() returned the ticket's answers
};

struct SessionOptions {
  std::string locale = "en";
  std::string today;  // "YYYY-MM-DD" from the shell, for "today" in date bounds
};

// Keys are prefill names: "order_id", "item_id", "email", "name", "phone".
using PrefillValues = std::map<std::string, std::string>;

struct ReviewEntry {
  std::string stepId;
  std::string stepTitle;
  std::string fieldId;
  std::string label;
  std::string value;  // as the shopper reads it (option labels, file names...)
};

struct Progress {
  int current = 1;  // 1-based; review counts as the last step
  int total = 1;    // estimated along the path the current answers lead to
};

class FormSession {
 public:
  static FormSession start(const Form& form, const PrefillValues& prefill = {},
                           std::vector<OrderSummary> orders = {}, SessionOptions options = {});

  const Form& form() const { return m_form; }
  SessionState state() const { return m_state; }
  // The step on screen; null at review and once finished.
  const FormStep* currentStep() const;
  // Step ids visited, in order (the current step last).
  std::vector<std::string> path() const;

  // Answers. Setting an order clears item answers no longer in that order.
  const nlohmann::json& answer(std::string_view fieldId) const;  // null when none
  void setAnswer(std::string_view fieldId, nlohmann::json value);
  bool wasPrefilled(std::string_view fieldId) const;
  // What a choice, order or item field offers right now.
  std::vector<ChoiceOption> choicesFor(std::string_view fieldId) const;
  // The current step's problems without moving (e.g. on leaving a field).
  std::vector<FieldError> validateCurrentStep() const;
  std::optional<std::string> validateAnswer(std::string_view fieldId) const;

  // Validates the current questions step and moves along the branching; on
  // an answer step it means "this did not solve it". Returns the errors that
  // kept it in place (empty when it moved).
  std::vector<FieldError> next();
  // One step back along the path (from review: to the last step). False at
  // the first step or when finished.
  bool back();
  // On an answer step: true finishes as Resolved, false moves on.
  bool solved(bool yes);
  // From review (or any step on the path): go back to `stepId` to change
  // answers. Later steps keep their answers.
  bool editStep(std::string_view stepId);
  // After an edit: move forward through steps that are still complete, to
  // review or to the first step that needs attention.
  std::vector<FieldError> resumeToReview();

  std::vector<ReviewEntry> review() const;
  Progress progress() const;

  // The answers for the ticket, {field_id: value}, only fields on the path
  // taken. submit() re-validates every step; on a problem it returns nothing
  // and shows the step with the problem (see lastErrors()).
  nlohmann::json ticketAnswers() const;
  std::optional<nlohmann::json> submit();
  const std::vector<FieldError>& lastErrors() const { return m_errors; }

  // Drafts: the shell stores this JSON and gives it back later, maybe after
  // the form definition changed.
  nlohmann::json toDraftJson() const;
  struct Restored;
  static Restored fromDraftJson(const Form& form, const nlohmann::json& draft,
                                std::vector<OrderSummary> orders = {}, SessionOptions options = {});

 private:
  FormSession(const Form& form, std::vector<OrderSummary> orders, SessionOptions options);

  FactValue factFor(std::string_view fieldId, const std::vector<std::size_t>& path) const;
  bool holds(const Condition& condition, const std::vector<std::size_t>& path) const;
  std::string successorOf(std::size_t stepIndex, const std::vector<std::size_t>& path) const;
  // Follows `target`, skipping steps whose condition fails; returns the step
  // index to show, or nothing for review.
  std::optional<std::size_t> resolveTarget(std::string target, const std::vector<std::size_t>& path) const;
  void moveTo(const std::string& target);
  ValidationContext contextFor(const FormField& field) const;
  nlohmann::json answersObject() const;
  std::vector<FieldError> validateStepAt(std::size_t stepIndex) const;
  bool stepOnPath(std::size_t stepIndex) const;

  Form m_form;  // a copy: content may be reloaded while a shopper is mid-form
  std::vector<OrderSummary> m_orders;
  SessionOptions m_options;
  SessionState m_state = SessionState::InProgress;
  std::vector<std::size_t> m_path;
  std::map<std::string, nlohmann::json> m_answers;
  std::set<std::string> m_prefilled;
  std::set<std::string> m_declined;  // answer steps the shopper said did not help
  std::vector<FieldError> m_errors;
};

struct FormSession::Restored {
  FormSession session;
  bool fromDraft = false;            // false: the draft was for another form or unreadable
  std::vector<std::string> dropped;  // what no longer fits, for logs ("field \"x\": ...")
};

}  // namespace hw
