// Event JSON: writing, and reading with validation. Each event's data is
// checked against a small table of fields, the same rules the schema states.
#include "core/events/event.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/events/event_fields.h"
#include "core/json_document.h"
#include "core/tickets/ticket.h"

namespace hw::events {

using nlohmann::json;
namespace limits = event_limits;

namespace {

constexpr const char* kNames[kEventNameCount] = {
    "open",         "close",         "search",          "search_result_click", "article_view",
    "article_rated", "suggestion_click", "form_start",  "form_step",           "form_abandon",
    "form_resolved", "form_submit",   "ticket_queued",   "ticket_delivered",    "contact"};

enum class FieldKind { Id, IdList, Whole, Boolean, Choice, Query, Comment };

struct FieldRule {
  const char* name;
  FieldKind kind;
  bool required;
  std::int64_t min = 0;  // Whole
  std::int64_t max = 0;
  const char* const* choices = nullptr;  // Choice
  std::size_t choiceCount = 0;
};

constexpr FieldRule id(const char* name, bool required = true) {
  return {name, FieldKind::Id, required};
}

// The data fields of each event, in the order they are written.
std::vector<FieldRule> fieldsOf(EventName name) {
  switch (name) {
    case EventName::Open: return {{"cards", FieldKind::IdList, true}};
    case EventName::Close:
    case EventName::Contact: return {};
    case EventName::Search:
      return {{"results", FieldKind::Whole, true, 0, limits::kMaxResults},
              {"zero_results", FieldKind::Boolean, true},
              {"confident", FieldKind::Boolean, true},
              {"query", FieldKind::Query, false}};
    case EventName::SearchResultClick:
      return {id("article"), {"position", FieldKind::Whole, true, 1, limits::kMaxPosition}};
    case EventName::ArticleView: return {id("article"), id("category")};
    case EventName::ArticleRated:
      return {id("article"),
              {"helpful", FieldKind::Boolean, true},
              {"reason", FieldKind::Choice, false, 0, 0, kRatingReasons, std::size(kRatingReasons)},
              {"comment", FieldKind::Comment, false}};
    case EventName::SuggestionClick:
      return {id("rule"), id("action"),
              {"kind", FieldKind::Choice, true, 0, 0, kActionKinds, std::size(kActionKinds)}};
    case EventName::FormStart: return {id("form"), id("source", false)};
    case EventName::FormStep:
      return {id("form"), id("step"), {"index", FieldKind::Whole, true, 0, limits::kMaxStepIndex}};
    case EventName::FormAbandon:
    case EventName::FormResolved: return {id("form"), id("step")};
    case EventName::FormSubmit:
    case EventName::TicketQueued:
    case EventName::TicketDelivered: return {id("form")};
  }
  return {};
}

std::string choiceList(const FieldRule& rule) {
  std::string out;
  for (std::size_t i = 0; i < rule.choiceCount; ++i)
    out += std::string(i ? ", " : "") + rule.choices[i];
  return out;
}

// Walks a parsed event, copying what is valid and recording the rest.
class Validator {
 public:
  Validator(std::string_view text, std::string_view source, const EventPrivacy& privacy,
            std::size_t maxErrors)
      : m_text(text), m_source(source), m_privacy(privacy), m_maxErrors(maxErrors) {}

  std::vector<ContentError> takeErrors() { return std::move(m_errors); }

  void fail(std::string pointer, std::string message) {
    if (m_errors.size() >= m_maxErrors) return;
    if (!m_text.empty()) {
      m_errors.push_back(errorAt(m_text, m_source, std::move(pointer), ContentErrorCode::Schema,
                                 std::move(message)));
      return;
    }
    ContentError error;
    error.source = std::string(m_source);
    error.pointer = std::move(pointer);
    error.message = std::move(message);
    m_errors.push_back(std::move(error));
  }

  std::optional<std::string> string(const json& object, const std::string& at, const char* key,
                                    bool required, std::size_t maxChars) {
    const auto it = object.find(key);
    if (it == object.end()) {
      if (required) fail(at, std::string("missing required property \"") + key + "\"");
      return std::nullopt;
    }
    const std::string where = at + "/" + key;
    if (!it->is_string()) {
      fail(where, std::string("must be a string, not ") + jsonTypeName(*it));
      return std::nullopt;
    }
    const std::string& text = it->get_ref<const std::string&>();
    if (text.empty()) {
      fail(where, "must not be empty");
      return std::nullopt;
    }
    if (countChars(text) > maxChars) {
      fail(where, "is longer than " + std::to_string(maxChars) + " characters");
      return std::nullopt;
    }
    return text;
  }

  void readEnvelope(const json& root, Event& event) {
    if (!root.is_object()) {
      fail("", std::string("an event must be a JSON object, not ") + jsonTypeName(root));
      return;
    }
    if (const auto it = root.find("schema_version"); it == root.end())
      fail("", "missing required property \"schema_version\"");
    else if (wholeNumber(*it) != std::optional<std::int64_t>(kEventSchemaVersion))
      fail("/schema_version", "must be 1 (the event format this build reads)");

    std::optional<EventName> name;
    if (auto text = string(root, "", "event", true, 64)) {
      name = eventNameFromText(*text);
      if (name) event.name = *name;
      else fail("/event", "\"" + *text + "\" is not an event this build knows");
    }
    if (auto at = string(root, "", "at", true, limits::kMaxTimestampChars)) {
      if (isIsoTimestampWithOffset(*at)) event.at = *at;
      else fail("/at", "must be an ISO 8601 time with offset, e.g. 2026-11-23T10:15:00+01:00");
    }
    if (auto session = string(root, "", "session", true, limits::kMaxSessionChars)) {
      if (isSessionId(*session)) event.session = *session;
      else fail("/session", "must be " + std::to_string(limits::kMinSessionChars) + " to " +
                                std::to_string(limits::kMaxSessionChars) +
                                " letters, digits, '-' or '_' (a random id)");
    }
    if (auto locale = string(root, "", "locale", true, limits::kMaxLocaleChars)) {
      if (isLanguageTag(*locale)) event.locale = *locale;
      else fail("/locale", "\"" + *locale + "\" is not a language tag such as en or zh-CN");
    }
    if (auto version = string(root, "", "widget_version", true, limits::kMaxWidgetVersionChars))
      event.widgetVersion = *version;
    if (auto page = string(root, "", "page", false, limits::kMaxPageChars)) {
      if (isPagePath(*page)) event.page = *page;
      else fail("/page", "must be a path starting with '/', without query or fragment (they can hold personal data)");
    }
    const auto data = root.find("data");
    if (data == root.end()) fail("", "missing required property \"data\"");
    else if (!data->is_object()) fail("/data", std::string("must be an object, not ") + jsonTypeName(*data));
    else if (name) readData(*name, *data, event);

    for (const auto& item : root.items()) {
      static constexpr const char* kKnown[] = {"schema_version", "event", "at", "session",
                                               "locale", "widget_version", "page", "data"};
      if (std::none_of(std::begin(kKnown), std::end(kKnown),
                       [&](const char* key) { return item.key() == key; }))
        fail("/" + escapePointerToken(item.key()),
             "unknown property \"" + item.key() + "\" (events carry ids and counts only)");
    }
  }

  void readData(EventName name, const json& data, Event& event) {
    const std::vector<FieldRule> rules = fieldsOf(name);
    json out = json::object();
    for (const FieldRule& rule : rules) {
      const auto it = data.find(rule.name);
      if (it == data.end()) {
        if (rule.required) fail("/data", std::string("missing required property \"") + rule.name + "\"");
        continue;
      }
      if (auto value = readField(rule, *it, "/data/" + std::string(rule.name))) out[rule.name] = *value;
    }
    for (const auto& item : data.items()) {
      if (std::none_of(rules.begin(), rules.end(),
                       [&](const FieldRule& rule) { return item.key() == rule.name; }))
        fail("/data/" + escapePointerToken(item.key()),
             "unknown property \"" + item.key() + "\" for " + eventNameText(name) +
                 " (events carry ids and counts only)");
    }
    if (name == EventName::Search && out.contains("results") && out.contains("zero_results") &&
        out["zero_results"].get<bool>() != (out["results"].get<std::int64_t>() == 0))
      fail("/data/zero_results", "must be true exactly when results is 0");
    event.data = std::move(out);
  }

  std::optional<json> readField(const FieldRule& rule, const json& value, const std::string& at) {
    switch (rule.kind) {
      case FieldKind::Id:
        if (!value.is_string() || !isContentId(value.get_ref<const std::string&>())) {
          fail(at, "must be an id (lowercase letters, digits, '-' and '_', at most " +
                       std::to_string(limits::kMaxIdChars) + ")");
          return std::nullopt;
        }
        return value;
      case FieldKind::IdList: {
        if (!value.is_array()) {
          fail(at, std::string("must be an array of ids, not ") + jsonTypeName(value));
          return std::nullopt;
        }
        if (value.size() > limits::kMaxCards) {
          fail(at, "has more than " + std::to_string(limits::kMaxCards) + " ids");
          return std::nullopt;
        }
        bool ok = true;
        for (std::size_t i = 0; i < value.size(); ++i) {
          if (!value[i].is_string() || !isContentId(value[i].get_ref<const std::string&>())) {
            fail(at + "/" + std::to_string(i), "must be an id (lowercase letters, digits, '-' and '_')");
            ok = false;
          }
        }
        return ok ? std::optional<json>(value) : std::nullopt;
      }
      case FieldKind::Whole: {
        const auto number = wholeNumber(value);
        if (!number || *number < rule.min || *number > rule.max) {
          fail(at, "must be a whole number from " + std::to_string(rule.min) + " to " +
                       std::to_string(rule.max));
          return std::nullopt;
        }
        return json(*number);
      }
      case FieldKind::Boolean:
        if (!value.is_boolean()) {
          fail(at, std::string("must be true or false, not ") + jsonTypeName(value));
          return std::nullopt;
        }
        return value;
      case FieldKind::Choice: {
        const bool known = value.is_string() &&
                           std::any_of(rule.choices, rule.choices + rule.choiceCount,
                                       [&](const char* c) { return value.get_ref<const std::string&>() == c; });
        if (!known) {
          fail(at, "must be one of " + choiceList(rule));
          return std::nullopt;
        }
        return value;
      }
      case FieldKind::Query:
      case FieldKind::Comment: {
        const bool query = rule.kind == FieldKind::Query;
        if (query ? !m_privacy.collectQueries : !m_privacy.collectComments) {
          fail(at, query ? "search queries are not collected (collect_queries is off): the widget must leave \"query\" out"
                         : "rating comments are not collected (collect_comments is off): the widget must leave \"comment\" out");
          return std::nullopt;
        }
        const std::size_t maxChars = query ? limits::kMaxQueryChars : limits::kMaxCommentChars;
        if (!value.is_string() || value.get_ref<const std::string&>().empty()) {
          fail(at, "must be a non-empty string");
          return std::nullopt;
        }
        if (countChars(value.get_ref<const std::string&>()) > maxChars) {
          fail(at, "is longer than " + std::to_string(maxChars) + " characters");
          return std::nullopt;
        }
        return value;
      }
    }
    return std::nullopt;
  }

 private:
  std::string_view m_text;
  std::string_view m_source;
  EventPrivacy m_privacy;
  std::size_t m_maxErrors;
  std::vector<ContentError> m_errors;
};

}  // namespace

const char* eventNameText(EventName name) { return kNames[static_cast<std::size_t>(name)]; }

std::optional<EventName> eventNameFromText(std::string_view text) {
  for (std::size_t i = 0; i < kEventNameCount; ++i)
    if (text == kNames[i]) return static_cast<EventName>(i);
  return std::nullopt;
}

json eventToJson(const Event& event) {
  json out = json::object();
  out["schema_version"] = kEventSchemaVersion;
  out["event"] = eventNameText(event.name);
  out["at"] = event.at;
  out["session"] = event.session;
  out["locale"] = event.locale;
  out["widget_version"] = event.widgetVersion;
  if (!event.page.empty()) out["page"] = event.page;
  out["data"] = event.data.is_object() ? event.data : json::object();
  return out;
}

std::string serializeEvent(const Event& event) {
  return eventToJson(event).dump(-1, ' ', false, json::error_handler_t::replace);
}

Loaded<Event> parseEvent(std::string_view text, std::string_view source,
                         const EventPrivacy& privacy, std::size_t maxErrors) {
  Loaded<Event> result;
  JsonLimits jsonLimits;
  jsonLimits.maxBytes = limits::kMaxEventBytes;
  jsonLimits.maxDepth = 8;
  Loaded<json> parsed = parseJsonDocument(text, source, jsonLimits);
  if (!parsed.ok()) {
    result.errors = std::move(parsed.errors);
    return result;
  }
  Validator validator(text, source, privacy, maxErrors);
  validator.readEnvelope(parsed.value, result.value);
  result.errors = validator.takeErrors();
  return result;
}

Loaded<Event> eventFromJson(const json& value, const EventPrivacy& privacy, std::size_t maxErrors) {
  Loaded<Event> result;
  Validator validator({}, "event", privacy, maxErrors);
  validator.readEnvelope(value, result.value);
  result.errors = validator.takeErrors();
  return result;
}

std::vector<ContentError> validateEvent(const Event& event, const EventPrivacy& privacy) {
  return eventFromJson(eventToJson(event), privacy).errors;
}

}  // namespace hw::events
