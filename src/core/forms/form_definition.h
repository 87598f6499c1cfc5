// Guided forms as content defines them: forms, steps, fields, branching.
// The shapes here are what the loader produces; the session walks them.
// Pure C++: no ImGui, no Emscripten.
#pragma once
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/forms/pattern.h"
#include "core/rules/condition.h"

namespace hw {

inline constexpr int kFormsSchemaVersion = 1;

// The pseudo step every path ends in: the shopper checks the answers and
// submits. Content may not use it as a step id.
inline constexpr std::string_view kReviewStep = "review";

enum class FieldType {
  SingleChoice,
  MultipleChoice,
  ShortText,
  LongText,
  Email,
  Phone,
  Number,
  Date,
  Order,       // one of the shopper's orders
  Item,        // one item of the order chosen in an earlier order field
  Attachment,  // files: value is [{name, type, size}]
};

const char* fieldTypeName(FieldType type);
std::optional<FieldType> fieldTypeFromName(std::string_view name);
const std::vector<std::string>& fieldTypeNames();

// What the shell may already know about the shopper; prefilled answers stay
// editable.
enum class PrefillKey { None, OrderId, ItemId, Email, Name, Phone };

const char* prefillKeyName(PrefillKey key);
std::optional<PrefillKey> prefillKeyFromName(std::string_view name);

struct ChoiceOption {
  std::string id;
  std::string label;
};

struct FormField {
  std::string id;
  FieldType type = FieldType::ShortText;
  std::string label;
  std::string help;         // optional hint under the label
  std::string placeholder;  // optional
  bool required = false;
  std::vector<ChoiceOption> options;  // single_choice, multiple_choice

  std::optional<double> minNumber, maxNumber;    // number
  std::optional<std::string> minDate, maxDate;   // date: "YYYY-MM-DD" or "today"
  std::optional<std::size_t> minLength, maxLength;  // characters, or choices picked
  std::string pattern;                           // source, for drafts and display
  std::shared_ptr<const Pattern> compiledPattern;

  std::vector<std::string> accept;  // attachment MIME types ("image/*" allowed)
  std::size_t maxFiles = 1;
  std::size_t maxBytes = 10u * 1024u * 1024u;

  std::string orderField;  // item: the order field it picks from
  PrefillKey prefill = PrefillKey::None;

  // Content's own wording per rule ("required", "pattern", ...), replacing
  // the built-in message for that rule.
  std::map<std::string, std::string> messages;

  std::size_t sourceIndex = 0;  // position in its step's "fields" list

  const ChoiceOption* findOption(std::string_view optionId) const;
};

enum class StepKind { Questions, Answer };

struct Branch {
  Condition when;
  std::string target;  // a step id or "review"
  std::size_t sourceIndex = 0;  // position in the step's "next" list
};

struct FormStep {
  std::string id;
  StepKind kind = StepKind::Questions;
  std::string title;
  std::string description;  // optional, Markdown subset
  std::optional<Condition> when;  // the step is skipped unless this holds
  std::vector<FormField> fields;  // questions
  std::string article;            // answer: a knowledge-base article id...
  std::string text;               // ...or inline Markdown
  std::vector<Branch> next;       // first branch whose condition holds wins
  std::string defaultTarget;      // "" = the following step, or review after the last
  std::size_t sourceIndex = 0;    // position in the form's "steps" list
};

struct Form {
  std::string id;
  std::string title;
  std::string description;
  std::string category;
  std::vector<std::string> keywords;
  std::vector<FormStep> steps;
  std::size_t sourceIndex = 0;  // position in the file's "forms" list

  const FormStep* findStep(std::string_view stepId) const;
  int stepIndex(std::string_view stepId) const;  // -1 when absent
  const FormField* findField(std::string_view fieldId) const;
  const FormStep* stepOfField(std::string_view fieldId) const;
  // Where a step goes when no branch applies.
  std::string defaultTargetOf(std::size_t stepIndex) const;
};

struct FormSet {
  std::string locale;
  std::vector<Form> forms;

  const Form* find(std::string_view formId) const;
};

}  // namespace hw
