// Analytics events: what a shopper did in the panel, as ids and counts. The
// envelope and each event's data are described by
// assets/schemas/event.schema.json; a test keeps the two in step. Pure C++
// (nlohmann/json without exceptions).
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/content_error.h"

namespace hw::events {

inline constexpr int kEventSchemaVersion = 1;

// Caps. Lengths count Unicode characters, as JSON Schema's maxLength does.
namespace event_limits {
inline constexpr std::size_t kMaxIdChars = 64;
inline constexpr std::size_t kMinSessionChars = 8;
inline constexpr std::size_t kMaxSessionChars = 64;
inline constexpr std::size_t kMaxLocaleChars = 35;
inline constexpr std::size_t kMaxTimestampChars = 35;
inline constexpr std::size_t kMaxWidgetVersionChars = 64;
inline constexpr std::size_t kMaxPageChars = 512;
inline constexpr std::size_t kMaxQueryChars = 200;
inline constexpr std::size_t kMaxCommentChars = 500;
inline constexpr std::size_t kMaxCards = 20;
inline constexpr std::int64_t kMaxResults = 1000000;
inline constexpr std::int64_t kMaxPosition = 1000;
inline constexpr std::int64_t kMaxStepIndex = 200;
inline constexpr std::size_t kMaxEventBytes = 8 * 1024;  // one event's JSON text
}  // namespace event_limits

enum class EventName {
  Open,
  Close,
  Search,
  SearchResultClick,
  ArticleView,
  ArticleRated,
  SuggestionClick,
  FormStart,
  FormStep,
  FormAbandon,
  FormResolved,
  FormSubmit,
  TicketQueued,
  TicketDelivered,
  Contact,
};
inline constexpr std::size_t kEventNameCount = 15;

const char* eventNameText(EventName name);
std::optional<EventName> eventNameFromText(std::string_view text);

// Reasons a shopper can give for "not helpful".
inline constexpr const char* kRatingReasons[] = {"outdated", "unclear", "not_my_problem", "other"};
// Kinds of a suggestion card's action (as the rules name them).
inline constexpr const char* kActionKinds[] = {"track", "article", "form", "search", "contact"};

struct Event {
  EventName name = EventName::Open;
  std::string at;             // ISO 8601 with offset, the shopper's clock
  std::string session;        // random opaque id per panel session
  std::string locale;         // "en", "zh-CN"
  std::string widgetVersion;
  std::string page;           // optional ("" = absent): a path, no query or fragment
  nlohmann::json data = nlohmann::json::object();  // per-event fields, see the schema
};

// What free text the retailer agreed to collect. Off by default: a query or
// comment in an event is then an error, never silently kept.
struct EventPrivacy {
  bool collectQueries = false;
  bool collectComments = false;
  static EventPrivacy all() { return {true, true}; }
};

nlohmann::json eventToJson(const Event& event);
std::string serializeEvent(const Event& event);  // compact JSON text

// Parses and validates one event. Every problem is reported (up to
// `maxErrors`) with its JSON pointer, line:column and an English message.
Loaded<Event> parseEvent(std::string_view text, std::string_view source = "event",
                         const EventPrivacy& privacy = {}, std::size_t maxErrors = 20);

// The same checks on an already parsed value (pointers only, no positions).
Loaded<Event> eventFromJson(const nlohmann::json& value, const EventPrivacy& privacy = {},
                            std::size_t maxErrors = 20);

// Checks an event built in code against the same rules.
std::vector<ContentError> validateEvent(const Event& event, const EventPrivacy& privacy = {});

}  // namespace hw::events
