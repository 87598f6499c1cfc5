// parseEvent reports every problem with its pointer and line:column, like
// the content loaders, and rejects unknown events and fields.
#include <catch_amalgamated.hpp>

#include "events/event_samples.h"

using namespace hw;
using namespace hw::events;
using Catch::Matchers::ContainsSubstring;

namespace {

ContentError only(const Loaded<Event>& loaded) {
  REQUIRE(loaded.errors.size() == 1);
  return loaded.errors.front();
}

}  // namespace

TEST_CASE("syntax errors carry the line and column", "[events][validation]") {
  const Loaded<Event> loaded = parseEvent("{\"schema_version\":1,\n \"event\" \"open\"}", "batch.jsonl:3");
  const ContentError error = only(loaded);
  CHECK(error.code == ContentErrorCode::Syntax);
  CHECK(error.position.line == 2);
  CHECK_THAT(error.describe(), ContainsSubstring("batch.jsonl:3:2:"));
}

TEST_CASE("schema errors point at the value, with its position", "[events][validation]") {
  const std::string text =
      "{\"schema_version\":1,\"event\":\"search_result_click\",\"at\":\"2026-11-23T10:15:00Z\",\n"
      "\"session\":\"abcdefgh\",\"locale\":\"en\",\"widget_version\":\"1\",\n"
      "\"data\":{\"article\":\"Track Order\",\"position\":1}}";
  const ContentError error = only(parseEvent(text, "e.json"));
  CHECK(error.pointer == "/data/article");
  CHECK(error.position.line == 3);
  CHECK_THAT(error.message, ContainsSubstring("must be an id"));
}

TEST_CASE("unknown events and fields are rejected by name", "[events][validation]") {
  nlohmann::json value = eventToJson(test::everyEvent()[4]);
  value["event"] = "page_view";
  CHECK_THAT(only(eventFromJson(value)).message, ContainsSubstring("\"page_view\" is not an event"));

  value = eventToJson(test::everyEvent()[4]);
  value["data"]["order"] = "SO-1042";
  const ContentError field = only(eventFromJson(value));
  CHECK(field.pointer == "/data/order");
  CHECK_THAT(field.message, ContainsSubstring("unknown property \"order\" for article_view"));

  value = eventToJson(test::everyEvent()[4]);
  value["email"] = "eve@example.com";
  CHECK(only(eventFromJson(value)).pointer == "/email");
}

TEST_CASE("each required property, removed, is named", "[events][validation]") {
  for (const char* key : {"schema_version", "event", "at", "session", "locale", "widget_version", "data"}) {
    nlohmann::json value = eventToJson(test::everyEvent()[0]);
    value.erase(key);
    const auto errors = eventFromJson(value).errors;
    REQUIRE_FALSE(errors.empty());
    CHECK_THAT(errors.front().message, ContainsSubstring(std::string("\"") + key + "\""));
  }
  nlohmann::json noForm = eventToJson(test::everyEvent()[8]);  // form_step
  noForm["data"].erase("index");
  CHECK_THAT(only(eventFromJson(noForm)).message, ContainsSubstring("missing required property \"index\""));
}

TEST_CASE("field rules: numbers, choices, ids, consistency", "[events][validation]") {
  const auto dataError = [](EventName name, nlohmann::json data) {
    return eventFromJson(eventToJson(test::makeEvent(name, std::move(data))), EventPrivacy::all()).errors;
  };
  CHECK(dataError(EventName::Search, {{"results", -1}, {"zero_results", false}, {"confident", true}}).size() == 1);
  CHECK(dataError(EventName::Search, {{"results", 2.5}, {"zero_results", false}, {"confident", true}}).size() == 1);
  CHECK(dataError(EventName::Search, {{"results", 2.0}, {"zero_results", false}, {"confident", true}}).empty());
  const auto inconsistent = dataError(EventName::Search, {{"results", 0}, {"zero_results", false}, {"confident", true}});
  REQUIRE(inconsistent.size() == 1);
  CHECK(inconsistent[0].pointer == "/data/zero_results");
  const auto reason = dataError(EventName::ArticleRated, {{"article", "a"}, {"helpful", false}, {"reason", "rude"}});
  REQUIRE(reason.size() == 1);
  CHECK_THAT(reason[0].message, ContainsSubstring("outdated, unclear, not_my_problem, other"));
  CHECK(dataError(EventName::ArticleRated, {{"article", "a"}, {"helpful", "yes"}}).size() == 1);
  CHECK(dataError(EventName::SuggestionClick, {{"rule", "r"}, {"action", "a"}, {"kind", "call"}}).size() == 1);
  CHECK(dataError(EventName::Open, {{"cards", {"ok", "Not An Id"}}})[0].pointer == "/data/cards/1");
  CHECK(dataError(EventName::FormStep, {{"form", "f"}, {"step", "s"}, {"index", 201}}).size() == 1);
  CHECK(dataError(EventName::Open, {{"cards", nlohmann::json::array()}}).empty());
}

TEST_CASE("envelope rules: times, sessions, locales, pages", "[events][validation]") {
  Event event = test::everyEvent()[1];
  const auto errors = [&] { return validateEvent(event); };
  event.at = "2026-02-30T10:00:00Z";
  CHECK(errors().size() == 1);
  event.at = "2026-11-23T10:15:00.123-05:00";
  CHECK(errors().empty());
  event.session = "has space in it";
  CHECK(errors().size() == 1);
  event.session = std::string(65, 'a');
  CHECK(errors().size() == 1);
  event.session = "0123456789abcdef0123456789abcdef";
  event.locale = "english";
  CHECK(errors().size() == 1);
  event.locale = "zh-CN";
  event.page = "https://shop.example/orders";
  CHECK(errors().size() == 1);
  event.page = "/orders#top";
  CHECK(errors().size() == 1);
  event.page = "/订单/1";
  CHECK(errors().empty());
}

TEST_CASE("hostile input is refused without a crash", "[events][validation]") {
  for (const std::string& text : {std::string(), std::string("null"), std::string("[]"), std::string("\"open\""),
                                 std::string(100000, '['), std::string("{\"event\":\"\xff\xfe\"}"),
                                 std::string(20000, ' ') + "{}"}) {
    CHECK_FALSE(parseEvent(text).ok());
  }
}
