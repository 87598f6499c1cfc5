// The ticket a guided form produces: what the shopper answered, which order
// it is about and who they are. Serialized as JSON, sent to the retailer's
// endpoint, validated there with the same code. Pure C++ (nlohmann/json).
// The contract is assets/schemas/ticket.schema.json; a test keeps the two in
// sync.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content_error.h"

namespace hw {

inline constexpr int kTicketSchemaVersion = 1;

// Caps. Lengths count Unicode characters, as JSON Schema's maxLength does.
namespace ticket_limits {
inline constexpr std::size_t kMaxBytes = 1024 * 1024;         // the whole JSON text
inline constexpr std::size_t kMaxIdChars = 64;                // form, field, order, item ids
inline constexpr std::size_t kMaxLocaleChars = 35;
inline constexpr std::size_t kMaxTimestampChars = 35;
inline constexpr std::size_t kMaxUrlChars = 2048;
inline constexpr std::size_t kMaxWidgetVersionChars = 64;
inline constexpr std::size_t kMaxAnswers = 100;
inline constexpr std::size_t kMaxAnswerChars = 10000;         // long text answers
inline constexpr std::size_t kMaxChoices = 50;                // items of a multi-choice answer
inline constexpr std::size_t kMaxChoiceChars = 200;
inline constexpr std::size_t kMaxOrderStatusChars = 64;
inline constexpr std::size_t kMaxItemNameChars = 500;
inline constexpr std::size_t kMaxOrderItems = 100;
inline constexpr std::int64_t kMaxItemQuantity = 100000;
inline constexpr std::size_t kMaxNameChars = 200;
inline constexpr std::size_t kMaxEmailChars = 254;
inline constexpr std::size_t kMaxPhoneChars = 40;
inline constexpr std::size_t kMaxAttachments = 5;
inline constexpr std::size_t kMaxFileNameChars = 255;
inline constexpr std::int64_t kMaxAttachmentBytes = 5 * 1024 * 1024;
inline constexpr std::int64_t kMaxAttachmentsTotalBytes = 10 * 1024 * 1024;
}  // namespace ticket_limits

// The attachment types a ticket may carry (the server also checks the bytes).
inline constexpr const char* kAttachmentTypes[] = {"image/jpeg", "image/png", "image/webp",
                                                   "application/pdf"};

// The top-level properties every ticket must have.
inline constexpr const char* kTicketRequired[] = {"schema_version", "reference", "form_id",
                                                  "locale",         "created_at", "widget_version",
                                                  "answers"};

// string | number | boolean | [string]
using AnswerValue = std::variant<std::string, double, bool, std::vector<std::string>>;

struct TicketMoney {
  double amount = 0;
  std::string currency;  // ISO 4217, "EUR"
};

struct TicketItem {
  std::string id;
  std::string name;
  std::int64_t quantity = 1;
};

// A summary of the order the request is about, copied from the page context.
struct TicketOrder {
  std::string id;
  std::string status;    // optional ("" = absent)
  std::string placedAt;  // optional, as the page gave it
  std::optional<TicketMoney> total;
  std::vector<TicketItem> items;
};

struct TicketCustomer {  // every member optional ("" = absent)
  std::string name;
  std::string email;
  std::string phone;
};

// Describes a file that travels with the ticket (multipart part "file").
struct AttachmentInfo {
  std::string field;  // the form field it answers
  std::string name;   // file name as the shopper chose it
  std::string type;   // one of kAttachmentTypes
  std::int64_t size = 0;
};

struct Ticket {
  std::string reference;  // canonical "HW-XXX-XXX-XXX"; also the Idempotency-Key
  std::string formId;
  std::string locale;
  std::string createdAt;  // ISO 8601 with offset, "2026-11-23T10:15:00+01:00" or "...Z"
  std::string pageUrl;    // optional ("" = absent), http(s)
  std::string widgetVersion;
  std::map<std::string, AnswerValue> answers;  // field id -> value
  std::optional<TicketOrder> order;
  std::optional<TicketCustomer> customer;
  std::vector<AttachmentInfo> attachments;
};

nlohmann::json ticketToJson(const Ticket& ticket);
std::string serializeTicket(const Ticket& ticket);  // compact JSON text

// Parses and validates ticket JSON. Every problem is reported (up to
// `maxErrors`) with its JSON pointer, line:column and an English message;
// `source` names the text in messages ("ticket", a file name...).
Loaded<Ticket> parseTicket(std::string_view text, std::string_view source = "ticket",
                           std::size_t maxErrors = 50);

// Validation of an already parsed JSON value (pointers only, no positions).
Loaded<Ticket> ticketFromJson(const nlohmann::json& value, std::size_t maxErrors = 50);

// Checks a ticket built in code (e.g. by the form UI) against the same rules.
std::vector<ContentError> validateTicket(const Ticket& ticket);

// True for "YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)" with real
// calendar ranges.
bool isIsoTimestampWithOffset(std::string_view text);

}  // namespace hw
