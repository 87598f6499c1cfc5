#include "core/rules/order_facts.h"

#include <algorithm>

#include "core/context/locale_format.h"

namespace hw {

namespace {

std::optional<std::int64_t> daysSince(const std::optional<Instant>& when, const Clock& clock) {
  if (!when) return std::nullopt;
  return calendarDaysBetween(when->unixSeconds, clock.nowUnix, clock.offsetMinutes);
}

const Shipment* shipmentOf(const Order& order) {
  return order.shipment ? &*order.shipment : nullptr;
}

// Delivered when the carrier says so or the shop's status does; unknown
// when the shop sent neither a status nor a shipment.
std::optional<bool> isDelivered(const Order& order) {
  const Shipment* shipment = shipmentOf(order);
  if (shipment && shipment->deliveredAt) return true;
  if (order.status.empty() && !shipment) return std::nullopt;
  return order.status == "delivered";
}

// Days beyond the promised date: the ETA when the carrier gave one, else
// the shop's standard delivery time after shipping. Not late once delivered.
std::optional<std::int64_t> daysLate(const Order& order, const Clock& clock,
                                     const RuleSet& settings) {
  if (isDelivered(order).value_or(false)) return std::nullopt;
  const Shipment* shipment = shipmentOf(order);
  if (!shipment) return std::nullopt;
  if (auto pastEta = daysSince(shipment->eta, clock)) return std::max<std::int64_t>(0, *pastEta);
  if (auto shipped = daysSince(shipment->shippedAt, clock))
    return std::max<std::int64_t>(0, *shipped - settings.standardDeliveryDays);
  return std::nullopt;
}

// The last day a return is accepted, as a time: the shop's own return_by,
// else delivery day + the content's return window.
std::optional<std::int64_t> returnDeadline(const Order& order, const RuleSet& settings) {
  if (order.returnBy) return order.returnBy->unixSeconds;
  const Shipment* shipment = shipmentOf(order);
  if (!shipment || !shipment->deliveredAt) return std::nullopt;
  return shipment->deliveredAt->unixSeconds +
         static_cast<std::int64_t>(settings.returnWindowDays) * 86400;
}

FactValue days(std::optional<std::int64_t> value) {
  return value ? FactValue::of(static_cast<double>(*value)) : FactValue::missing();
}

FactValue text(const std::string& value) {
  return value.empty() ? FactValue::missing() : FactValue::of(value);
}

}  // namespace

FactValue orderFact(std::string_view name, const Order& order, const Clock& clock,
                    const RuleSet& settings, bool latestOrder) {
  const Shipment* shipment = shipmentOf(order);
  if (name == "status") return text(order.status);
  if (name == "payment_status") return text(order.paymentStatus);
  if (name == "refund_status") return order.refund ? text(order.refund->status) : FactValue::missing();
  if (name == "days_since_placed") return days(daysSince(order.placedAt, clock));
  if (name == "days_since_shipped") return shipment ? days(daysSince(shipment->shippedAt, clock)) : FactValue::missing();
  if (name == "days_since_delivered") return shipment ? days(daysSince(shipment->deliveredAt, clock)) : FactValue::missing();
  if (name == "days_past_eta") return shipment ? days(daysSince(shipment->eta, clock)) : FactValue::missing();
  if (name == "days_late") return days(daysLate(order, clock, settings));
  if (name == "delivered") {
    auto delivered = isDelivered(order);
    return delivered ? FactValue::of(*delivered) : FactValue::missing();
  }
  if (name == "has_tracking")
    return FactValue::of(shipment != nullptr &&
                         (!shipment->tracking.empty() || !shipment->trackingUrl.empty()));
  if (name == "return_window_open") {
    if (!isDelivered(order).value_or(false)) return FactValue::of(false);
    auto deadline = returnDeadline(order, settings);
    if (!deadline) return FactValue::missing();
    // Open through the whole last day, as the shopper counts days.
    return FactValue::of(localDay(clock.nowUnix, clock.offsetMinutes) <=
                         localDay(*deadline, clock.offsetMinutes));
  }
  if (name == "item_categories") {
    std::vector<std::string> categories;
    for (const OrderItem& item : order.items)
      if (!item.category.empty() &&
          std::find(categories.begin(), categories.end(), item.category) == categories.end())
        categories.push_back(item.category);
    return FactValue::of(std::move(categories));
  }
  if (name == "item_count") {
    int count = 0;
    for (const OrderItem& item : order.items) count += item.quantity;
    return FactValue::of(count);
  }
  if (name == "order_total") return order.total ? FactValue::of(order.total->amount) : FactValue::missing();
  if (name == "currency") return order.total ? text(order.total->currency) : FactValue::missing();
  if (name == "is_latest_order") return FactValue::of(latestOrder);
  return FactValue::missing();
}

std::vector<std::pair<std::string, std::string>> cardPlaceholders(
    const Order& order, const Customer& customer, const Clock& clock, const RuleSet& settings,
    std::string_view locale) {
  std::vector<std::pair<std::string, std::string>> values;
  auto add = [&](const char* name, std::string value) {
    if (!value.empty()) values.emplace_back(name, std::move(value));
  };
  auto day = [&](const std::optional<Instant>& when) {
    return when ? formatDay(when->unixSeconds, clock.nowUnix, clock.offsetMinutes, locale, true)
                : std::string();
  };
  add("first_name", customer.firstName.empty() ? customer.name : customer.firstName);
  add("order_id", order.id);
  add("item_name", formatItemSummary(order, locale));
  int count = 0;
  for (const OrderItem& item : order.items) count += item.quantity;
  if (count > 0) add("item_count", std::to_string(count));
  if (auto late = daysLate(order, clock, settings); late && *late > 0)
    add("days_late", formatDayCount(*late, locale));
  if (const Shipment* shipment = shipmentOf(order)) {
    add("carrier", shipment->carrier);
    add("eta", day(shipment->eta));
    add("shipped_on", day(shipment->shippedAt));
    add("delivered_on", day(shipment->deliveredAt));
  }
  add("placed_on", day(order.placedAt));
  if (auto deadline = returnDeadline(order, settings))
    add("return_by", formatDay(*deadline, clock.nowUnix, clock.offsetMinutes, locale));
  if (order.total) add("total", formatMoney(*order.total, locale));
  if (order.refund && order.refund->amount) add("refund_amount", formatMoney(*order.refund->amount, locale));
  return values;
}

}  // namespace hw
