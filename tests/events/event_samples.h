// Events for tests: one valid event of every kind, built the way the
// widget builds them.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/events/event.h"

namespace hw::test {

inline events::Event makeEvent(events::EventName name, nlohmann::json data,
                               std::string at = "2026-11-23T10:15:00+01:00",
                               std::string session = "s1a2b3c4d5e6f7a8") {
  events::Event event;
  event.name = name;
  event.at = std::move(at);
  event.session = std::move(session);
  event.locale = "en";
  event.widgetVersion = "0.1.0";
  event.page = "/orders";
  event.data = std::move(data);
  return event;
}

// One of each event, with every optional field that needs no opt-in.
inline std::vector<events::Event> everyEvent() {
  using events::EventName;
  using nlohmann::json;
  return {
      makeEvent(EventName::Open, {{"cards", {"parcel-late", "refund-pending"}}}),
      makeEvent(EventName::Close, json::object()),
      makeEvent(EventName::Search, {{"results", 3}, {"zero_results", false}, {"confident", true}}),
      makeEvent(EventName::SearchResultClick, {{"article", "track-order"}, {"position", 1}}),
      makeEvent(EventName::ArticleView, {{"article", "track-order"}, {"category", "orders"}}),
      makeEvent(EventName::ArticleRated, {{"article", "track-order"}, {"helpful", false}, {"reason", "unclear"}}),
      makeEvent(EventName::SuggestionClick, {{"rule", "parcel-late"}, {"action", "track"}, {"kind", "track"}}),
      makeEvent(EventName::FormStart, {{"form", "return-request"}, {"source", "suggestion"}}),
      makeEvent(EventName::FormStep, {{"form", "return-request"}, {"step", "reason"}, {"index", 1}}),
      makeEvent(EventName::FormAbandon, {{"form", "return-request"}, {"step", "reason"}}),
      makeEvent(EventName::FormResolved, {{"form", "return-request"}, {"step", "how-to-return"}}),
      makeEvent(EventName::FormSubmit, {{"form", "return-request"}}),
      makeEvent(EventName::TicketQueued, {{"form", "return-request"}}),
      makeEvent(EventName::TicketDelivered, {{"form", "return-request"}}),
      makeEvent(EventName::Contact, json::object()),
  };
}

}  // namespace hw::test
