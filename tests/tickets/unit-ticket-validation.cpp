// Tests for ticket validation: every rule reports its JSON pointer.
#include <catch_amalgamated.hpp>

#include <functional>
#include <limits>

#include "tickets/ticket_samples.h"

using namespace hw;
using nlohmann::json;

namespace {

struct Case {
  const char* name;
  std::function<void(json&)> mutate;
  const char* pointer;
  const char* messagePart;
};

std::vector<ContentError> errorsAfter(const std::function<void(json&)>& mutate) {
  json value = ticketToJson(test::fullTicket());
  mutate(value);
  return parseTicket(value.dump()).errors;
}

}  // namespace

TEST_CASE("each rule names the offending value", "[tickets][validation]") {
  using namespace ticket_limits;
  const std::string longAnswer(kMaxAnswerChars + 1, 'x');
  const std::vector<Case> cases = {
      {"missing reference", [](json& v) { v.erase("reference"); }, "", "missing required property \"reference\""},
      {"missing answers", [](json& v) { v.erase("answers"); }, "", "\"answers\""},
      {"missing widget_version", [](json& v) { v.erase("widget_version"); }, "", "\"widget_version\""},
      {"schema version", [](json& v) { v["schema_version"] = 2; }, "/schema_version", "1"},
      {"bad reference", [](json& v) { v["reference"] = "HW-000-000-001"; }, "/reference", "reference"},
      {"lowercase reference", [](json& v) { v["reference"] = "hw-000-000-000"; }, "/reference", "canonical"},
      {"form id type", [](json& v) { v["form_id"] = 12; }, "/form_id", "must be a string, not a number"},
      {"form id shape", [](json& v) { v["form_id"] = "Wrong Item"; }, "/form_id", "id"},
      {"locale", [](json& v) { v["locale"] = "english!"; }, "/locale", "language tag"},
      {"created_at offset", [](json& v) { v["created_at"] = "2026-11-23T10:15:00"; }, "/created_at", "offset"},
      {"page url scheme", [](json& v) { v["page_url"] = "javascript:alert(1)"; }, "/page_url", "http"},
      {"page url length", [](json& v) { v["page_url"] = "https://x.example/" + std::string(kMaxUrlChars, 'a'); }, "/page_url", "longer than"},
      {"empty widget version", [](json& v) { v["widget_version"] = ""; }, "/widget_version", "empty"},
      {"unknown property", [](json& v) { v["extra"] = 1; }, "/extra", "unknown property"},
      {"answers type", [](json& v) { v["answers"] = json::array(); }, "/answers", "must be an object"},
      {"answer key", [](json& v) { v["answers"]["Bad Key"] = "x"; }, "/answers/Bad Key", "field id"},
      {"answer too long", [&](json& v) { v["answers"]["description"] = longAnswer; }, "/answers/description", "longer than 10000"},
      {"answer null", [](json& v) { v["answers"]["email"] = nullptr; }, "/answers/email", "string, number, boolean or list of strings"},
      {"answer object", [](json& v) { v["answers"]["email"] = json::object(); }, "/answers/email", "string, number, boolean"},
      {"answer list item", [](json& v) { v["answers"]["issues"][1] = 3; }, "/answers/issues/1", "must be a string"},
      {"answer list size", [](json& v) { v["answers"]["issues"] = json::array(); for (std::size_t i = 0; i <= kMaxChoices; ++i) v["answers"]["issues"].push_back("c"); }, "/answers/issues", "more than 50"},
      {"too many answers", [](json& v) { for (std::size_t i = 0; i <= kMaxAnswers; ++i) v["answers"]["f" + std::to_string(i)] = "x"; }, "/answers", "more than 100"},
      {"order type", [](json& v) { v["order"] = "SO-1"; }, "/order", "must be an object"},
      {"order id", [](json& v) { v["order"].erase("id"); }, "/order", "\"id\""},
      {"order currency", [](json& v) { v["order"]["total"]["currency"] = "euro"; }, "/order/total/currency", "ISO 4217"},
      {"order amount", [](json& v) { v["order"]["total"]["amount"] = -1; }, "/order/total/amount", "negative"},
      {"item quantity", [](json& v) { v["order"]["items"][0]["quantity"] = 0; }, "/order/items/0/quantity", "whole number"},
      {"item quantity fraction", [](json& v) { v["order"]["items"][0]["quantity"] = 1.5; }, "/order/items/0/quantity", "whole number"},
      {"item unknown", [](json& v) { v["order"]["items"][0]["price"] = 1; }, "/order/items/0/price", "unknown property"},
      {"customer email", [](json& v) { v["customer"]["email"] = "not an email"; }, "/customer/email", "e-mail"},
      {"customer phone", [](json& v) { v["customer"]["phone"] = std::string(kMaxPhoneChars + 1, '1'); }, "/customer/phone", "longer than"},
      {"attachments type", [](json& v) { v["attachments"] = json::object(); }, "/attachments", "must be an array"},
      {"attachment mime", [](json& v) { v["attachments"][0]["type"] = "text/html"; }, "/attachments/0/type", "image/jpeg, image/png, image/webp or application/pdf"},
      {"attachment size", [](json& v) { v["attachments"][0]["size"] = kMaxAttachmentBytes + 1; }, "/attachments/0/size", "5242880"},
      {"attachment name", [](json& v) { v["attachments"][0]["name"] = "../../etc/passwd"; }, "/attachments/0/name", "folder"},
      {"too many attachments", [](json& v) { for (std::size_t i = 0; i < kMaxAttachments; ++i) v["attachments"].push_back(v["attachments"][0]); }, "/attachments", "more than 5"},
      {"attachments total", [](json& v) { json one = v["attachments"][0]; one["size"] = kMaxAttachmentBytes; v["attachments"] = json::array({one, one, one}); }, "/attachments", "together"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const auto errors = errorsAfter(c.mutate);
    REQUIRE_FALSE(errors.empty());
    CHECK(errors.front().pointer == c.pointer);
    CHECK_THAT(errors.front().message, Catch::Matchers::ContainsSubstring(c.messagePart));
    CHECK(errors.front().code == ContentErrorCode::Schema);
  }
}

TEST_CASE("every error is reported, not only the first", "[tickets][validation]") {
  const auto errors = errorsAfter([](json& v) {
    v["form_id"] = 1;
    v["locale"] = 2;
    v["answers"]["email"] = nullptr;
    v["attachments"][0]["type"] = "text/html";
  });
  REQUIRE(errors.size() == 4);
  CHECK(errors[0].pointer == "/form_id");
  CHECK(errors[1].pointer == "/locale");
  CHECK(errors[2].pointer == "/answers/email");
  CHECK(errors[3].pointer == "/attachments/0/type");
}

TEST_CASE("errors carry line:column in the text", "[tickets][validation]") {
  const std::string text = ticketToJson(test::minimalTicket()).dump(2);
  json value = json::parse(text);
  value["answers"]["message"] = nullptr;
  const auto parsed = parseTicket(value.dump(2), "ticket.json");
  REQUIRE(parsed.errors.size() == 1);
  CHECK(parsed.errors[0].pointer == "/answers/message");
  CHECK(parsed.errors[0].position.line > 1);
  CHECK_THAT(parsed.errors[0].describe(), Catch::Matchers::StartsWith("ticket.json:"));
}

TEST_CASE("bytes that are not a JSON ticket are refused with a reason", "[tickets][validation]") {
  CHECK(parseTicket("").errors.at(0).code == ContentErrorCode::Empty);
  CHECK(parseTicket("{\"a\":").errors.at(0).code == ContentErrorCode::Syntax);
  CHECK(parseTicket("[]").errors.at(0).message == "a ticket must be a JSON object");
  CHECK(parseTicket("\"x\"").errors.at(0).pointer.empty());
  std::string invalid = serializeTicket(test::minimalTicket());
  invalid.insert(invalid.find("你好"), "\xFF");
  CHECK(parseTicket(invalid).errors.at(0).code == ContentErrorCode::InvalidUtf8);
  CHECK(parseTicket(std::string(ticket_limits::kMaxBytes + 1, ' ') + "{}").errors.at(0).code ==
        ContentErrorCode::TooLarge);
  CHECK(parseTicket(std::string(100, '[') + std::string(100, ']')).errors.at(0).code ==
        ContentErrorCode::TooDeep);
}

TEST_CASE("answers count characters, not bytes", "[tickets][validation]") {
  Ticket ticket = test::minimalTicket();
  std::string chinese;
  for (std::size_t i = 0; i < ticket_limits::kMaxAnswerChars; ++i) chinese += "好";
  ticket.answers["message"] = chinese;  // 30,000 bytes, 10,000 characters
  CHECK(validateTicket(ticket).empty());
  std::get<std::string>(ticket.answers["message"]) += "好";
  CHECK(validateTicket(ticket).size() == 1);
}

TEST_CASE("numbers must be finite and answers may be whole or fractional", "[tickets][validation]") {
  Ticket ticket = test::minimalTicket();
  ticket.answers["rating"] = 4.5;
  ticket.answers["count"] = 3.0;
  CHECK(validateTicket(ticket).empty());
  ticket.answers["count"] = std::numeric_limits<double>::infinity();
  const auto errors = validateTicket(ticket);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].pointer == "/answers/count");
}

TEST_CASE("a ticket built in code is checked by the same rules", "[tickets][validation]") {
  CHECK(validateTicket(test::fullTicket()).empty());
  Ticket bad = test::fullTicket();
  bad.reference = "HW-7K3-M9Q-XDZ";
  bad.attachments[0].type = "image/gif";
  const auto errors = validateTicket(bad);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].pointer == "/reference");
  CHECK(errors[1].pointer == "/attachments/0/type");
}
