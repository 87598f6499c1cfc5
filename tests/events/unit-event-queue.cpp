// The send queue: batches under sendBeacon's limit, caps on count and
// bytes with the oldest dropped and counted, requeue on failure.
#include <catch_amalgamated.hpp>

#include "events/event_samples.h"

#include "core/events/event_queue.h"

using namespace hw;
using namespace hw::events;
using nlohmann::json;

namespace {

Event numbered(int n) {
  return test::makeEvent(EventName::FormStep, {{"form", "f"}, {"step", "s"}, {"index", n % 200}},
                         "2026-11-23T10:15:00+01:00", "session" + std::to_string(1000 + n));
}

std::vector<std::string> sessionsOf(const std::string& batch) {
  std::vector<std::string> out;
  for (const json& event : json::parse(batch)) out.push_back(event["session"]);
  return out;
}

}  // namespace

TEST_CASE("batches hold at most maxBatchEvents, oldest first", "[events][queue]") {
  EventQueue queue;  // 50 per batch
  for (int i = 0; i < 120; ++i) queue.push(numbered(i));
  const std::string first = queue.takeBatch();
  const auto sessions = sessionsOf(first);
  REQUIRE(sessions.size() == 50);
  CHECK(sessions.front() == "session1000");
  CHECK(sessions.back() == "session1049");
  CHECK(queue.inFlight() == 50);
  CHECK(queue.takeBatch().empty());  // one batch at a time
  queue.onSent(true);
  CHECK(queue.size() == 70);
  CHECK(sessionsOf(queue.takeBatch()).front() == "session1050");
  queue.onSent(true);
  CHECK(sessionsOf(queue.takeBatch()).size() == 20);
  queue.onSent(true);
  CHECK(queue.empty());
  CHECK(queue.takeBatch().empty());
  CHECK(queue.storedBytes() == 0);
}

TEST_CASE("a batch never exceeds the byte limit (sendBeacon takes 64 KB)", "[events][queue]") {
  EventQueueLimits limits;
  limits.maxBatchEvents = 1000;
  limits.maxStoredEvents = 1000;
  limits.maxStoredBytes = 1024 * 1024;
  EventQueue queue(limits);
  for (int i = 0; i < 1000; ++i) queue.push(numbered(i));
  std::size_t total = 0;
  for (std::string batch = queue.takeBatch(); !batch.empty(); batch = queue.takeBatch()) {
    CHECK(batch.size() <= 60 * 1024);
    CHECK(json::parse(batch, nullptr, false).is_array());
    total += json::parse(batch).size();
    queue.onSent(true);
  }
  CHECK(total == 1000);
}

TEST_CASE("a failed send puts the batch back in front, in order", "[events][queue]") {
  EventQueue queue;
  for (int i = 0; i < 3; ++i) queue.push(numbered(i));
  const std::string batch = queue.takeBatch();
  queue.push(numbered(3));  // recorded while the batch was out
  queue.onSent(false);
  CHECK(queue.inFlight() == 0);
  CHECK(queue.size() == 4);
  CHECK(queue.takeBatch() == batch.substr(0, batch.size() - 1) + "," + serializeEvent(numbered(3)) + "]");
  queue.onSent(true);
  CHECK(queue.empty());
  queue.onSent(true);  // no batch out: nothing happens
  CHECK(queue.empty());
}

TEST_CASE("over maxStoredEvents the oldest events go and are counted", "[events][queue]") {
  EventQueueLimits limits;
  limits.maxStoredEvents = 10;
  EventQueue queue(limits);
  for (int i = 0; i < 25; ++i) queue.push(numbered(i));
  CHECK(queue.size() == 10);
  CHECK(queue.dropped() == 15);
  CHECK(sessionsOf(queue.takeBatch()).front() == "session1015");
}

TEST_CASE("over maxStoredBytes the oldest events go and are counted", "[events][queue]") {
  const std::size_t one = serializeEvent(numbered(0)).size();
  EventQueueLimits limits;
  limits.maxStoredBytes = one * 4 + one / 2;  // room for four
  EventQueue queue(limits);
  for (int i = 0; i < 6; ++i) queue.push(numbered(i));
  CHECK(queue.size() == 4);
  CHECK(queue.dropped() == 2);
  CHECK(queue.storedBytes() <= limits.maxStoredBytes);
}

TEST_CASE("a batch in flight is not dropped for newer events; a failed one is", "[events][queue]") {
  EventQueueLimits limits;
  limits.maxStoredEvents = 4;
  limits.maxBatchEvents = 3;
  EventQueue queue(limits);
  for (int i = 0; i < 4; ++i) queue.push(numbered(i));
  queue.takeBatch();  // 0, 1, 2 out
  queue.push(numbered(4));  // drops 3, the oldest waiting
  CHECK(queue.size() == 4);
  CHECK(queue.dropped() == 1);
  queue.onSent(false);  // 0,1,2 back; still 4 events
  CHECK(queue.size() == 4);
  queue.push(numbered(5));  // now 0 is the oldest waiting
  CHECK(sessionsOf(queue.takeBatch()) == std::vector<std::string>{"session1001", "session1002", "session1004"});
  CHECK(queue.dropped() == 2);
}

TEST_CASE("clear empties everything", "[events][queue]") {
  EventQueueLimits limits;
  limits.maxStoredEvents = 1;
  EventQueue queue(limits);
  queue.push(numbered(0));
  queue.push(numbered(1));
  queue.takeBatch();
  queue.clear();
  CHECK(queue.empty());
  CHECK(queue.dropped() == 0);
  CHECK(queue.inFlight() == 0);
  CHECK(queue.storedBytes() == 0);
}
