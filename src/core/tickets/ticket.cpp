// Ticket JSON: writing, and reading with validation. Pure C++: nlohmann/json
// without exceptions, so every value's type is checked before it is read.
#include "core/tickets/ticket.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>

#include "core/json_document.h"
#include "core/tickets/reference.h"
#include "core/utf8.h"

namespace hw {

using nlohmann::json;
namespace limits = ticket_limits;

namespace {

std::size_t countChars(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < text.size(); ++count) decodeUtf8(text, pos);
  return count;
}

bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlpha(char c) { return isLower(c) || (c >= 'A' && c <= 'Z'); }

// Form ids: like content ids, "wrong-item".
bool isFormId(std::string_view id) {
  if (id.empty() || !(isLower(id[0]) || isDigit(id[0]))) return false;
  return std::all_of(id.begin(), id.end(),
                     [](char c) { return isLower(c) || isDigit(c) || c == '-'; });
}

// Field ids may also use '_', as form definitions often do ("keep_item").
bool isFieldId(std::string_view id) {
  if (id.empty() || id.size() > limits::kMaxIdChars || !(isLower(id[0]) || isDigit(id[0])))
    return false;
  return std::all_of(id.begin(), id.end(),
                     [](char c) { return isLower(c) || isDigit(c) || c == '-' || c == '_'; });
}

// "en", "zh-CN", "zh-Hant-TW": a primary language and optional subtags.
bool isLanguageTag(std::string_view tag) {
  std::size_t pos = 0;
  while (pos < tag.size() && isAlpha(tag[pos])) ++pos;
  if (pos < 2 || pos > 3) return false;
  while (pos < tag.size()) {
    if (tag[pos] != '-') return false;
    const std::size_t start = ++pos;
    while (pos < tag.size() && (isAlpha(tag[pos]) || isDigit(tag[pos]))) ++pos;
    if (pos == start || pos - start > 8) return false;
  }
  return true;
}

bool isHttpUrl(std::string_view url) {
  const auto startsWith = [&](std::string_view prefix) {
    return url.size() > prefix.size() && url.substr(0, prefix.size()) == prefix;
  };
  return startsWith("https://") || startsWith("http://");
}

// Deliberately loose: something@domain.tld without spaces. Mail servers are
// the real judge; this catches a phone number typed into the e-mail box.
bool looksLikeEmail(std::string_view email) {
  const std::size_t at = email.find('@');
  if (at == 0 || at == std::string_view::npos || email.find('@', at + 1) != std::string_view::npos)
    return false;
  if (email.find_first_of(" \t\r\n") != std::string_view::npos) return false;
  const std::string_view domain = email.substr(at + 1);
  const std::size_t dot = domain.rfind('.');
  return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size();
}

bool isFileName(std::string_view name) {
  return std::none_of(name.begin(), name.end(), [](char c) {
    return c == '/' || c == '\\' || static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
  });
}

bool isCurrencyCode(std::string_view code) {
  return code.size() == 3 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

const char* typeName(const json& value) {
  switch (value.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::string: return "a string";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "a number";
    default: return "an unsupported value";
  }
}

// A number that is mathematically whole (JSON Schema's "integer": 2.0 counts).
std::optional<std::int64_t> wholeNumber(const json& value) {
  if (value.is_number_integer()) return value.get<std::int64_t>();
  if (value.is_number_unsigned()) {
    const auto n = value.get<std::uint64_t>();
    if (n > static_cast<std::uint64_t>(INT64_MAX)) return std::nullopt;
    return static_cast<std::int64_t>(n);
  }
  if (value.is_number_float()) {
    const double d = value.get<double>();
    if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15)
      return static_cast<std::int64_t>(d);
  }
  return std::nullopt;
}

std::string joinTypes() {
  std::string out;
  const std::size_t count = std::size(kAttachmentTypes);
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) out += i + 1 == count ? " or " : ", ";
    out += kAttachmentTypes[i];
  }
  return out;
}

// Whole numbers are written without a fraction so that "2" stays "2".
json numberValue(double value) {
  if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 9.0e15)
    return static_cast<std::int64_t>(value);
  return value;
}

// Walks the parsed document, copying what is valid and recording the rest.
class Validator {
 public:
  Validator(std::string_view text, std::string_view source, std::size_t maxErrors)
      : m_text(text), m_source(source), m_maxErrors(maxErrors) {}

  std::vector<ContentError> takeErrors() { return std::move(m_errors); }

  void fail(std::string pointer, std::string message) {
    if (m_errors.size() >= m_maxErrors) return;
    if (!m_text.empty()) {
      m_errors.push_back(
          errorAt(m_text, m_source, std::move(pointer), ContentErrorCode::Schema, std::move(message)));
      return;
    }
    ContentError error;
    error.source = std::string(m_source);
    error.pointer = std::move(pointer);
    error.message = std::move(message);
    m_errors.push_back(std::move(error));
  }

  void rejectUnknownKeys(const json& object, const std::string& pointer,
                         std::initializer_list<const char*> known) {
    for (const auto& item : object.items()) {
      const bool isKnown = std::any_of(known.begin(), known.end(),
                                       [&](const char* key) { return item.key() == key; });
      if (!isKnown)
        fail(pointer + "/" + escapePointerToken(item.key()),
             "unknown property \"" + item.key() + "\" (check its spelling)");
    }
  }

  const json* member(const json& object, const std::string& pointer, const char* key,
                     bool required) {
    const auto it = object.find(key);
    if (it == object.end()) {
      if (required) fail(pointer, std::string("missing required property \"") + key + "\"");
      return nullptr;
    }
    return &*it;
  }

  // A string member: type, emptiness and length in characters.
  std::optional<std::string> readString(const json& object, const std::string& pointer,
                                        const char* key, bool required, std::size_t maxChars) {
    const json* value = member(object, pointer, key, required);
    if (!value) return std::nullopt;
    return checkString(*value, pointer + "/" + key, maxChars, true);
  }

  std::optional<std::string> checkString(const json& value, const std::string& at,
                                         std::size_t maxChars, bool nonEmpty) {
    if (!value.is_string()) {
      fail(at, std::string("must be a string, not ") + typeName(value));
      return std::nullopt;
    }
    const std::string& text = value.get_ref<const std::string&>();
    if (nonEmpty && text.empty()) {
      fail(at, "must not be empty");
      return std::nullopt;
    }
    if (countChars(text) > maxChars) {
      fail(at, "is longer than " + std::to_string(maxChars) + " characters");
      return std::nullopt;
    }
    return text;
  }

  const json* readObject(const json& object, const std::string& pointer, const char* key,
                         bool required) {
    const json* value = member(object, pointer, key, required);
    if (!value) return nullptr;
    if (!value->is_object()) {
      fail(pointer + "/" + key, std::string("must be an object, not ") + typeName(*value));
      return nullptr;
    }
    return value;
  }

  const json* readArray(const json& object, const std::string& pointer, const char* key,
                        std::size_t maxItems, const char* itemsName) {
    const json* value = member(object, pointer, key, false);
    if (!value) return nullptr;
    const std::string at = pointer + "/" + key;
    if (!value->is_array()) {
      fail(at, std::string("must be an array, not ") + typeName(*value));
      return nullptr;
    }
    if (value->size() > maxItems) {
      fail(at, std::string("has more than ") + std::to_string(maxItems) + " " + itemsName);
      return nullptr;
    }
    return value;
  }

  std::optional<std::int64_t> readWhole(const json& object, const std::string& pointer,
                                        const char* key, bool required, std::int64_t min,
                                        std::int64_t max) {
    const json* value = member(object, pointer, key, required);
    if (!value) return std::nullopt;
    const auto number = wholeNumber(*value);
    if (!number || *number < min || *number > max) {
      fail(pointer + "/" + key, "must be a whole number from " + std::to_string(min) + " to " +
                                    std::to_string(max));
      return std::nullopt;
    }
    return number;
  }

  void readTicket(const json& root, Ticket& ticket) {
    if (!root.is_object()) {
      fail("", "a ticket must be a JSON object");
      return;
    }
    if (const json* version = member(root, "", "schema_version", true)) {
      if (wholeNumber(*version) != std::optional<std::int64_t>(kTicketSchemaVersion))
        fail("/schema_version", "must be 1 (the ticket format this build reads)");
    }
    if (auto reference = readString(root, "", "reference", true, 32)) {
      if (!isValidReference(*reference))
        fail("/reference", "\"" + *reference + "\" is not a ticket reference (HW-XXX-XXX-XXX)");
      else if (!isCanonicalReference(*reference))
        fail("/reference", "must be written in canonical form, " + *normalizeReference(*reference));
      else
        ticket.reference = *reference;
    }
    if (auto formId = readString(root, "", "form_id", true, limits::kMaxIdChars)) {
      if (isFormId(*formId)) ticket.formId = *formId;
      else fail("/form_id", "\"" + *formId + "\" is not a form id (lowercase letters, digits and '-')");
    }
    if (auto locale = readString(root, "", "locale", true, limits::kMaxLocaleChars)) {
      if (isLanguageTag(*locale)) ticket.locale = *locale;
      else fail("/locale", "\"" + *locale + "\" is not a language tag such as en or zh-CN");
    }
    if (auto createdAt = readString(root, "", "created_at", true, limits::kMaxTimestampChars)) {
      if (isIsoTimestampWithOffset(*createdAt)) ticket.createdAt = *createdAt;
      else fail("/created_at", "must be an ISO 8601 time with offset, e.g. 2026-11-23T10:15:00+01:00");
    }
    if (auto pageUrl = readString(root, "", "page_url", false, limits::kMaxUrlChars)) {
      if (isHttpUrl(*pageUrl)) ticket.pageUrl = *pageUrl;
      else fail("/page_url", "must be an http:// or https:// address");
    }
    if (auto version = readString(root, "", "widget_version", true, limits::kMaxWidgetVersionChars))
      ticket.widgetVersion = *version;
    if (const json* answers = readObject(root, "", "answers", true)) readAnswers(*answers, ticket);
    if (const json* order = readObject(root, "", "order", false)) readOrder(*order, ticket);
    if (const json* customer = readObject(root, "", "customer", false)) readCustomer(*customer, ticket);
    if (const json* attachments =
            readArray(root, "", "attachments", limits::kMaxAttachments, "attachments"))
      readAttachments(*attachments, ticket);
    rejectUnknownKeys(root, "", {"$schema", "schema_version", "reference", "form_id", "locale",
                                 "created_at", "page_url", "widget_version", "answers", "order",
                                 "customer", "attachments"});
  }

  void readAnswers(const json& answers, Ticket& ticket) {
    if (answers.size() > limits::kMaxAnswers) {
      fail("/answers", "has more than " + std::to_string(limits::kMaxAnswers) + " answers");
      return;
    }
    for (const auto& item : answers.items()) {
      const std::string at = "/answers/" + escapePointerToken(item.key());
      if (!isFieldId(item.key())) {
        fail(at, "\"" + item.key() + "\" is not a field id (lowercase letters, digits, '-' and '_')");
        continue;
      }
      const json& value = item.value();
      if (value.is_string()) {
        if (auto text = checkString(value, at, limits::kMaxAnswerChars, false))
          ticket.answers[item.key()] = *text;
      } else if (value.is_boolean()) {
        ticket.answers[item.key()] = value.get<bool>();
      } else if (value.is_number()) {
        const double number = value.get<double>();
        if (std::isfinite(number)) ticket.answers[item.key()] = number;
        else fail(at, "must be a finite number");
      } else if (value.is_array()) {
        if (value.size() > limits::kMaxChoices) {
          fail(at, "has more than " + std::to_string(limits::kMaxChoices) + " choices");
          continue;
        }
        std::vector<std::string> choices;
        bool ok = true;
        for (std::size_t i = 0; i < value.size(); ++i) {
          auto choice = checkString(value[i], at + "/" + std::to_string(i), limits::kMaxChoiceChars, false);
          if (choice) choices.push_back(*choice);
          else ok = false;
        }
        if (ok) ticket.answers[item.key()] = std::move(choices);
      } else {
        fail(at, std::string("must be a string, number, boolean or list of strings, not ") +
                     typeName(value));
      }
    }
  }

  void readOrder(const json& object, Ticket& ticket) {
    TicketOrder order;
    const std::string at = "/order";
    if (auto id = readString(object, at, "id", true, limits::kMaxIdChars)) order.id = *id;
    if (auto status = readString(object, at, "status", false, limits::kMaxOrderStatusChars))
      order.status = *status;
    if (auto placedAt = readString(object, at, "placed_at", false, limits::kMaxTimestampChars))
      order.placedAt = *placedAt;
    if (const json* total = readObject(object, at, "total", false)) {
      TicketMoney money;
      bool ok = true;
      if (const json* amount = member(*total, at + "/total", "amount", true)) {
        if (!amount->is_number() || !std::isfinite(amount->get<double>())) {
          fail(at + "/total/amount", std::string("must be a number, not ") + typeName(*amount));
          ok = false;
        } else if (amount->get<double>() < 0) {
          fail(at + "/total/amount", "must not be negative");
          ok = false;
        } else {
          money.amount = amount->get<double>();
        }
      } else {
        ok = false;
      }
      if (auto currency = readString(*total, at + "/total", "currency", true, 16)) {
        if (isCurrencyCode(*currency)) money.currency = *currency;
        else fail(at + "/total/currency", "must be an ISO 4217 code such as EUR");
      }
      if (money.currency.empty()) ok = false;
      rejectUnknownKeys(*total, at + "/total", {"amount", "currency"});
      if (ok) order.total = money;
    }
    if (const json* items = readArray(object, at, "items", limits::kMaxOrderItems, "items")) {
      for (std::size_t i = 0; i < items->size(); ++i) {
        const std::string itemAt = at + "/items/" + std::to_string(i);
        const json& entry = (*items)[i];
        if (!entry.is_object()) {
          fail(itemAt, std::string("must be an object, not ") + typeName(entry));
          continue;
        }
        TicketItem item;
        if (auto id = readString(entry, itemAt, "id", true, limits::kMaxIdChars)) item.id = *id;
        if (auto name = readString(entry, itemAt, "name", false, limits::kMaxItemNameChars))
          item.name = *name;
        if (auto quantity = readWhole(entry, itemAt, "quantity", false, 1, limits::kMaxItemQuantity))
          item.quantity = *quantity;
        rejectUnknownKeys(entry, itemAt, {"id", "name", "quantity"});
        order.items.push_back(std::move(item));
      }
    }
    rejectUnknownKeys(object, at, {"id", "status", "placed_at", "total", "items"});
    ticket.order = std::move(order);
  }

  void readCustomer(const json& object, Ticket& ticket) {
    TicketCustomer customer;
    const std::string at = "/customer";
    if (auto name = readString(object, at, "name", false, limits::kMaxNameChars))
      customer.name = *name;
    if (auto email = readString(object, at, "email", false, limits::kMaxEmailChars)) {
      if (looksLikeEmail(*email)) customer.email = *email;
      else fail(at + "/email", "is not an e-mail address");
    }
    if (auto phone = readString(object, at, "phone", false, limits::kMaxPhoneChars))
      customer.phone = *phone;
    rejectUnknownKeys(object, at, {"name", "email", "phone"});
    ticket.customer = std::move(customer);
  }

  void readAttachments(const json& list, Ticket& ticket) {
    std::int64_t total = 0;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string at = "/attachments/" + std::to_string(i);
      const json& entry = list[i];
      if (!entry.is_object()) {
        fail(at, std::string("must be an object, not ") + typeName(entry));
        continue;
      }
      AttachmentInfo info;
      if (auto field = readString(entry, at, "field", true, limits::kMaxIdChars)) {
        if (isFieldId(*field)) info.field = *field;
        else fail(at + "/field", "\"" + *field + "\" is not a field id");
      }
      if (auto name = readString(entry, at, "name", true, limits::kMaxFileNameChars)) {
        if (isFileName(*name)) info.name = *name;
        else fail(at + "/name", "must be a file name without folders or control characters");
      }
      if (auto type = readString(entry, at, "type", true, 64)) {
        const bool allowed = std::any_of(std::begin(kAttachmentTypes), std::end(kAttachmentTypes),
                                         [&](const char* t) { return *type == t; });
        if (allowed) info.type = *type;
        else fail(at + "/type", "\"" + *type + "\" is not allowed; use " + joinTypes());
      }
      if (auto size = readWhole(entry, at, "size", true, 1, limits::kMaxAttachmentBytes)) {
        info.size = *size;
        total += *size;
      }
      rejectUnknownKeys(entry, at, {"field", "name", "type", "size"});
      ticket.attachments.push_back(std::move(info));
    }
    if (total > limits::kMaxAttachmentsTotalBytes)
      fail("/attachments", "the files together are larger than " +
                               std::to_string(limits::kMaxAttachmentsTotalBytes) + " bytes");
  }

 private:
  std::string_view m_text;
  std::string_view m_source;
  std::size_t m_maxErrors;
  std::vector<ContentError> m_errors;
};

int digits(std::string_view text, std::size_t pos, std::size_t count) {
  if (pos + count > text.size()) return -1;
  int value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (!isDigit(text[i])) return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

}  // namespace

bool isIsoTimestampWithOffset(std::string_view text) {
  const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
  const int hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 ||
      minute > 59 || second < 0 || second > 60)
    return false;
  if (text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':')
    return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (day > kDays[month - 1] + (month == 2 && leap ? 1 : 0)) return false;
  std::size_t pos = 19;
  if (pos < text.size() && text[pos] == '.') {
    const std::size_t start = ++pos;
    while (pos < text.size() && isDigit(text[pos])) ++pos;
    if (pos == start || pos - start > 9) return false;
  }
  if (pos < text.size() && text[pos] == 'Z') return pos + 1 == text.size();
  if (pos + 6 != text.size() || (text[pos] != '+' && text[pos] != '-') || text[pos + 3] != ':')
    return false;
  const int offsetHours = digits(text, pos + 1, 2), offsetMinutes = digits(text, pos + 4, 2);
  return offsetHours >= 0 && offsetHours <= 23 && offsetMinutes >= 0 && offsetMinutes <= 59;
}

json ticketToJson(const Ticket& ticket) {
  json out = json::object();
  out["schema_version"] = kTicketSchemaVersion;
  out["reference"] = ticket.reference;
  out["form_id"] = ticket.formId;
  out["locale"] = ticket.locale;
  out["created_at"] = ticket.createdAt;
  if (!ticket.pageUrl.empty()) out["page_url"] = ticket.pageUrl;
  out["widget_version"] = ticket.widgetVersion;
  json answers = json::object();
  for (const auto& [field, value] : ticket.answers) {
    if (const auto* text = std::get_if<std::string>(&value)) answers[field] = *text;
    else if (const auto* number = std::get_if<double>(&value)) answers[field] = numberValue(*number);
    else if (const auto* flag = std::get_if<bool>(&value)) answers[field] = *flag;
    else answers[field] = std::get<std::vector<std::string>>(value);
  }
  out["answers"] = std::move(answers);
  if (ticket.order) {
    const TicketOrder& order = *ticket.order;
    json o = {{"id", order.id}};
    if (!order.status.empty()) o["status"] = order.status;
    if (!order.placedAt.empty()) o["placed_at"] = order.placedAt;
    if (order.total)
      o["total"] = {{"amount", numberValue(order.total->amount)}, {"currency", order.total->currency}};
    json items = json::array();
    for (const TicketItem& item : order.items) {
      json i = {{"id", item.id}, {"quantity", item.quantity}};
      if (!item.name.empty()) i["name"] = item.name;
      items.push_back(std::move(i));
    }
    o["items"] = std::move(items);
    out["order"] = std::move(o);
  }
  if (ticket.customer) {
    json c = json::object();
    if (!ticket.customer->name.empty()) c["name"] = ticket.customer->name;
    if (!ticket.customer->email.empty()) c["email"] = ticket.customer->email;
    if (!ticket.customer->phone.empty()) c["phone"] = ticket.customer->phone;
    out["customer"] = std::move(c);
  }
  json attachments = json::array();
  for (const AttachmentInfo& a : ticket.attachments)
    attachments.push_back({{"field", a.field}, {"name", a.name}, {"type", a.type}, {"size", a.size}});
  out["attachments"] = std::move(attachments);
  return out;
}

std::string serializeTicket(const Ticket& ticket) {
  // Invalid UTF-8 in a string becomes U+FFFD instead of aborting the dump;
  // validation reports such tickets before they are ever sent.
  return ticketToJson(ticket).dump(-1, ' ', false, json::error_handler_t::replace);
}

Loaded<Ticket> parseTicket(std::string_view text, std::string_view source, std::size_t maxErrors) {
  Loaded<Ticket> result;
  JsonLimits jsonLimits;
  jsonLimits.maxBytes = limits::kMaxBytes;
  jsonLimits.maxDepth = 8;
  Loaded<json> document = parseJsonDocument(text, source, jsonLimits);
  if (!document.ok()) {
    result.errors = std::move(document.errors);
    return result;
  }
  Validator validator(text, source, maxErrors);
  validator.readTicket(document.value, result.value);
  result.errors = validator.takeErrors();
  return result;
}

Loaded<Ticket> ticketFromJson(const json& value, std::size_t maxErrors) {
  Loaded<Ticket> result;
  Validator validator({}, "ticket", maxErrors);
  validator.readTicket(value, result.value);
  result.errors = validator.takeErrors();
  return result;
}

std::vector<ContentError> validateTicket(const Ticket& ticket) {
  std::vector<ContentError> errors = ticketFromJson(ticketToJson(ticket)).errors;
  // A string with invalid UTF-8 cannot be sent as JSON.
  const auto checkUtf8 = [&](const std::string& text, const std::string& pointer) {
    if (findInvalidUtf8(text) != std::string::npos) {
      ContentError error;
      error.code = ContentErrorCode::InvalidUtf8;
      error.source = "ticket";
      error.pointer = pointer;
      error.message = "is not valid UTF-8";
      errors.push_back(std::move(error));
    }
  };
  for (const auto& [field, value] : ticket.answers)
    if (const auto* text = std::get_if<std::string>(&value))
      checkUtf8(*text, "/answers/" + escapePointerToken(field));
  return errors;
}

}  // namespace hw
