#include "core/forms/you_will_need.h"

#include <algorithm>

#include "core/forms/form_messages.h"
#include "core/ui_strings.h"

namespace hw {

namespace {

std::string typeLabel(const std::string& mime) {
  const std::size_t slash = mime.find('/');
  std::string sub = slash == std::string::npos ? mime : mime.substr(slash + 1);
  if (sub == "*") return mime.substr(0, slash);
  if (sub == "jpg") sub = "jpeg";
  std::string upper;
  for (char c : sub) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return upper;
}

std::vector<std::string> derive(const Form& form, std::string_view locale, const PrefillValues* prefill) {
  const FormMessages& words = formMessagesFor(locale);
  std::vector<std::string> needs;
  const auto add = [&](std::string need) {
    if (std::find(needs.begin(), needs.end(), need) == needs.end()) needs.push_back(std::move(need));
  };
  const auto known = [&](const FormField& field) {
    if (field.prefill == PrefillKey::None) return false;
    if (!prefill) return true;
    const auto found = prefill->find(prefillKeyName(field.prefill));
    return found != prefill->end() && !found->second.empty();
  };
  for (const FormStep& step : form.steps)
    for (const FormField& field : step.fields) {
      if (known(field)) continue;
      switch (field.type) {
        case FieldType::Order: add(words.needOrderNumber); break;
        case FieldType::Attachment: {
          std::string types;
          for (const std::string& mime : field.accept) {
            const std::string label = typeLabel(mime);
            if (types.find(label) != std::string::npos) continue;
            if (!types.empty()) types += words.listSeparator;
            types += label;
          }
          const std::string& pattern = field.maxFiles > 1 ? words.needAttachments : words.needAttachment;
          add(formatString(pattern, {{"label", field.label}, {"count", std::to_string(field.maxFiles)}, {"types", types}}));
          break;
        }
        case FieldType::Email:
          if (field.required) add(words.needEmail);
          break;
        case FieldType::Phone:
          if (field.required) add(words.needPhone);
          break;
        case FieldType::Date:
        case FieldType::Number:
          if (field.required) add(formatString(words.needLabel, {{"label", field.label}}));
          break;
        case FieldType::ShortText:
          // A text with a format (a tracking or VAT number) is looked up,
          // not made up on the spot.
          if (field.required && !field.pattern.empty()) add(formatString(words.needLabel, {{"label", field.label}}));
          break;
        default: break;
      }
    }
  return needs;
}

}  // namespace

std::vector<std::string> youWillNeed(const Form& form, std::string_view locale) {
  return derive(form, locale, nullptr);
}

std::vector<std::string> youWillNeed(const Form& form, std::string_view locale, const PrefillValues& prefill) {
  return derive(form, locale, &prefill);
}

}  // namespace hw
