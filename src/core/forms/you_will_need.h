// "You will need": what a form asks for that the shopper may have to look
// up or prepare, derived from its fields so that it never drifts from the
// form (an order number, photos of the damage, an email address...).
// Pure C++.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/forms/form_definition.h"
#include "core/forms/form_session.h"

namespace hw {

// Fields with a prefill key are taken as known (the shop fills them).
std::vector<std::string> youWillNeed(const Form& form, std::string_view locale);

// The same, but a prefilled field counts as known only when `prefill` has a
// value for it (a guest has no order to prefill from).
std::vector<std::string> youWillNeed(const Form& form, std::string_view locale,
                                     const PrefillValues& prefill);

}  // namespace hw
