// Keeps assets/schemas/ticket.schema.json and the validator in step: the
// schema is the published contract, the code is what the server enforces.
#include <catch_amalgamated.hpp>

#include <regex>

#include "test_files.h"
#include "tickets/ticket_samples.h"

#include "core/json_document.h"

using namespace hw;
using nlohmann::json;
namespace limits = hw::ticket_limits;

namespace {

json loadSchema() {
  const std::string text = test::readRepoFile("assets/schemas/ticket.schema.json");
  auto parsed = parseJsonDocument(text, "ticket.schema.json");
  REQUIRE(parsed.ok());
  return parsed.value;
}

const json& at(const json& schema, const char* pointer) {
  const json::json_pointer path(pointer);
  if (!schema.contains(path)) FAIL("schema lacks " << pointer);
  return schema[path];
}

std::int64_t number(const json& schema, const char* pointer) {
  const json& value = at(schema, pointer);
  REQUIRE(value.is_number_integer());
  return value.get<std::int64_t>();
}

bool matches(const json& schema, const char* pointer, const std::string& text) {
  return std::regex_search(text, std::regex(at(schema, pointer).get<std::string>(),
                                            std::regex::ECMAScript));
}

}  // namespace

TEST_CASE("the schema requires exactly what the code requires", "[tickets][schema]") {
  const json schema = loadSchema();
  std::vector<std::string> required(std::begin(kTicketRequired), std::end(kTicketRequired));
  CHECK(at(schema, "/required").get<std::vector<std::string>>() == required);
  CHECK(at(schema, "/additionalProperties") == false);
  CHECK(number(schema, "/properties/schema_version/const") == kTicketSchemaVersion);
  // Each required property, removed, is reported by the code.
  for (const std::string& key : required) {
    json ticket = ticketToJson(test::fullTicket());
    ticket.erase(key);
    const auto errors = ticketFromJson(ticket).errors;
    REQUIRE(errors.size() == 1);
    CHECK_THAT(errors[0].message, Catch::Matchers::ContainsSubstring("\"" + key + "\""));
  }
  // Every property the schema lists is accepted by the code.
  const json full = ticketToJson(test::fullTicket());
  for (const auto& item : at(schema, "/properties").items())
    if (item.key() != "$schema") CHECK(full.contains(item.key()));
  CHECK(at(schema, "/properties/order/required") == json::array({"id"}));
  CHECK(at(schema, "/properties/attachments/items/required") ==
        json::array({"field", "name", "type", "size"}));
}

TEST_CASE("the schema's limits are the code's limits", "[tickets][schema]") {
  const json s = loadSchema();
  CHECK(number(s, "/properties/form_id/maxLength") == limits::kMaxIdChars);
  CHECK(number(s, "/properties/locale/maxLength") == limits::kMaxLocaleChars);
  CHECK(number(s, "/properties/created_at/maxLength") == limits::kMaxTimestampChars);
  CHECK(number(s, "/properties/page_url/maxLength") == limits::kMaxUrlChars);
  CHECK(number(s, "/properties/widget_version/maxLength") == limits::kMaxWidgetVersionChars);
  CHECK(number(s, "/properties/answers/maxProperties") == limits::kMaxAnswers);
  CHECK(number(s, "/properties/answers/propertyNames/maxLength") == limits::kMaxIdChars);
  CHECK(number(s, "/properties/answers/additionalProperties/oneOf/0/maxLength") == limits::kMaxAnswerChars);
  CHECK(number(s, "/properties/answers/additionalProperties/oneOf/3/maxItems") == limits::kMaxChoices);
  CHECK(number(s, "/properties/answers/additionalProperties/oneOf/3/items/maxLength") == limits::kMaxChoiceChars);
  CHECK(number(s, "/properties/order/properties/id/maxLength") == limits::kMaxIdChars);
  CHECK(number(s, "/properties/order/properties/status/maxLength") == limits::kMaxOrderStatusChars);
  CHECK(number(s, "/properties/order/properties/items/maxItems") == limits::kMaxOrderItems);
  CHECK(number(s, "/properties/order/properties/items/items/properties/name/maxLength") == limits::kMaxItemNameChars);
  CHECK(number(s, "/properties/order/properties/items/items/properties/quantity/maximum") == limits::kMaxItemQuantity);
  CHECK(number(s, "/properties/customer/properties/name/maxLength") == limits::kMaxNameChars);
  CHECK(number(s, "/properties/customer/properties/email/maxLength") == limits::kMaxEmailChars);
  CHECK(number(s, "/properties/customer/properties/phone/maxLength") == limits::kMaxPhoneChars);
  CHECK(number(s, "/properties/attachments/maxItems") == limits::kMaxAttachments);
  CHECK(number(s, "/properties/attachments/items/properties/name/maxLength") == limits::kMaxFileNameChars);
  CHECK(number(s, "/properties/attachments/items/properties/size/maximum") == limits::kMaxAttachmentBytes);
  const std::string description = at(s, "/description").get<std::string>();
  CHECK_THAT(description, Catch::Matchers::ContainsSubstring(std::to_string(limits::kMaxBytes) + " bytes"));
  CHECK_THAT(at(s, "/properties/attachments/description").get<std::string>(),
             Catch::Matchers::ContainsSubstring(std::to_string(limits::kMaxAttachmentsTotalBytes) + " bytes"));
}

TEST_CASE("the schema's attachment types are the code's", "[tickets][schema]") {
  const json s = loadSchema();
  std::vector<std::string> types(std::begin(kAttachmentTypes), std::end(kAttachmentTypes));
  CHECK(at(s, "/properties/attachments/items/properties/type/enum").get<std::vector<std::string>>() == types);
}

TEST_CASE("the schema's patterns agree with the code on samples", "[tickets][schema]") {
  const json s = loadSchema();
  for (std::uint8_t seed = 0; seed < 50; ++seed)
    CHECK(matches(s, "/properties/reference/pattern", test::sampleReference(seed)));
  CHECK_FALSE(matches(s, "/properties/reference/pattern", "HW-7K3-M9Q-XDU"));
  CHECK_FALSE(matches(s, "/properties/reference/pattern", "hw-7k3-m9q-xd4"));

  const char* times[] = {"2026-11-23T10:15:00Z", "2026-11-23T10:15:00.5+01:00", "2026-11-23T10:15:00",
                         "2026-11-23 10:15:00Z", "2026-11-23T10:15:00+0100"};
  for (const char* time : times)
    CHECK(matches(s, "/properties/created_at/pattern", time) == isIsoTimestampWithOffset(time));

  const char* locales[] = {"en", "zh-CN", "zh-Hant-TW", "e", "english!", "en-", "en_US"};
  for (const char* locale : locales) {
    Ticket ticket = test::minimalTicket();
    ticket.locale = locale;
    CHECK(matches(s, "/properties/locale/pattern", locale) == validateTicket(ticket).empty());
  }
  const char* forms[] = {"wrong-item", "refund2", "Wrong", "-x", "a_b"};
  for (const char* form : forms) {
    Ticket ticket = test::minimalTicket();
    ticket.formId = form;
    CHECK(matches(s, "/properties/form_id/pattern", form) == validateTicket(ticket).empty());
  }
  const char* fields[] = {"keep_item", "photo-1", "Photo", "_x", "a b"};
  for (const char* field : fields) {
    Ticket ticket = test::minimalTicket();
    ticket.answers[field] = true;
    CHECK(matches(s, "/properties/answers/propertyNames/pattern", field) == validateTicket(ticket).empty());
  }
  const char* emails[] = {"ada@example.com", "a@b.c", "no-at.example", "a@b", "a b@c.d", "a@b@c.d"};
  for (const char* email : emails) {
    Ticket ticket = test::minimalTicket();
    ticket.customer = TicketCustomer{"", email, ""};
    CHECK(matches(s, "/properties/customer/properties/email/pattern", email) == validateTicket(ticket).empty());
  }
  const char* names[] = {"photo.jpg", "my receipt (1).pdf", "a/b.png", "a\\b.png", "tab\there.png"};
  for (const char* name : names) {
    Ticket ticket = test::fullTicket();
    ticket.attachments[0].name = name;
    CHECK(matches(s, "/properties/attachments/items/properties/name/pattern", name) == validateTicket(ticket).empty());
  }
}
