// The report's three forms: JSON with every figure, text for a terminal,
// and the HTML page (self-contained, escaped, charts as inline SVG).
#include <catch_amalgamated.hpp>

#include "events/event_samples.h"
#include "events/report_fixture.h"

#include "core/events/report_html.h"

using namespace hw;
using namespace hw::events;
using nlohmann::json;
using Catch::Matchers::ContainsSubstring;

namespace {

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

EventReport hostileReport() {
  const std::string evil = "<script>alert(\"x\")</script>&'";
  std::vector<Event> events = {
      test::makeEvent(EventName::Open, {{"cards", {"parcel-late"}}}),
      test::makeEvent(EventName::Search, {{"query", evil}, {"results", 0}, {"zero_results", true}, {"confident", false}}),
  };
  events[0].locale = events[1].locale = "en";
  return buildReport(events, {}, [&](const std::string&, const std::string&) {
    return std::vector<ArticleRef>{{"a", "<img src=x onerror=alert(1)>"}};
  });
}

}  // namespace

TEST_CASE("JSON carries every figure", "[report][output]") {
  EventReport report = buildReport(test::fixtureLog().events);
  report.invalidEvents = 2;
  const json j = reportToJson(report);
  CHECK(j["sessions"] == 15);
  CHECK(j["events"] == 101);
  CHECK(j["invalid_events"] == 2);
  CHECK(j["deflected_sessions"] == 8);
  CHECK(j["ticket_sessions"] == 2);
  CHECK(j["deflection_rate"] == 0.5333);
  CHECK(j["searches"] == 12);
  CHECK(j["zero_result_searches"] == 7);
  CHECK(j["zero_result_searches_without_query"] == 2);
  CHECK(j["range"] == json{{"from", nullptr}, {"to", nullptr}});
  CHECK(j["sessions_per_locale"] == json::parse(R"([{"locale":"en","sessions":11},{"locale":"zh-CN","sessions":4}])"));
  CHECK(j["deflection_by_day"][1] == json::parse(R"({"date":"2026-11-20","sessions":5,"deflected":3,"rate":0.6})"));
  CHECK(j["top_zero_result_queries"][0] ==
        json::parse(R"({"query":"gift wrap","locale":"en","count":2,"closest_articles":[],"suggestion":"write an article or add keywords"})"));
  CHECK(j["top_queries"][0] == json::parse(R"({"query":"gift wrap","locale":"en","count":2})"));
  CHECK(j["articles"][0] == json::parse(
      R"({"article":"refund-timing","views":3,"helpful":1,"not_helpful":2,"reasons":{"not_my_problem":1,"outdated":1}})"));
  CHECK(j["suggestions"][0] == json::parse(R"({"rule":"parcel-late","shown":7,"clicks":2,"click_through":0.2857})"));
  CHECK(j["forms"][0]["form"] == "delivery-problem");
  CHECK(j["forms"][0]["steps"][1] == json::parse(R"({"step":"details","index":1,"reached":2,"abandoned":1})"));
  CHECK(j["forms"][1]["resolved"] == 2);
}

TEST_CASE("text summary names the headline figures", "[report][output]") {
  const std::string text = reportToText(buildReport(test::fixtureLog().events));
  CHECK_THAT(text, ContainsSubstring("15 sessions, 101 events"));
  CHECK_THAT(text, ContainsSubstring("Deflection: 8 of 15 sessions (53.3%)"));
  CHECK_THAT(text, ContainsSubstring("2026-11-21  2/5  40.0%"));
  CHECK_THAT(text, ContainsSubstring("2  gift wrap [en]  -> write an article or add keywords"));
  CHECK_THAT(text, ContainsSubstring("parcel-late  2/7  28.6%"));
  CHECK_THAT(text, ContainsSubstring("return-request: 3 started -> item 3 -> reason 3 -> how-to-return 2; 2 resolved, 1 submitted, 0 abandoned"));
  CHECK_THAT(reportToText(buildReport({})), ContainsSubstring("No events in this range."));
}

TEST_CASE("the HTML page is self-contained and has its charts", "[report][output]") {
  const std::string html = renderReportHtml(buildReport(test::fixtureLog().events), "fixture");
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK_THAT(html, ContainsSubstring("<style>"));
  CHECK(count(html, "<script") == 0);
  CHECK(count(html, "src=") == 0);
  CHECK(count(html, "href=") == 0);
  CHECK(count(html, "url(") == 0);
  CHECK_THAT(html, ContainsSubstring("aria-label=\"Deflection rate per day\""));
  CHECK(count(html, "<polyline") == 1);
  CHECK(count(html, "<circle") == 4);
  CHECK_THAT(html, ContainsSubstring("aria-label=\"Funnel of delivery-problem\""));
  CHECK_THAT(html, ContainsSubstring("aria-label=\"Funnel of return-request\""));
  CHECK_THAT(html, ContainsSubstring("aria-label=\"Helpful and not helpful ratings per article\""));
  CHECK_THAT(html, ContainsSubstring("<span class=\"q\">发票</span>"));
  CHECK_THAT(html, ContainsSubstring("53%"));
}

TEST_CASE("every text in the page is escaped", "[report][output]") {
  const std::string html = renderReportHtml(hostileReport(), "<b>source</b>");
  CHECK(count(html, "<script") == 0);
  CHECK(count(html, "<img") == 0);
  CHECK(count(html, "<b>source") == 0);
  CHECK_THAT(html, ContainsSubstring("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;"));
  CHECK_THAT(html, ContainsSubstring("&lt;img src=x onerror=alert(1)&gt;"));
  CHECK(htmlEscape("a\xff" "b") == "a\xEF\xBF\xBD" "b");
}

TEST_CASE("no events give a page, not a crash", "[report][output]") {
  const std::string html = renderReportHtml(buildReport({}));
  CHECK_THAT(html, ContainsSubstring("No sessions in this range."));
  CHECK_THAT(html, ContainsSubstring("No guided forms were started."));
  CHECK_THAT(html, ContainsSubstring("No ratings yet."));
  CHECK(count(html, "<polyline") == 0);
  CHECK(reportToJson(buildReport({}))["sessions"] == 0);
}
