// What the shell tells a form about the shopper's orders: enough to offer
// them in an order picker and their items in an item picker. Pure C++.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace hw {

struct OrderItemSummary {
  std::string id;
  std::string label;
};

struct OrderSummary {
  std::string id;
  std::string label;  // "SO-1042 · 12 March · 2 items"
  std::vector<OrderItemSummary> items;
};

inline const OrderSummary* findOrder(const std::vector<OrderSummary>& orders, std::string_view id) {
  for (const OrderSummary& order : orders)
    if (order.id == id) return &order;
  return nullptr;
}

}  // namespace hw
