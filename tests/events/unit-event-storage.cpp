// Storage: the queue survives a reload through toJson()/fromJson(), and
// corrupt or outdated storage never breaks the widget.
#include <catch_amalgamated.hpp>

#include "events/builder_fixture.h"
#include "events/event_samples.h"

#include "core/events/event_queue.h"

using namespace hw;
using namespace hw::events;
using nlohmann::json;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("a queue round-trips through storage, dropped count included", "[events][storage]") {
  EventQueueLimits limits;
  limits.maxStoredEvents = 14;
  EventQueue queue(limits);
  for (const Event& event : test::everyEvent()) queue.push(event);
  CHECK(queue.dropped() == 1);
  const std::string stored = queue.toJson();
  const EventQueueLoad load = EventQueue::fromJson(stored, limits);
  CHECK(load.problems.empty());
  CHECK(load.queue.size() == 14);
  CHECK(load.queue.dropped() == 1);
  CHECK(load.queue.toJson() == stored);
}

TEST_CASE("a batch in flight is stored and sent again after a reload", "[events][storage]") {
  EventQueue queue;
  queue.push(test::everyEvent()[0]);
  const std::string batch = queue.takeBatch();
  EventQueueLoad load = EventQueue::fromJson(queue.toJson());
  CHECK(load.queue.inFlight() == 0);
  CHECK(load.queue.takeBatch() == batch);
}

TEST_CASE("corrupt storage gives an empty queue and says why", "[events][storage]") {
  for (const std::string& stored : {std::string("{"), std::string("null"), std::string("[]"), std::string("\xff\xfe"),
                                   std::string(R"({"version":2,"events":[]})"), std::string(R"({"version":1,"events":{}})"),
                                   std::string(100000, '[')}) {
    const EventQueueLoad load = EventQueue::fromJson(stored);
    CHECK(load.queue.empty());
    CHECK(load.problems.size() == 1);
  }
  CHECK(EventQueue::fromJson("").problems.empty());  // nothing stored yet
}

TEST_CASE("broken stored events are dropped one by one", "[events][storage]") {
  json stored = json::parse(EventQueue().toJson());
  stored["events"].push_back(eventToJson(test::everyEvent()[0]));
  stored["events"].push_back(json{{"event", "open"}});
  stored["events"].push_back(42);
  stored["events"].push_back(eventToJson(test::everyEvent()[1]));
  stored["dropped"] = "many";
  const EventQueueLoad load = EventQueue::fromJson(stored.dump());
  CHECK(load.queue.size() == 2);
  REQUIRE(load.problems.size() == 2);
  CHECK_THAT(load.problems[0], ContainsSubstring("stored event 1 dropped"));
  CHECK(load.queue.dropped() == 0);
}

TEST_CASE("restored events follow today's privacy settings", "[events][storage]") {
  EventPolicy collecting;
  collecting.collectQueries = true;
  EventBuilder before = test::makeBuilder(collecting);
  before.record(EventName::Search, {{"query", "refund"}, {"results", 1}, {"zero_results", false}, {"confident", true}}, test::tick(1));
  before.record(EventName::Close, json::object(), test::tick(2));
  EventBuilder after = test::makeBuilder();  // the retailer turned query collection off
  const auto problems = after.restore(before.storageText());
  CHECK(problems.size() == 1);
  const json sent = test::sendAll(after);
  REQUIRE(sent.size() == 1);
  CHECK(sent[0]["event"] == "close");
}

TEST_CASE("restored events go before the ones recorded since the page loaded", "[events][storage]") {
  EventBuilder earlier = test::makeBuilder();
  earlier.record(EventName::Open, {{"cards", json::array()}}, test::tick(1));
  EventBuilder now = test::makeBuilder();
  now.record(EventName::Close, json::object(), test::tick(9));
  CHECK(now.restore(earlier.storageText()).empty());
  CHECK(now.restore("garbage").size() == 1);  // keeps what it has
  const json sent = test::sendAll(now);
  REQUIRE(sent.size() == 2);
  CHECK(sent[0]["event"] == "open");
  CHECK(sent[1]["event"] == "close");
  CHECK(now.storageText().empty());  // nothing left to keep
}
