// What the host page tells the widget about the shopper: who they are and
// their recent orders. It stays in the browser; the core only reads it.
// Invalid parts are dropped and reported, valid parts are used.
// Pure C++: no ImGui, no Emscripten.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/context/iso_time.h"

namespace hw {

struct Money {
  double amount = 0;
  std::string currency;  // ISO 4217, e.g. "USD", "CNY"
};

struct OrderItem {
  std::string id;
  std::string name;
  std::string category;
  int quantity = 1;
};

struct Shipment {
  std::string carrier;
  std::string tracking;     // the carrier's tracking number
  std::string trackingUrl;  // http(s) only; anything else is dropped
  std::optional<Instant> shippedAt;
  std::optional<Instant> eta;
  std::optional<Instant> deliveredAt;
};

struct Refund {
  std::string status;  // requested, pending, completed, rejected
  std::optional<Instant> requestedAt;
  std::optional<Money> amount;
};

struct Order {
  std::string id;
  std::string status;  // pending, processing, shipped, delivered, cancelled, returned
  std::optional<Instant> placedAt;
  std::vector<OrderItem> items;
  std::optional<Shipment> shipment;
  std::string paymentStatus;  // paid, pending, authorized, failed, refunded
  std::optional<Money> total;
  std::optional<Refund> refund;
  std::optional<Instant> returnBy;  // when the shop states the return deadline itself
};

struct Customer {
  std::string firstName;
  std::string name;
  std::string email;
  std::string phone;
};

struct ShopperContext {
  Customer customer;
  std::vector<Order> orders;  // most recently placed first
  bool known() const { return !customer.firstName.empty() || !customer.name.empty() || !orders.empty(); }
};

struct ContextIssue {
  std::string pointer;  // where in the context object, e.g. /orders/1/placed_at
  std::string message;
};

struct ParsedContext {
  ShopperContext context;
  std::vector<ContextIssue> issues;
};

struct ContextLimits {
  std::size_t maxOrders = 50;
  std::size_t maxItems = 100;
  std::size_t maxTextChars = 300;
  std::size_t maxBytes = 512u * 1024u;
};

// From an already parsed object (setContext) or from text (data-context-url).
ParsedContext parseShopperContext(const nlohmann::json& value, const ContextLimits& limits = {});
ParsedContext parseShopperContextText(std::string_view text, const ContextLimits& limits = {});

// The statuses the rules and the panel understand.
const std::vector<std::string>& knownOrderStatuses();
const std::vector<std::string>& knownPaymentStatuses();
const std::vector<std::string>& knownRefundStatuses();

}  // namespace hw
