// Checks one answer against its field's type and rules, with a message in
// the shopper's language. Values are JSON: a string for text, choice, date,
// order and item fields; a number (or a numeric string) for number fields;
// an array of option ids for multiple_choice; an array of
// {"name", "type", "size"} for attachments. Pure C++.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/forms/form_definition.h"
#include "core/forms/form_messages.h"
#include "core/forms/order_summary.h"

namespace hw {

// What validation needs from outside the value. The core has no clock, so
// "today" in date bounds is checked only when the shell passes the date.
struct ValidationContext {
  std::string today;  // "YYYY-MM-DD", or "" when unknown
  const std::vector<OrderSummary>* orders = nullptr;  // null or empty: any order id is accepted
  std::string selectedOrder;  // for item fields: the order chosen in their order field
};

struct FieldError {
  std::string fieldId;
  FieldRule rule = FieldRule::Required;
  std::string message;
};

// True for null, "", whitespace only, and empty arrays.
bool isEmptyAnswer(const nlohmann::json& value);

// The first rule `value` breaks, with its message; nothing when valid.
std::optional<FieldError> checkField(const FormField& field, const nlohmann::json& value,
                                     std::string_view locale, const ValidationContext& context = {});

std::optional<std::string> validateField(const FormField& field, const nlohmann::json& value,
                                         std::string_view locale,
                                         const ValidationContext& context = {});

// Every field of a questions step; `answers` is {field_id: value} and may hold
// answers of earlier steps (an item field reads its order field there).
std::vector<FieldError> validateStep(const FormStep& step, const nlohmann::json& answers,
                                     std::string_view locale, const ValidationContext& context = {});

// "YYYY-MM-DD" that names a real calendar day.
bool isValidDate(std::string_view text);

}  // namespace hw
