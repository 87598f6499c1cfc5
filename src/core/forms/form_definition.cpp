#include "core/forms/form_definition.h"

namespace hw {

namespace {

struct TypeName {
  FieldType type;
  const char* name;
};

constexpr TypeName kTypeNames[] = {
    {FieldType::SingleChoice, "single_choice"}, {FieldType::MultipleChoice, "multiple_choice"},
    {FieldType::ShortText, "short_text"},       {FieldType::LongText, "long_text"},
    {FieldType::Email, "email"},                {FieldType::Phone, "phone"},
    {FieldType::Number, "number"},              {FieldType::Date, "date"},
    {FieldType::Order, "order"},                {FieldType::Item, "item"},
    {FieldType::Attachment, "attachment"},
};

struct PrefillName {
  PrefillKey key;
  const char* name;
};

constexpr PrefillName kPrefillNames[] = {
    {PrefillKey::OrderId, "order_id"}, {PrefillKey::ItemId, "item_id"},
    {PrefillKey::Email, "email"},      {PrefillKey::Name, "name"},
    {PrefillKey::Phone, "phone"},
};

}  // namespace

const char* fieldTypeName(FieldType type) {
  for (const TypeName& entry : kTypeNames)
    if (entry.type == type) return entry.name;
  return "short_text";
}

std::optional<FieldType> fieldTypeFromName(std::string_view name) {
  for (const TypeName& entry : kTypeNames)
    if (name == entry.name) return entry.type;
  return std::nullopt;
}

const std::vector<std::string>& fieldTypeNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const TypeName& entry : kTypeNames) out.emplace_back(entry.name);
    return out;
  }();
  return names;
}

const char* prefillKeyName(PrefillKey key) {
  for (const PrefillName& entry : kPrefillNames)
    if (entry.key == key) return entry.name;
  return "";
}

std::optional<PrefillKey> prefillKeyFromName(std::string_view name) {
  for (const PrefillName& entry : kPrefillNames)
    if (name == entry.name) return entry.key;
  return std::nullopt;
}

const ChoiceOption* FormField::findOption(std::string_view optionId) const {
  for (const ChoiceOption& option : options)
    if (option.id == optionId) return &option;
  return nullptr;
}

const FormStep* Form::findStep(std::string_view stepId) const {
  const int index = stepIndex(stepId);
  return index < 0 ? nullptr : &steps[static_cast<std::size_t>(index)];
}

int Form::stepIndex(std::string_view stepId) const {
  for (std::size_t i = 0; i < steps.size(); ++i)
    if (steps[i].id == stepId) return static_cast<int>(i);
  return -1;
}

const FormField* Form::findField(std::string_view fieldId) const {
  for (const FormStep& step : steps)
    for (const FormField& field : step.fields)
      if (field.id == fieldId) return &field;
  return nullptr;
}

const FormStep* Form::stepOfField(std::string_view fieldId) const {
  for (const FormStep& step : steps)
    for (const FormField& field : step.fields)
      if (field.id == fieldId) return &step;
  return nullptr;
}

std::string Form::defaultTargetOf(std::size_t index) const {
  if (index >= steps.size()) return std::string(kReviewStep);
  if (!steps[index].defaultTarget.empty()) return steps[index].defaultTarget;
  return index + 1 < steps.size() ? steps[index + 1].id : std::string(kReviewStep);
}

const Form* FormSet::find(std::string_view formId) const {
  for (const Form& form : forms)
    if (form.id == formId) return &form;
  return nullptr;
}

}  // namespace hw
