// A builder for tests: a fixed session, a clock that ticks one second per
// event, and the batch it would send, parsed.
#pragma once
#include <string>

#include <catch_amalgamated.hpp>
#include <nlohmann/json.hpp>

#include "core/events/event_builder.h"

namespace hw::test {

inline events::EventSession testSession() {
  return {"0123456789abcdef0123456789abcdef", "en", "0.1.0", "https://shop.example/orders/SO-1042?email=eve%40example.com#top"};
}

inline events::EventBuilder makeBuilder(events::EventPolicy policy = {}, double draw = 0.5) {
  return events::EventBuilder(policy, testSession(), draw);
}

inline const char* tick(int second) {
  static std::string text;
  text = "2026-11-23T10:00:" + std::string(second < 10 ? "0" : "") + std::to_string(second) + "+01:00";
  return text.c_str();
}

// Everything the builder would send now, as one JSON array.
inline nlohmann::json sendAll(events::EventBuilder& builder) {
  nlohmann::json all = nlohmann::json::array();
  for (std::string batch = builder.takeBatch(); !batch.empty(); batch = builder.takeBatch()) {
    const nlohmann::json parsed = nlohmann::json::parse(batch, nullptr, false);
    REQUIRE(parsed.is_array());
    for (const auto& event : parsed) all.push_back(event);
    builder.onSent(true);
  }
  return all;
}

}  // namespace hw::test
