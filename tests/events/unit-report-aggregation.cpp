// Every figure of the fixture's report, worked out by hand from the
// sessions in fixture-events.jsonl:
//   en-0001 11-20 open[parcel-late,refund-pending], card click, typed "wh" ->
//           "where is my" -> "where is my parcel", view+rate track-order yes
//   en-0002 11-20 "gift wrap" 0 results, contact
//   en-0003 11-20 return-request item, reason, how-to-return, resolved
//   en-0004 11-20 card click, view refund-timing, rated no (outdated),
//           return-request item, reason, submitted (ticket)
//   en-0005 11-21 "gift wrap" -> "gift wrapping" 0, delivery-problem left at order
//   en-0006 11-21 "return label", view, rated no (unclear), "print return label", view
//   en-0007 11-22 card click, view+rate payment-methods yes
//   en-0008 11-22 two searches without text, 0 results; delivery-problem
//           order, details, contact, submitted (ticket)
//   en-0009 11-22 23:59 "Gift  Wrap " 0 results after midnight (lines out of order)
//   en-0010 11-19 view delivery-times
//   en-0011 11-21 "refund", view, rated refund-timing no (not_my_problem)
//   zh-0001 11-20 "退款", view+rate refund-timing yes
//   zh-0002 11-21 card click, delivery-problem order, details, left; "发票" 0
//   zh-0003 11-21 "发票" 0, contact
//   zh-0004 11-22 return-request item, reason, back to item, reason,
//           how-to-return, resolved
#include <catch_amalgamated.hpp>

#include "events/report_fixture.h"

#include "core/events/event_report.h"

using namespace hw;
using namespace hw::events;
using Catch::Approx;

namespace {

EventReport fixtureReport(ReportOptions options = {}, const ClosestArticlesFn& closest = {}) {
  return buildReport(test::fixtureLog().events, options, closest);
}

}  // namespace

TEST_CASE("the fixture reads 101 events and names its 2 broken lines", "[report]") {
  const EventLog& log = test::fixtureLog();
  CHECK(log.events.size() == 101);
  REQUIRE(log.problems.size() == 2);
  CHECK(log.problems[0].position.line == 41);
  CHECK_THAT(log.problems[0].describe(), Catch::Matchers::StartsWith("fixture-events.jsonl:41:"));
  CHECK_THAT(log.problems[0].message, Catch::Matchers::ContainsSubstring("\"page_view\""));
  CHECK(log.problems[1].position.line == 66);
  CHECK(log.problems[1].code == ContentErrorCode::Syntax);
}

TEST_CASE("sessions, events, locales and deflection", "[report]") {
  const EventReport r = fixtureReport();
  CHECK(r.events == 101);
  CHECK(r.sessions == 15);
  REQUIRE(r.locales.size() == 2);
  CHECK(r.locales[0].locale == "en");
  CHECK(r.locales[0].sessions == 11);
  CHECK(r.locales[1].locale == "zh-CN");
  CHECK(r.locales[1].sessions == 4);
  CHECK(r.deflectedSessions == 8);
  CHECK(r.ticketSessions == 2);
  CHECK(r.deflectionRate == Approx(8.0 / 15.0));
}

TEST_CASE("deflection per day, by the day each session began", "[report]") {
  const EventReport r = fixtureReport();
  REQUIRE(r.days.size() == 4);
  const struct { const char* date; std::size_t sessions, deflected; } expected[] = {
      {"2026-11-19", 1, 1}, {"2026-11-20", 5, 3}, {"2026-11-21", 5, 2}, {"2026-11-22", 4, 2}};
  for (std::size_t i = 0; i < 4; ++i) {
    INFO(expected[i].date);
    CHECK(r.days[i].date == expected[i].date);
    CHECK(r.days[i].sessions == expected[i].sessions);
    CHECK(r.days[i].deflected == expected[i].deflected);
    CHECK(r.days[i].rate == Approx(double(expected[i].deflected) / double(expected[i].sessions)));
  }
}

TEST_CASE("searches: keystrokes on the way are not counted", "[report]") {
  const EventReport r = fixtureReport();
  CHECK(r.searches == 12);
  CHECK(r.zeroResultSearches == 7);
  CHECK(r.zeroResultWithoutQuery == 2);
  const std::vector<std::tuple<std::string, std::string, std::size_t>> top = {
      {"gift wrap", "en", 2},          {"发票", "zh-CN", 2},       {"gift wrapping", "en", 1},
      {"print return label", "en", 1}, {"refund", "en", 1},       {"return label", "en", 1},
      {"where is my parcel", "en", 1}, {"退款", "zh-CN", 1}};
  REQUIRE(r.topQueries.size() == top.size());
  for (std::size_t i = 0; i < top.size(); ++i) {
    CHECK(r.topQueries[i].query == std::get<0>(top[i]));
    CHECK(r.topQueries[i].locale == std::get<1>(top[i]));
    CHECK(r.topQueries[i].count == std::get<2>(top[i]));
    CHECK(r.topQueries[i].closest.empty());
    CHECK(r.topQueries[i].suggestion.empty());
  }
}

TEST_CASE("top zero-result queries, each with a suggestion", "[report]") {
  const EventReport plain = fixtureReport();
  REQUIRE(plain.topZeroResultQueries.size() == 3);
  CHECK(plain.topZeroResultQueries[0].query == "gift wrap");
  CHECK(plain.topZeroResultQueries[0].count == 2);
  CHECK(plain.topZeroResultQueries[1].query == "发票");
  CHECK(plain.topZeroResultQueries[1].locale == "zh-CN");
  CHECK(plain.topZeroResultQueries[1].count == 2);
  CHECK(plain.topZeroResultQueries[2].query == "gift wrapping");
  CHECK(plain.topZeroResultQueries[2].count == 1);
  for (const QueryRow& row : plain.topZeroResultQueries) {
    CHECK(row.closest.empty());
    CHECK(row.suggestion == "write an article or add keywords");
  }
  // With content at hand, the closest articles are named.
  std::vector<std::string> asked;
  const EventReport withKb = fixtureReport({}, [&](const std::string& query, const std::string& locale) {
    asked.push_back(locale + ":" + query);
    return locale == "en" ? std::vector<ArticleRef>{{"gift-cards", "Gift cards"}} : std::vector<ArticleRef>{};
  });
  CHECK(asked == std::vector<std::string>{"en:gift wrap", "zh-CN:发票", "en:gift wrapping"});
  CHECK(withKb.topZeroResultQueries[0].closest.size() == 1);
  CHECK(withKb.topZeroResultQueries[0].closest[0].title == "Gift cards");
  CHECK(withKb.topZeroResultQueries[0].suggestion == kCloseArticleAdvice);
  CHECK(withKb.topZeroResultQueries[1].suggestion == kNoArticleAdvice);
  // The table is cut at topLimit.
  ReportOptions two;
  two.topLimit = 2;
  CHECK(fixtureReport(two).topQueries.size() == 2);
  CHECK(fixtureReport(two).topZeroResultQueries.size() == 2);
}

TEST_CASE("article helpfulness with reasons", "[report]") {
  const EventReport r = fixtureReport();
  REQUIRE(r.articles.size() == 5);
  const auto& a = r.articles;
  CHECK(a[0].article == "refund-timing");
  CHECK(a[0].views == 3);
  CHECK(a[0].helpful == 1);
  CHECK(a[0].notHelpful == 2);
  CHECK(a[0].reasons == std::map<std::string, std::size_t>{{"not_my_problem", 1}, {"outdated", 1}});
  CHECK(a[1].article == "return-label");
  CHECK(a[1].views == 2);
  CHECK(a[1].helpful == 0);
  CHECK(a[1].notHelpful == 1);
  CHECK(a[1].reasons == std::map<std::string, std::size_t>{{"unclear", 1}});
  CHECK(a[2].article == "payment-methods");
  CHECK((a[2].views == 1 && a[2].helpful == 1 && a[2].notHelpful == 0 && a[2].reasons.empty()));
  CHECK(a[3].article == "track-order");
  CHECK((a[3].views == 1 && a[3].helpful == 1 && a[3].notHelpful == 0 && a[3].reasons.empty()));
  CHECK(a[4].article == "delivery-times");
  CHECK((a[4].views == 1 && a[4].helpful == 0 && a[4].notHelpful == 0));
}

TEST_CASE("suggestion click-through per rule", "[report]") {
  const EventReport r = fixtureReport();
  REQUIRE(r.rules.size() == 3);
  CHECK(r.rules[0].rule == "parcel-late");
  CHECK(r.rules[0].shown == 7);
  CHECK(r.rules[0].clicks == 2);
  CHECK(r.rules[0].clickThrough == Approx(2.0 / 7.0));
  CHECK(r.rules[1].rule == "refund-pending");
  CHECK(r.rules[1].shown == 5);
  CHECK(r.rules[1].clicks == 1);
  CHECK(r.rules[1].clickThrough == Approx(0.2));
  CHECK(r.rules[2].rule == "payment-failed");
  CHECK(r.rules[2].shown == 2);
  CHECK(r.rules[2].clicks == 1);
  CHECK(r.rules[2].clickThrough == Approx(0.5));
}

TEST_CASE("form funnels: start, each step, resolved, submitted, abandoned", "[report]") {
  const EventReport r = fixtureReport();
  REQUIRE(r.funnels.size() == 2);
  const FunnelRow& delivery = r.funnels[0];
  CHECK(delivery.form == "delivery-problem");
  CHECK(delivery.started == 3);
  REQUIRE(delivery.steps.size() == 3);
  CHECK((delivery.steps[0].step == "order" && delivery.steps[0].index == 0));
  CHECK((delivery.steps[0].reached == 3 && delivery.steps[0].abandoned == 1));
  CHECK((delivery.steps[1].step == "details" && delivery.steps[1].index == 1));
  CHECK((delivery.steps[1].reached == 2 && delivery.steps[1].abandoned == 1));
  CHECK((delivery.steps[2].step == "contact" && delivery.steps[2].index == 2));
  CHECK((delivery.steps[2].reached == 1 && delivery.steps[2].abandoned == 0));
  CHECK(delivery.resolved == 0);
  CHECK(delivery.submitted == 1);
  CHECK(delivery.abandoned == 2);

  const FunnelRow& returns = r.funnels[1];
  CHECK(returns.form == "return-request");
  CHECK(returns.started == 3);
  REQUIRE(returns.steps.size() == 3);
  // Going back to a step does not count it twice.
  CHECK((returns.steps[0].step == "item" && returns.steps[0].reached == 3));
  CHECK((returns.steps[1].step == "reason" && returns.steps[1].reached == 3));
  CHECK((returns.steps[2].step == "how-to-return" && returns.steps[2].reached == 2));
  CHECK(returns.resolved == 2);
  CHECK(returns.submitted == 1);
  CHECK(returns.abandoned == 0);
}

TEST_CASE("date range and locale filters take whole sessions", "[report]") {
  ReportOptions day;
  day.from = day.to = "2026-11-21";
  const EventReport r21 = fixtureReport(day);
  CHECK(r21.sessions == 5);
  CHECK(r21.events == 34);
  CHECK(r21.deflectedSessions == 2);
  REQUIRE(r21.days.size() == 1);
  CHECK(r21.days[0].date == "2026-11-21");

  // The session begun at 23:59 on the 22nd keeps its events after midnight.
  ReportOptions last;
  last.from = "2026-11-22";
  const EventReport r22 = fixtureReport(last);
  CHECK(r22.sessions == 4);
  CHECK(r22.events == 27);
  CHECK(r22.topZeroResultQueries.size() == 1);
  CHECK(r22.topZeroResultQueries[0].query == "gift wrap");
  CHECK(r22.zeroResultWithoutQuery == 2);

  ReportOptions chinese;
  chinese.locale = "zh-CN";
  const EventReport zh = fixtureReport(chinese);
  CHECK(zh.sessions == 4);
  CHECK(zh.events == 27);
  CHECK(zh.deflectedSessions == 2);
  REQUIRE(zh.locales.size() == 1);
  CHECK(zh.locales[0].locale == "zh-CN");

  ReportOptions none;
  none.to = "2026-11-18";
  const EventReport empty = fixtureReport(none);
  CHECK(empty.sessions == 0);
  CHECK(empty.events == 0);
  CHECK(empty.deflectionRate == 0);
  CHECK(empty.days.empty());
}

TEST_CASE("no events give an empty report", "[report]") {
  const EventReport r = buildReport({});
  CHECK(r.sessions == 0);
  CHECK(r.searches == 0);
  CHECK(r.deflectionRate == 0);
  CHECK(r.articles.empty());
  CHECK(r.funnels.empty());
}
