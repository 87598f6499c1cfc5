// Tests for turning tickets into JSON and back.
#include <catch_amalgamated.hpp>

#include "tickets/ticket_samples.h"

using namespace hw;
using nlohmann::json;

namespace {

Ticket roundTrip(const Ticket& ticket) {
  const auto parsed = parseTicket(serializeTicket(ticket));
  for (const auto& error : parsed.errors) FAIL_CHECK(error.describe());
  REQUIRE(parsed.ok());
  return parsed.value;
}

}  // namespace

TEST_CASE("a full ticket serializes to the documented shape", "[tickets][ticket]") {
  const json value = ticketToJson(test::fullTicket());
  CHECK(value["schema_version"] == 1);
  CHECK(value["reference"] == test::fullTicket().reference);
  CHECK(value["form_id"] == "wrong-item");
  CHECK(value["locale"] == "en");
  CHECK(value["created_at"] == "2026-11-23T10:15:00+01:00");
  CHECK(value["page_url"] == "https://shop.example/orders/SO-1042");
  CHECK(value["widget_version"] == "0.1.0");
  CHECK(value["answers"]["quantity"] == 2);
  CHECK(value["answers"]["quantity"].is_number_integer());  // whole numbers stay whole
  CHECK(value["answers"]["keep_item"] == false);
  CHECK(value["answers"]["issues"] == json::array({"broken", "late"}));
  CHECK(value["order"]["total"]["amount"] == 49.9);
  CHECK(value["order"]["total"]["currency"] == "EUR");
  CHECK(value["order"]["items"][0]["quantity"] == 2);
  CHECK(value["customer"]["email"] == "ada@example.com");
  CHECK(value["attachments"][0]["type"] == "image/jpeg");
  CHECK(value["attachments"][0]["size"] == 48213);
}

TEST_CASE("optional parts are left out, not written empty", "[tickets][ticket]") {
  const json value = ticketToJson(test::minimalTicket());
  CHECK_FALSE(value.contains("page_url"));
  CHECK_FALSE(value.contains("order"));
  CHECK_FALSE(value.contains("customer"));
  CHECK(value["attachments"] == json::array());
  Ticket partial = test::minimalTicket();
  partial.customer = TicketCustomer{"", "a@b.example", ""};
  const json withEmail = ticketToJson(partial);
  CHECK(withEmail["customer"] == json{{"email", "a@b.example"}});
}

TEST_CASE("tickets survive a round trip through JSON text", "[tickets][ticket]") {
  const Ticket full = test::fullTicket();
  const Ticket back = roundTrip(full);
  CHECK(back.reference == full.reference);
  CHECK(back.formId == full.formId);
  CHECK(back.createdAt == full.createdAt);
  CHECK(back.pageUrl == full.pageUrl);
  CHECK(back.answers == full.answers);
  REQUIRE(back.order.has_value());
  CHECK(back.order->items.size() == 1);
  CHECK(back.order->items[0].name == "Mug");
  CHECK(back.order->total->amount == 49.9);
  REQUIRE(back.customer.has_value());
  CHECK(back.customer->phone == full.customer->phone);
  REQUIRE(back.attachments.size() == 1);
  CHECK(back.attachments[0].name == "mug.jpg");
  CHECK(serializeTicket(back) == serializeTicket(full));

  const Ticket minimal = roundTrip(test::minimalTicket());
  CHECK(minimal.answers == test::minimalTicket().answers);
  CHECK_FALSE(minimal.order.has_value());
}

TEST_CASE("hostile text is kept exactly", "[tickets][ticket]") {
  Ticket ticket = test::minimalTicket();
  ticket.answers["message"] = std::string(
      "<script>alert(1)</script> \"quotes\" & \xE2\x80\xAE\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D "
      "\xF0\x9F\x91\x8D \\ \n\t\x01");
  ticket.answers["long"] = std::string(ticket_limits::kMaxAnswerChars, 'x');
  CHECK(roundTrip(ticket).answers == ticket.answers);
}

TEST_CASE("timestamps must carry an offset and real calendar values", "[tickets][ticket]") {
  CHECK(isIsoTimestampWithOffset("2026-11-23T10:15:00Z"));
  CHECK(isIsoTimestampWithOffset("2026-11-23T10:15:00.123+01:00"));
  CHECK(isIsoTimestampWithOffset("2024-02-29T23:59:59-05:30"));
  CHECK_FALSE(isIsoTimestampWithOffset("2026-11-23T10:15:00"));
  CHECK_FALSE(isIsoTimestampWithOffset("2026-11-23 10:15:00Z"));
  CHECK_FALSE(isIsoTimestampWithOffset("2026-13-01T00:00:00Z"));
  CHECK_FALSE(isIsoTimestampWithOffset("2026-02-30T00:00:00Z"));
  CHECK_FALSE(isIsoTimestampWithOffset("2025-02-29T00:00:00Z"));
  CHECK_FALSE(isIsoTimestampWithOffset("2026-11-23T24:00:00Z"));
  CHECK_FALSE(isIsoTimestampWithOffset("2026-11-23T10:15:00+1:00"));
  CHECK_FALSE(isIsoTimestampWithOffset("2026-11-23T10:15:00.Z"));
  CHECK_FALSE(isIsoTimestampWithOffset(""));
}
