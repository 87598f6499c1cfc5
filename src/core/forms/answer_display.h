// How an answer reads back to the shopper on the review step: option
// labels instead of ids, order and item labels, file names. Pure C++.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/forms/form_definition.h"
#include "core/forms/order_summary.h"

namespace hw {

// `selectedOrder` is the order an item field picks from.
std::string displayAnswer(const FormField& field, const nlohmann::json& value,
                          const std::vector<OrderSummary>& orders, std::string_view selectedOrder,
                          std::string_view locale);

}  // namespace hw
