// The forms' own words in each supported locale: validation messages (one
// per rule, with {placeholders}), the "you will need" phrases and the few
// labels the session produces. Content may override a validation message
// per field. Pure C++: no ImGui, no Emscripten.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace hw {

// Validation rules; their names are the keys of a field's "messages".
enum class FieldRule {
  Required,   // nothing entered or chosen
  MinLength,  // {min}: characters, or choices for multiple_choice
  MaxLength,  // {max}
  Min,        // {min}: number or date
  Max,        // {max}
  Pattern,    // the field's pattern does not match
  Format,     // not an email, phone number, number, date...
  Option,     // a choice that is not offered (or an order/item not listed)
  MaxFiles,   // {max}
  FileType,   // {name} {types}
  FileSize,   // {name} {max}
};

const char* fieldRuleName(FieldRule rule);
const std::vector<std::string>& fieldRuleNames();

struct FormMessages {
  // Validation, by FieldRule order.
  std::string required;
  std::string minLength;
  std::string maxLength;
  std::string minChoices;
  std::string maxChoices;
  std::string minNumber;
  std::string maxNumber;
  std::string minDate;
  std::string maxDate;
  std::string pattern;
  std::string email;
  std::string phone;
  std::string number;
  std::string date;
  std::string option;
  std::string maxFiles;
  std::string fileType;
  std::string fileSize;
  std::string attachmentFormat;
  // "You will need"
  std::string needOrderNumber;
  std::string needItem;
  std::string needAttachments;  // {label} {count} {types}
  std::string needAttachment;   // {label} {types}
  std::string needEmail;
  std::string needPhone;
  std::string needLabel;         // {label}
  std::string listSeparator;    // between file types
  // Session
  std::string solvedQuestion;
  std::string yes;
  std::string no;
  std::string review;
  std::string notAnswered;
};

// Simplified Chinese for "zh", "zh-CN", "zh-Hans"...; English otherwise.
const FormMessages& formMessagesFor(std::string_view locale);

}  // namespace hw
