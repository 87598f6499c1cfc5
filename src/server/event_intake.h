// POST /api/help/events without the HTTP library: a batch (JSON array) as
// the widget sends it with sendBeacon, each event checked with the widget's
// own parser; the valid ones stored, the others named by their index.
#pragma once
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/events/event.h"
#include "server/event_store.h"

namespace hw::server {

inline constexpr std::size_t kMaxEventBatchBytes = 64 * 1024;  // sendBeacon's limit
inline constexpr std::size_t kMaxEventsPerBatch = 200;

struct EventIntakeResponse {
  int status = 500;
  // 202: {"accepted", "rejected", "errors": [{"index", "pointer", "error"}]}
  // 4xx/5xx: {"error", "pointer"}
  nlohmann::json body;
};

// 202 when the batch was read (even if some events were rejected), 400 when
// it is not a JSON array of at most kMaxEventsPerBatch, 413 over
// kMaxEventBatchBytes, 500 if the database fails. `privacy`: the free text
// this retailer collects (--collect-queries, --collect-comments).
EventIntakeResponse receiveEvents(std::string_view body, EventStore& store, const std::string& receivedAt,
                                  const events::EventPrivacy& privacy);

}  // namespace hw::server
