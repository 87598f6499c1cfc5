// Reading event files: JSON lines or a JSON array, bad events skipped with
// their line, closest articles from the real search engine.
#include <catch_amalgamated.hpp>

#include "events/event_samples.h"
#include "test_files.h"

#include "core/events/closest_articles.h"
#include "core/events/event_log.h"
#include "core/knowledge_base.h"

using namespace hw;
using namespace hw::events;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("JSON lines: blank lines and CRLF are fine, bad lines are located", "[report][log]") {
  const std::string good = serializeEvent(test::everyEvent()[1]);
  const std::string text = good + "\r\n\n   \n" + good + "\n{\"event\":\n" + good;
  const EventLog log = readEventLog(text, "events.jsonl");
  CHECK(log.events.size() == 3);
  REQUIRE(log.problems.size() == 1);
  CHECK_THAT(log.problems[0].describe(), Catch::Matchers::StartsWith("events.jsonl:5:"));
}

TEST_CASE("a JSON array (a batch as sent) is read too, problems located in it", "[report][log]") {
  nlohmann::json batch = nlohmann::json::array();
  for (const Event& event : test::everyEvent()) batch.push_back(eventToJson(event));
  batch[2]["data"]["results"] = "many";
  const std::string text = batch.dump(1);
  const EventLog log = readEventLog(text, "batch.json");
  CHECK(log.events.size() == test::everyEvent().size() - 1);
  REQUIRE(log.problems.size() == 1);
  CHECK(log.problems[0].pointer == "/2/data/results");
  CHECK(log.problems[0].position.line > 1);
  CHECK(readEventLog("[1,", "x").problems.size() == 1);
  CHECK(readEventLog("", "x").events.empty());
  CHECK(readEventLog("", "x").problems.empty());
}

TEST_CASE("the report reads what was collected, free text included", "[report][log]") {
  const Event search = test::makeEvent(EventName::Search, {{"query", "x"}, {"results", 1}, {"zero_results", false}, {"confident", true}});
  CHECK(readEventLog(serializeEvent(search), "x").events.size() == 1);
  CHECK(readEventLog(serializeEvent(search), "x", EventPrivacy{}).problems.size() == 1);
}

TEST_CASE("closest articles come from the search engine", "[report][log]") {
  const Loaded<KnowledgeBase> kb = loadKnowledgeBase(test::readRepoFile("assets/kb/en.json"), "en.json");
  REQUIRE(kb.ok());
  const search::SearchIndex index(kb.value);
  const auto direct = closestArticles(index, "where is my parcel");
  REQUIRE_FALSE(direct.empty());
  CHECK(direct.size() <= 3);
  CHECK_FALSE(direct[0].title.empty());
  // A query the engine cannot answer whole still gets its words' articles.
  const auto words = closestArticles(index, "gift zzqxv");
  REQUIRE_FALSE(words.empty());
  CHECK_THAT(words[0].title, ContainsSubstring("Gift"));
  CHECK(closestArticles(index, "zzqxv qqqq").empty());
}
