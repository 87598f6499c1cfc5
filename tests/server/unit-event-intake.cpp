// Event intake against a real SQLite file: batches accepted, bad events
// named by index, privacy as configured, limits.
#include <catch_amalgamated.hpp>

#include <filesystem>

#include <unistd.h>

#include "events/event_samples.h"

#include "server/event_intake.h"
#include "server/inbox_options.h"

using namespace hw;
using namespace hw::server;
using nlohmann::json;

namespace {

struct TempEventStore {
  std::filesystem::path path;
  std::unique_ptr<EventStore> store;
  TempEventStore() {
    static int counter = 0;
    path = std::filesystem::temp_directory_path() /
           ("help-events-test-" + std::to_string(::getpid()) + "-" + std::to_string(++counter) + ".sqlite");
    std::string error;
    store = EventStore::open(path.string(), error);
    REQUIRE(store);
  }
  ~TempEventStore() {
    store.reset();
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  }
};

std::string batchOf(const std::vector<events::Event>& list) {
  json batch = json::array();
  for (const events::Event& event : list) batch.push_back(events::eventToJson(event));
  return batch.dump();
}

}  // namespace

TEST_CASE("a batch is stored and counted", "[server][events]") {
  TempEventStore temp;
  const auto all = test::everyEvent();
  const EventIntakeResponse response = receiveEvents(batchOf(all), *temp.store, "2026-11-23T10:00:00.000Z", {});
  CHECK(response.status == 202);
  CHECK(response.body["accepted"] == all.size());
  CHECK(response.body["rejected"] == 0);
  CHECK(temp.store->count() == all.size());
  const auto stored = temp.store->list(1000);
  REQUIRE(stored.size() == all.size());
  CHECK(events::serializeEvent(stored.front()) == events::serializeEvent(all.front()));
  CHECK(temp.store->list(2).size() == 2);
  CHECK(temp.store->list(2).back().name == all.back().name);  // the newest
}

TEST_CASE("bad events are rejected by index, the others kept", "[server][events]") {
  TempEventStore temp;
  json batch = json::parse(batchOf(test::everyEvent()));
  batch[1]["data"]["email"] = "eve@example.com";
  batch[4] = "not an event";
  const EventIntakeResponse response = receiveEvents(batch.dump(), *temp.store, "now", {});
  CHECK(response.status == 202);
  CHECK(response.body["accepted"] == batch.size() - 2);
  CHECK(response.body["rejected"] == 2);
  CHECK(response.body["errors"][0]["index"] == 1);
  CHECK(response.body["errors"][0]["pointer"] == "/data/email");
  CHECK(response.body["errors"][1]["index"] == 4);
  CHECK(temp.store->count() == batch.size() - 2);
}

TEST_CASE("search text only when the inbox collects it", "[server][events]") {
  TempEventStore temp;
  const std::string batch = batchOf({test::makeEvent(
      events::EventName::Search, {{"query", "refund"}, {"results", 1}, {"zero_results", false}, {"confident", true}})});
  const EventIntakeResponse off = receiveEvents(batch, *temp.store, "now", {});
  CHECK(off.body["rejected"] == 1);
  CHECK(off.body["errors"][0]["pointer"] == "/data/query");
  const EventIntakeResponse on = receiveEvents(batch, *temp.store, "now", {true, false});
  CHECK(on.body["accepted"] == 1);
}

TEST_CASE("not a batch, too many, too large", "[server][events]") {
  TempEventStore temp;
  CHECK(receiveEvents("{}", *temp.store, "now", {}).status == 400);
  CHECK(receiveEvents("[", *temp.store, "now", {}).status == 400);
  CHECK(receiveEvents("", *temp.store, "now", {}).status == 400);
  CHECK(receiveEvents("[]", *temp.store, "now", {}).status == 202);
  std::vector<events::Event> many(kMaxEventsPerBatch + 1, test::everyEvent()[1]);
  CHECK(receiveEvents(batchOf(many), *temp.store, "now", {}).status == 400);
  CHECK(receiveEvents(std::string(kMaxEventBatchBytes + 1, ' '), *temp.store, "now", {}).status == 413);
  CHECK(temp.store->count() == 0);
}

TEST_CASE("the inbox's privacy switches", "[server][events]") {
  const ParsedOptions plain = parseInboxOptions({});
  CHECK_FALSE(plain.options.collectQueries);
  const ParsedOptions both = parseInboxOptions({"--collect-queries", "--collect-comments", "--port", "0"});
  CHECK(both.error.empty());
  CHECK(both.options.collectQueries);
  CHECK(both.options.collectComments);
  CHECK(both.options.port == 0);
  CHECK_FALSE(parseInboxOptions({"--collect-queries=yes"}).error.empty());
}
