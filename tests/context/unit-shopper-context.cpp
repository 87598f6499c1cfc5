// The shopper context from the host page: valid parts used, invalid parts
// dropped and reported with their path, never a failure of the whole.
#include <catch_amalgamated.hpp>

#include <string>

#include "core/context/shopper_context.h"

using hw::parseShopperContext;
using hw::parseShopperContextText;
using nlohmann::json;

namespace {

const char* kFull = R"({
  "customer": {"first_name": "Mia", "name": "Mia Chen", "email": "mia@example.com"},
  "orders": [
    {"id": "SO-1001", "placed_at": "2026-10-01T10:00:00Z", "status": "delivered",
     "items": [{"id": "sku-1", "name": "Trail shoes", "category": "shoes", "quantity": 2}],
     "shipment": {"carrier": "DHL", "tracking": "JD0001", "tracking_url": "https://track.example/JD0001",
                  "shipped_at": "2026-10-02T08:00:00Z", "eta": "2026-10-05", "delivered_at": "2026-10-04T15:00:00+02:00"},
     "payment": {"status": "paid"}, "total": {"amount": 89.5, "currency": "EUR"}},
    {"id": "SO-1042", "placed_at": "2026-11-18T09:30:00+08:00", "status": "processing",
     "payment": {"status": "failed"}, "refund": {"status": "pending", "amount": {"amount": 10, "currency": "EUR"}}}
  ]
})";

bool hasIssue(const hw::ParsedContext& parsed, const std::string& pointer) {
  for (const auto& issue : parsed.issues)
    if (issue.pointer == pointer) return true;
  return false;
}

}  // namespace

TEST_CASE("A full context is read with newest orders first", "[context]") {
  auto parsed = parseShopperContext(json::parse(kFull));
  CHECK(parsed.issues.empty());
  const auto& ctx = parsed.context;
  CHECK(ctx.customer.firstName == "Mia");
  REQUIRE(ctx.orders.size() == 2);
  CHECK(ctx.orders[0].id == "SO-1042");
  CHECK(ctx.orders[0].paymentStatus == "failed");
  REQUIRE(ctx.orders[0].refund);
  CHECK(ctx.orders[0].refund->status == "pending");
  const auto& delivered = ctx.orders[1];
  CHECK(delivered.status == "delivered");
  REQUIRE(delivered.items.size() == 1);
  CHECK(delivered.items[0].quantity == 2);
  CHECK(delivered.items[0].category == "shoes");
  REQUIRE(delivered.shipment);
  CHECK(delivered.shipment->trackingUrl == "https://track.example/JD0001");
  REQUIRE(delivered.shipment->deliveredAt);
  CHECK(delivered.shipment->deliveredAt->offsetMinutes == 120);
  REQUIRE(delivered.total);
  CHECK(delivered.total->amount == 89.5);
  CHECK(delivered.total->currency == "EUR");
  CHECK(ctx.known());
}

TEST_CASE("No context, or an empty one, is a valid unknown shopper", "[context]") {
  auto parsed = parseShopperContext(json::object());
  CHECK(parsed.issues.empty());
  CHECK_FALSE(parsed.context.known());
  CHECK(parseShopperContext(json::parse(R"({"orders": []})")).issues.empty());
}

TEST_CASE("Invalid fields are dropped with their path; the rest is kept", "[context]") {
  auto parsed = parseShopperContext(json::parse(R"J({
    "customer": {"first_name": 42, "name": "Li Lei"},
    "orders": [
      {"id": "A-1", "placed_at": "last Tuesday", "status": "shipped",
       "shipment": {"tracking_url": "javascript:alert(1)", "eta": "2026-02-30", "carrier": "SF"},
       "total": {"amount": "12", "currency": "CNY"}, "payment": {"status": "maybe"}},
      {"placed_at": "2026-11-01T00:00:00Z", "status": "shipped"},
      "SO-3",
      {"id": "A-2", "status": "teleported", "items": [{"name": "Mug"}, {"id": "x"}, 7]}
    ]
  })J"));
  const auto& ctx = parsed.context;
  CHECK(ctx.customer.firstName.empty());
  CHECK(ctx.customer.name == "Li Lei");
  REQUIRE(ctx.orders.size() == 2);
  // Orders without a valid date keep the order the host gave them.
  const hw::Order* a1 = &ctx.orders[0];
  CHECK(a1->id == "A-1");
  CHECK(a1->status == "shipped");
  CHECK_FALSE(a1->placedAt);
  REQUIRE(a1->shipment);
  CHECK(a1->shipment->carrier == "SF");
  CHECK(a1->shipment->trackingUrl.empty());
  CHECK_FALSE(a1->shipment->eta);
  CHECK_FALSE(a1->total);
  CHECK(a1->paymentStatus.empty());
  const hw::Order* a2 = &ctx.orders[1];
  CHECK(a2->status.empty());
  REQUIRE(a2->items.size() == 1);
  CHECK(a2->items[0].name == "Mug");
  for (const char* pointer :
       {"/customer/first_name", "/orders/0/placed_at", "/orders/0/shipment/tracking_url",
        "/orders/0/shipment/eta", "/orders/0/total/amount", "/orders/0/payment/status",
        "/orders/1/id", "/orders/2", "/orders/3/status", "/orders/3/items/1/name",
        "/orders/3/items/2"}) {
    CAPTURE(pointer);
    CHECK(hasIssue(parsed, pointer));
  }
}

TEST_CASE("Messages name the problem in words an integrator understands", "[context]") {
  auto parsed = parseShopperContext(json::parse(R"({"orders":[{"id":"A","status":"lost"}]})"));
  REQUIRE(parsed.issues.size() == 1);
  CHECK(parsed.issues[0].message ==
        "unknown order status \"lost\" (expected one of: pending, processing, shipped, delivered, cancelled, returned)");
}

TEST_CASE("Wrong top-level shapes are reported, not fatal", "[context]") {
  auto notObject = parseShopperContext(json::parse("[1,2]"));
  CHECK_FALSE(notObject.context.known());
  REQUIRE(notObject.issues.size() == 1);
  CHECK(notObject.issues[0].pointer.empty());
  auto ordersNotArray = parseShopperContext(json::parse(R"({"customer":{"name":"A"},"orders":{}})"));
  CHECK(ordersNotArray.context.customer.name == "A");
  CHECK(hasIssue(ordersNotArray, "/orders"));
}

TEST_CASE("Text contexts report syntax errors with line and column", "[context]") {
  auto parsed = parseShopperContextText("{\"orders\": [\n  {\"id\": }\n]}");
  REQUIRE(parsed.issues.size() == 1);
  CHECK_THAT(parsed.issues[0].message, Catch::Matchers::ContainsSubstring("line 2"));
  CHECK_FALSE(parsed.context.known());
  CHECK(parseShopperContextText(kFull).issues.empty());
}

TEST_CASE("Hostile sizes are capped", "[context]") {
  json ctx;
  ctx["customer"]["name"] = std::string(5000, 'x');
  for (int i = 0; i < 80; ++i)
    ctx["orders"].push_back({{"id", "O-" + std::to_string(i)}, {"status", "pending"}});
  auto parsed = parseShopperContext(ctx);
  CHECK(parsed.context.customer.name.empty());
  CHECK(parsed.context.orders.size() == 50);
  CHECK(hasIssue(parsed, "/customer/name"));
  CHECK(hasIssue(parsed, "/orders"));
  auto big = parseShopperContextText(std::string(600 * 1024, ' '));
  REQUIRE_FALSE(big.issues.empty());
}

TEST_CASE("Chinese and emoji names are kept as written", "[context]") {
  auto parsed = parseShopperContext(json::parse(R"({"customer":{"first_name":"小明 🎉"}})"));
  CHECK(parsed.issues.empty());
  CHECK(parsed.context.customer.firstName == "小明 🎉");
}
