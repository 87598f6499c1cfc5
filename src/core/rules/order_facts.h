// Facts about one order at one moment, as rules test them ("days_late",
// "return_window_open"), and the values card texts fill in. The clock comes
// from the shell so the same order gives the same facts in tests.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/context/shopper_context.h"
#include "core/rules/condition.h"
#include "core/rules/suggestion_rules.h"

namespace hw {

FactValue orderFact(std::string_view name, const Order& order, const Clock& clock,
                    const RuleSet& settings, bool latestOrder);

// {name, value} pairs for the placeholders of a card about `order`, formatted
// for `locale` (dates, money).
std::vector<std::pair<std::string, std::string>> cardPlaceholders(
    const Order& order, const Customer& customer, const Clock& clock, const RuleSet& settings,
    std::string_view locale);

}  // namespace hw
