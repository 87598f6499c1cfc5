// Facts about one order at one moment: day counts in the shopper's zone,
// lateness with and without an ETA, the return window's last day.
#include <catch_amalgamated.hpp>

#include "core/rules/order_facts.h"

using hw::Clock;
using hw::FactValue;
using hw::Order;

namespace {

hw::Instant at(const char* text) {
  auto parsed = hw::parseIsoTime(text);
  REQUIRE(parsed);
  return *parsed;
}

Clock clockAt(const char* now, int offsetMinutes = 0) {
  return Clock{at(now).unixSeconds, offsetMinutes};
}

double number(const FactValue& value) {
  REQUIRE(value.kind == FactValue::Kind::Number);
  return value.number;
}

bool boolean(const FactValue& value) {
  REQUIRE(value.kind == FactValue::Kind::Boolean);
  return value.boolean;
}

Order shipped(const char* shippedAt, const char* eta = nullptr) {
  Order order;
  order.id = "A-1";
  order.status = "shipped";
  order.shipment = hw::Shipment{};
  order.shipment->shippedAt = at(shippedAt);
  if (eta) order.shipment->eta = at(eta);
  return order;
}

const hw::RuleSet kSettings;  // 5 standard delivery days, 30-day returns

FactValue fact(const char* name, const Order& order, const Clock& clock) {
  return hw::orderFact(name, order, clock, kSettings, true);
}

}  // namespace

TEST_CASE("Late means past the ETA, or past the standard time without one", "[facts]") {
  const Clock now = clockAt("2026-11-23T10:00:00Z");
  CHECK(number(fact("days_late", shipped("2026-11-12T08:00:00Z", "2026-11-19"), now)) == 4);
  CHECK(number(fact("days_past_eta", shipped("2026-11-12T08:00:00Z", "2026-11-19"), now)) == 4);
  CHECK(number(fact("days_late", shipped("2026-11-21T08:00:00Z", "2026-11-25"), now)) == 0);
  CHECK(number(fact("days_past_eta", shipped("2026-11-21T08:00:00Z", "2026-11-25"), now)) == -2);
  // No ETA: 8 days since shipping against a 5-day standard.
  CHECK(number(fact("days_late", shipped("2026-11-15T08:00:00Z"), now)) == 3);
  CHECK(number(fact("days_since_shipped", shipped("2026-11-15T08:00:00Z"), now)) == 8);
  Order delivered = shipped("2026-11-12T08:00:00Z", "2026-11-19");
  delivered.shipment->deliveredAt = at("2026-11-22T12:00:00Z");
  CHECK(fact("days_late", delivered, now).kind == FactValue::Kind::Missing);
  CHECK(boolean(fact("delivered", delivered, now)));
}

TEST_CASE("Day counts follow the shopper's clock, not UTC", "[facts]") {
  Order order = shipped("2026-11-20T23:30:00+08:00");
  // 00:30 on the 21st in Shanghai is still the 20th in UTC.
  CHECK(number(fact("days_since_shipped", order, clockAt("2026-11-21T00:30:00+08:00", 480))) == 1);
  CHECK(number(fact("days_since_shipped", order, clockAt("2026-11-21T00:30:00+08:00", 0))) == 0);
}

TEST_CASE("The return window is open through its last day", "[facts]") {
  Order order;
  order.id = "A-2";
  order.status = "delivered";
  order.shipment = hw::Shipment{};
  order.shipment->deliveredAt = at("2028-01-30T18:00:00Z");
  // 30 days after Jan 30 in a leap year is Feb 29.
  CHECK(boolean(fact("return_window_open", order, clockAt("2028-02-29T23:59:00Z"))));
  CHECK_FALSE(boolean(fact("return_window_open", order, clockAt("2028-03-01T00:01:00Z"))));
  order.returnBy = at("2028-02-10T00:00:00Z");
  CHECK_FALSE(boolean(fact("return_window_open", order, clockAt("2028-02-11T08:00:00Z"))));
  CHECK(boolean(fact("return_window_open", order, clockAt("2028-02-10T22:00:00Z"))));
  Order notDelivered = shipped("2028-01-30T18:00:00Z");
  CHECK_FALSE(boolean(fact("return_window_open", notDelivered, clockAt("2028-02-01T00:00:00Z"))));
}

TEST_CASE("Missing data gives missing facts, not false ones", "[facts]") {
  Order bare;
  bare.id = "A-3";
  const Clock now = clockAt("2026-11-23T10:00:00Z");
  for (const char* name : {"status", "payment_status", "refund_status", "days_since_placed",
                           "days_since_shipped", "days_since_delivered", "days_past_eta",
                           "days_late", "delivered", "order_total", "currency"}) {
    CAPTURE(name);
    CHECK(fact(name, bare, now).kind == FactValue::Kind::Missing);
  }
  CHECK_FALSE(boolean(fact("has_tracking", bare, now)));
  CHECK(number(fact("item_count", bare, now)) == 0);
}

TEST_CASE("Items, totals and tracking are facts too", "[facts]") {
  Order order = shipped("2026-11-20T08:00:00Z");
  order.items = {{"s1", "Shoes", "shoes", 2}, {"s2", "Socks", "apparel", 1}, {"s3", "Laces", "shoes", 1}};
  order.total = hw::Money{99.5, "EUR"};
  order.shipment->tracking = "JD1";
  const Clock now = clockAt("2026-11-23T10:00:00Z");
  const FactValue categories = fact("item_categories", order, now);
  REQUIRE(categories.kind == FactValue::Kind::List);
  CHECK(categories.list == std::vector<std::string>{"shoes", "apparel"});
  CHECK(number(fact("item_count", order, now)) == 4);
  CHECK(number(fact("order_total", order, now)) == 99.5);
  CHECK(fact("currency", order, now).text == "EUR");
  CHECK(boolean(fact("has_tracking", order, now)));
  CHECK(boolean(hw::orderFact("is_latest_order", order, now, kSettings, true)));
  CHECK_FALSE(boolean(hw::orderFact("is_latest_order", order, now, kSettings, false)));
}

TEST_CASE("Placeholders are formatted for the locale", "[facts]") {
  Order order = shipped("2026-11-22T08:00:00Z", "2026-11-24");
  order.items = {{"s1", "跑鞋", "shoes", 1}, {"s2", "袜子", "apparel", 1}};
  order.total = hw::Money{299, "CNY"};
  hw::Customer customer;
  customer.firstName = "小明 🎉";
  const Clock now = clockAt("2026-11-23T10:00:00Z");
  auto valueOf = [](const auto& values, const char* name) {
    for (const auto& [key, value] : values)
      if (key == name) return value;
    return std::string("<none>");
  };
  const auto zh = hw::cardPlaceholders(order, customer, now, kSettings, "zh-CN");
  CHECK(valueOf(zh, "first_name") == "小明 🎉");
  CHECK(valueOf(zh, "item_name") == "跑鞋 及另外 1 件商品");
  CHECK(valueOf(zh, "shipped_on") == "昨天");
  CHECK(valueOf(zh, "eta") == "明天");
  CHECK(valueOf(zh, "total") == "¥299.00");
  const auto en = hw::cardPlaceholders(order, customer, now, kSettings, "en");
  CHECK(valueOf(en, "item_name") == "跑鞋 and 1 more");
  CHECK(valueOf(en, "shipped_on") == "yesterday");
  CHECK(valueOf(en, "placed_on") == "<none>");
  CHECK(valueOf(en, "days_late") == "<none>");
  Order late = shipped("2026-11-10T08:00:00Z", "2026-11-22");
  const auto lateEn = hw::cardPlaceholders(late, customer, now, kSettings, "en");
  CHECK(valueOf(lateEn, "days_late") == "1 day");
  CHECK(valueOf(lateEn, "shipped_on") == "on Nov 10");
  Order lastYear = shipped("2025-12-30T08:00:00Z");
  CHECK(valueOf(hw::cardPlaceholders(lastYear, customer, now, kSettings, "en"), "shipped_on") == "on Dec 30, 2025");
  CHECK(valueOf(hw::cardPlaceholders(lastYear, customer, now, kSettings, "zh-CN"), "shipped_on") == "2025年12月30日");
}
