// Privacy: free text only when the retailer opted in; otherwise the builder
// drops it and the parser refuses it. Pages lose query and fragment.
#include <catch_amalgamated.hpp>

#include "events/builder_fixture.h"
#include "events/event_samples.h"

#include "core/events/event_fields.h"

using namespace hw;
using namespace hw::events;
using nlohmann::json;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("without query collection the builder drops the query", "[events][privacy]") {
  EventBuilder builder = test::makeBuilder();
  CHECK(builder.record(EventName::Search,
                       {{"query", "refund for SO-1042 eve@example.com"}, {"results", 2}, {"zero_results", false}, {"confident", true}},
                       test::tick(1)) == RecordResult::Queued);
  const json sent = test::sendAll(builder);
  REQUIRE(sent.size() == 1);
  CHECK(sent[0]["data"] == json{{"results", 2}, {"zero_results", false}, {"confident", true}});
  CHECK(sent[0].dump().find("eve@") == std::string::npos);
}

TEST_CASE("with query collection the query is trimmed and cut to 200 characters", "[events][privacy]") {
  EventPolicy policy;
  policy.collectQueries = true;
  EventBuilder builder = test::makeBuilder(policy);
  std::string longQuery;
  for (int i = 0; i < 150; ++i) longQuery += "退货";
  builder.record(EventName::Search, {{"query", "  where is my parcel \n"}, {"results", 3}, {"zero_results", false}, {"confident", true}}, test::tick(1));
  builder.record(EventName::Search, {{"query", longQuery}, {"results", 0}, {"zero_results", true}, {"confident", false}}, test::tick(2));
  builder.record(EventName::Search, {{"query", "   "}, {"results", 0}, {"zero_results", true}, {"confident", false}}, test::tick(3));
  const json sent = test::sendAll(builder);
  REQUIRE(sent.size() == 3);
  CHECK(sent[0]["data"]["query"] == "where is my parcel");
  CHECK(countChars(sent[1]["data"]["query"].get<std::string>()) == 200);
  CHECK_FALSE(sent[2]["data"].contains("query"));
}

TEST_CASE("rating comments only when collected", "[events][privacy]") {
  const json rating = {{"article", "track-order"}, {"helpful", false}, {"reason", "other"}, {"comment", "my order SO-1042"}};
  EventBuilder off = test::makeBuilder();
  off.record(EventName::ArticleRated, rating, test::tick(1));
  CHECK_FALSE(test::sendAll(off)[0]["data"].contains("comment"));
  EventPolicy policy;
  policy.collectComments = true;
  EventBuilder on = test::makeBuilder(policy);
  on.record(EventName::ArticleRated, rating, test::tick(1));
  CHECK(test::sendAll(on)[0]["data"]["comment"] == "my order SO-1042");
}

TEST_CASE("the parser refuses text that was not to be collected, saying why", "[events][privacy]") {
  const Event search = test::makeEvent(EventName::Search,
                                       {{"query", "x"}, {"results", 1}, {"zero_results", false}, {"confident", true}});
  const auto refused = parseEvent(serializeEvent(search), "batch");
  REQUIRE(refused.errors.size() == 1);
  CHECK(refused.errors[0].pointer == "/data/query");
  CHECK_THAT(refused.errors[0].message, ContainsSubstring("collect_queries is off"));
  CHECK(parseEvent(serializeEvent(search), "batch", {true, false}).ok());

  const Event rated = test::makeEvent(EventName::ArticleRated,
                                      {{"article", "a"}, {"helpful", false}, {"comment", "x"}});
  const auto comment = parseEvent(serializeEvent(rated), "batch", {true, false});
  REQUIRE(comment.errors.size() == 1);
  CHECK_THAT(comment.errors[0].message, ContainsSubstring("collect_comments is off"));
  CHECK(parseEvent(serializeEvent(rated), "batch", {false, true}).ok());
}

TEST_CASE("free text is only ever allowed in query and comment", "[events][privacy]") {
  // The panel's contact detail carries the query: never in the event.
  EventPolicy policy;
  policy.collectQueries = true;
  EventBuilder builder = test::makeBuilder(policy);
  CHECK(builder.recordPanelEvent("contact", R"({"query":"my address is 1 Main St"})", test::tick(1)) == RecordResult::Queued);
  CHECK(test::sendAll(builder)[0]["data"] == json::object());
  // Names, e-mails, order numbers have no field to go in.
  CHECK(builder.record(EventName::FormSubmit, {{"form", "return-request"}, {"email", "eve@example.com"}}, test::tick(2)) ==
        RecordResult::Invalid);
  CHECK(builder.lastErrors().front().pointer == "/data/email");
  CHECK(builder.record(EventName::FormStart, {{"form", "SO-1042"}}, test::tick(3)) == RecordResult::Invalid);
  CHECK(builder.queue().empty());
}

TEST_CASE("pages keep their path only", "[events][privacy]") {
  CHECK(pagePath("https://shop.example/orders/SO-1042?email=eve%40example.com#top") == "/orders/SO-1042");
  CHECK(pagePath("/checkout?token=abc") == "/checkout");
  CHECK(pagePath("https://shop.example") == "/");
  CHECK(pagePath("http://shop.example?x=1") == "/");
  CHECK(pagePath("not a url") == "");
  CHECK(pagePath("/a\nb") == "/ab");
  EventBuilder builder = test::makeBuilder();
  builder.record(EventName::Close, json::object(), test::tick(1));
  CHECK(test::sendAll(builder)[0]["page"] == "/orders/SO-1042");
  builder.setPage("");
  builder.record(EventName::Close, json::object(), test::tick(2));
  CHECK_FALSE(test::sendAll(builder)[0].contains("page"));
}

TEST_CASE("the panel's own event details map onto the model", "[events][privacy]") {
  EventBuilder builder = test::makeBuilder();
  CHECK(builder.recordPanelEvent("open", R"({"cards":["parcel-late"],"content":"ok"})", test::tick(1)) == RecordResult::Queued);
  CHECK(builder.recordPanelEvent("search", R"({"query":"refund","results":0,"confident":false})", test::tick(2)) == RecordResult::Queued);
  CHECK(builder.recordPanelEvent("article_view", R"({"id":"track-order","category":"orders"})", test::tick(3)) == RecordResult::Queued);
  CHECK(builder.recordPanelEvent("suggestion_click", R"({"rule":"parcel-late","action":"track","kind":"track"})", test::tick(4)) == RecordResult::Queued);
  CHECK(builder.recordPanelEvent("ready", R"({"content":"ok","articles":37})", test::tick(5)) == RecordResult::Ignored);
  CHECK(builder.recordPanelEvent("error", R"({"code":"http"})", test::tick(5)) == RecordResult::Ignored);
  CHECK(builder.recordPanelEvent("search", "not json", test::tick(6)) == RecordResult::Invalid);
  const json sent = test::sendAll(builder);
  REQUIRE(sent.size() == 4);
  CHECK(sent[0]["data"] == json{{"cards", {"parcel-late"}}});
  CHECK(sent[1]["data"] == json{{"results", 0}, {"zero_results", true}, {"confident", false}});
  CHECK(sent[2]["data"] == json{{"article", "track-order"}, {"category", "orders"}});
  CHECK(sent[3]["event"] == "suggestion_click");
}
