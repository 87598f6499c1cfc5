// Reads a file of many events: JSON lines (one event per line, as servers
// append them) or one JSON array (a batch as the widget sends it). Bad
// events are reported with their line and skipped, so one broken line never
// hides the rest. Pure C++.
#pragma once
#include <string_view>
#include <vector>

#include "core/events/event.h"

namespace hw::events {

struct EventLog {
  std::vector<Event> events;
  std::vector<ContentError> problems;  // one per skipped event, with its line
};

// `privacy`: what free text to accept; a report reads what was collected,
// so it passes EventPrivacy::all().
EventLog readEventLog(std::string_view text, std::string_view source,
                      const EventPrivacy& privacy = EventPrivacy::all());

}  // namespace hw::events
