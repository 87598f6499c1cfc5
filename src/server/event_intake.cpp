#include "server/event_intake.h"

#include "core/json_document.h"
#include "server/ticket_intake.h"

namespace hw::server {

using nlohmann::json;

EventIntakeResponse receiveEvents(std::string_view body, EventStore& store, const std::string& receivedAt,
                                  const events::EventPrivacy& privacy) {
  if (body.size() > kMaxEventBatchBytes)
    return {413, errorBody("an event batch is at most " + std::to_string(kMaxEventBatchBytes) + " bytes")};
  JsonLimits limits;
  limits.maxBytes = kMaxEventBatchBytes;
  limits.maxDepth = 16;
  const Loaded<json> parsed = parseJsonDocument(body, "batch", limits);
  if (!parsed.ok()) return {400, errorBody(parsed.errors.front().describe(), parsed.errors.front().pointer)};
  if (!parsed.value.is_array()) return {400, errorBody("send a JSON array of events")};
  if (parsed.value.size() > kMaxEventsPerBatch)
    return {400, errorBody("a batch holds at most " + std::to_string(kMaxEventsPerBatch) + " events")};

  std::vector<events::Event> accepted;
  json errors = json::array();
  for (std::size_t i = 0; i < parsed.value.size(); ++i) {
    Loaded<events::Event> event = events::eventFromJson(parsed.value[i], privacy, 1);
    if (event.ok()) {
      accepted.push_back(std::move(event.value));
      continue;
    }
    const ContentError& first = event.errors.front();
    errors.push_back({{"index", i}, {"pointer", first.pointer}, {"error", first.message}});
  }
  if (!store.insert(accepted, receivedAt)) return {500, errorBody("the events could not be stored")};
  return {202, {{"accepted", accepted.size()}, {"rejected", errors.size()}, {"errors", std::move(errors)}}};
}

}  // namespace hw::server
