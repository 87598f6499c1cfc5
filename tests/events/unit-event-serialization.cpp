// Event JSON: what the widget writes is what the schema publishes and what
// the parser reads back, for every event.
#include <catch_amalgamated.hpp>

#include "events/event_samples.h"
#include "events/event_schema.h"

using namespace hw;
using namespace hw::events;
using nlohmann::json;

namespace {

std::vector<std::string> strings(const json& list) {
  std::vector<std::string> out;
  for (const json& value : list) out.push_back(value.get<std::string>());
  return out;
}

std::string findings(const schema::ValidationResult& result) {
  std::string out;
  for (const auto& finding : result.findings) out += finding.pointer + ": " + finding.message + "\n";
  return out;
}

}  // namespace

TEST_CASE("every event serializes to JSON the schema accepts and parses back equal", "[events][serialization]") {
  const auto all = test::everyEvent();
  REQUIRE(all.size() == kEventNameCount);
  for (const Event& event : all) {
    const std::string text = serializeEvent(event);
    INFO(text);
    const json value = json::parse(text);
    const auto result = test::eventSchema().validate(value);
    INFO(findings(result));
    CHECK(result.valid());
    const Loaded<Event> back = parseEvent(text);
    REQUIRE(back.ok());
    CHECK(back.value.name == event.name);
    CHECK(back.value.at == event.at);
    CHECK(back.value.session == event.session);
    CHECK(back.value.locale == event.locale);
    CHECK(back.value.widgetVersion == event.widgetVersion);
    CHECK(back.value.page == event.page);
    CHECK(back.value.data == event.data);
    CHECK(serializeEvent(back.value) == text);
  }
}

TEST_CASE("the envelope is written in a fixed order, page only when known", "[events][serialization]") {
  Event event = test::makeEvent(EventName::ArticleView, {{"article", "track-order"}, {"category", "orders"}});
  CHECK(serializeEvent(event) ==
        R"({"at":"2026-11-23T10:15:00+01:00","data":{"article":"track-order","category":"orders"},)"
        R"("event":"article_view","locale":"en","page":"/orders","schema_version":1,)"
        R"("session":"s1a2b3c4d5e6f7a8","widget_version":"0.1.0"})");
  event.page.clear();
  CHECK(json::parse(serializeEvent(event)).contains("page") == false);
  CHECK(parseEvent(serializeEvent(event)).ok());
}

TEST_CASE("opt-in text validates against the schema when collected", "[events][serialization]") {
  const Event search = test::makeEvent(
      EventName::Search, {{"results", 0}, {"zero_results", true}, {"confident", false}, {"query", "退货 地址"}});
  const Event rated = test::makeEvent(EventName::ArticleRated,
                                      {{"article", "a"}, {"helpful", false}, {"reason", "other"}, {"comment", "too long"}});
  for (const Event& event : {search, rated}) {
    CHECK(test::eventSchema().validate(eventToJson(event)).valid());
    CHECK(parseEvent(serializeEvent(event), "event", EventPrivacy::all()).ok());
  }
}

TEST_CASE("the schema names exactly the events and choices the code knows", "[events][schema]") {
  const json& schema = test::eventSchemaDocument();
  std::vector<std::string> names;
  for (std::size_t i = 0; i < kEventNameCount; ++i) names.emplace_back(eventNameText(static_cast<EventName>(i)));
  CHECK(strings(schema["properties"]["event"]["enum"]) == names);
  CHECK(schema["properties"]["schema_version"]["const"] == kEventSchemaVersion);
  CHECK(schema["additionalProperties"] == false);
  CHECK(strings(schema["$defs"]["article_rated"]["properties"]["reason"]["enum"]) ==
        std::vector<std::string>(std::begin(kRatingReasons), std::end(kRatingReasons)));
  CHECK(strings(schema["$defs"]["suggestion_click"]["properties"]["kind"]["enum"]) ==
        std::vector<std::string>(std::begin(kActionKinds), std::end(kActionKinds)));
  // Every event has exactly one data rule.
  std::vector<std::string> covered;
  for (const json& rule : schema["allOf"]) {
    const json& event = rule["if"]["properties"]["event"];
    if (event.contains("const")) covered.push_back(event["const"]);
    else for (const json& name : event["enum"]) covered.push_back(name);
  }
  std::sort(covered.begin(), covered.end());
  std::sort(names.begin(), names.end());
  CHECK(covered == names);
}

TEST_CASE("the schema's limits are the code's limits", "[events][schema]") {
  namespace limits = event_limits;
  const json& s = test::eventSchemaDocument();
  CHECK(s["$defs"]["id"]["maxLength"] == limits::kMaxIdChars);
  CHECK(s["properties"]["session"]["minLength"] == limits::kMinSessionChars);
  CHECK(s["properties"]["session"]["maxLength"] == limits::kMaxSessionChars);
  CHECK(s["properties"]["locale"]["maxLength"] == limits::kMaxLocaleChars);
  CHECK(s["properties"]["at"]["maxLength"] == limits::kMaxTimestampChars);
  CHECK(s["properties"]["widget_version"]["maxLength"] == limits::kMaxWidgetVersionChars);
  CHECK(s["properties"]["page"]["maxLength"] == limits::kMaxPageChars);
  CHECK(s["$defs"]["search"]["properties"]["query"]["maxLength"] == limits::kMaxQueryChars);
  CHECK(s["$defs"]["search"]["properties"]["results"]["maximum"] == limits::kMaxResults);
  CHECK(s["$defs"]["article_rated"]["properties"]["comment"]["maxLength"] == limits::kMaxCommentChars);
  CHECK(s["$defs"]["open"]["properties"]["cards"]["maxItems"] == limits::kMaxCards);
  CHECK(s["$defs"]["search_result_click"]["properties"]["position"]["maximum"] == limits::kMaxPosition);
  CHECK(s["$defs"]["form_step"]["properties"]["index"]["maximum"] == limits::kMaxStepIndex);
}

TEST_CASE("the schema rejects what the parser rejects", "[events][schema]") {
  const json good = eventToJson(test::everyEvent()[3]);  // search_result_click
  const auto rejectedByBoth = [&](json value) {
    INFO(value.dump());
    CHECK_FALSE(test::eventSchema().validate(value).valid());
    CHECK_FALSE(eventFromJson(value, EventPrivacy::all()).ok());
  };
  json extraData = good;
  extraData["data"]["email"] = "eve@example.com";
  rejectedByBoth(extraData);
  json extraEnvelope = good;
  extraEnvelope["user"] = "eve";
  rejectedByBoth(extraEnvelope);
  json unknownEvent = good;
  unknownEvent["event"] = "page_view";
  rejectedByBoth(unknownEvent);
  json pageWithQuery = good;
  pageWithQuery["page"] = "/orders?id=SO-1042";
  rejectedByBoth(pageWithQuery);
  json position0 = good;
  position0["data"]["position"] = 0;
  rejectedByBoth(position0);
  json shortSession = good;
  shortSession["session"] = "abc";
  rejectedByBoth(shortSession);
  json noOffset = good;
  noOffset["at"] = "2026-11-23T10:15:00";
  rejectedByBoth(noOffset);
  json closeWithData = eventToJson(test::everyEvent()[1]);
  closeWithData["data"]["query"] = "x";
  rejectedByBoth(closeWithData);
}
