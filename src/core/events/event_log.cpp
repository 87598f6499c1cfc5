#include "core/events/event_log.h"

#include "core/json_document.h"

namespace hw::events {

using nlohmann::json;

namespace {

void readArray(std::string_view text, std::string_view source, const EventPrivacy& privacy, EventLog& log) {
  JsonLimits limits;
  limits.maxBytes = 512u * 1024u * 1024u;
  Loaded<json> parsed = parseJsonDocument(text, source, limits);
  if (!parsed.ok()) {
    log.problems.push_back(parsed.errors.front());
    return;
  }
  for (std::size_t i = 0; i < parsed.value.size(); ++i) {
    Loaded<Event> event = eventFromJson(parsed.value[i], privacy, 1);
    if (event.ok()) {
      log.events.push_back(std::move(event.value));
      continue;
    }
    const ContentError& first = event.errors.front();
    log.problems.push_back(errorAt(text, source, "/" + std::to_string(i) + first.pointer,
                                   first.code, first.message));
  }
}

}  // namespace

EventLog readEventLog(std::string_view text, std::string_view source, const EventPrivacy& privacy) {
  EventLog log;
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return log;  // an empty file holds no events
  if (text[first] == '[') {
    readArray(text, source, privacy, log);
    return log;
  }
  int lineNumber = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++lineNumber;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    Loaded<Event> event = parseEvent(line, source, privacy, 1);
    if (event.ok()) {
      log.events.push_back(std::move(event.value));
      continue;
    }
    ContentError error = event.errors.front();
    error.position.line = lineNumber;  // the line in the file, the column in the line
    log.problems.push_back(std::move(error));
  }
  return log;
}

}  // namespace hw::events
