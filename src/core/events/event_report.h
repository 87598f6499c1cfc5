// The report over many events: what shoppers searched for and did not find,
// which articles helped, which suggestion cards were used, where guided
// forms were left, and how many sessions ended without a ticket. Pure C++:
// the events come in, figures come out (as a struct, JSON or text; see
// report_html.h for the page).
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/events/event.h"

namespace hw::events {

struct ReportOptions {
  std::string from;    // "YYYY-MM-DD", inclusive; "" = from the first event
  std::string to;      // inclusive; "" = to the last event
  std::string locale;  // only sessions in this locale; "" = all
  std::size_t topLimit = 20;  // rows of the query tables
};

struct ArticleRef {
  std::string id;
  std::string title;
};

// Articles close to a query that found nothing, from the search engine
// (closest_articles.h); none when no content is at hand.
using ClosestArticlesFn =
    std::function<std::vector<ArticleRef>(const std::string& query, const std::string& locale)>;

inline constexpr const char* kNoArticleAdvice = "write an article or add keywords";
inline constexpr const char* kCloseArticleAdvice = "add these words as keywords to a close article, or write one";

struct QueryRow {
  std::string query;  // trimmed, spaces collapsed, Latin letters lowercased
  std::string locale;
  std::size_t count = 0;
  std::vector<ArticleRef> closest;  // zero-result rows only
  std::string suggestion;           // zero-result rows only
};

struct ArticleRow {
  std::string article;
  std::size_t views = 0;
  std::size_t helpful = 0;
  std::size_t notHelpful = 0;
  std::map<std::string, std::size_t> reasons;  // reason -> ratings giving it
};

struct RuleRow {
  std::string rule;
  std::size_t shown = 0;   // opens whose first screen showed the card
  std::size_t clicks = 0;  // suggestion_click events for the rule
  double clickThrough = 0;  // clicks / shown (0 when never shown)
};

struct StepRow {
  std::string step;
  std::int64_t index = 0;     // smallest index it was shown at
  std::size_t reached = 0;    // form runs that showed the step
  std::size_t abandoned = 0;  // form runs left at this step
};

struct FunnelRow {
  std::string form;
  std::size_t started = 0;
  std::vector<StepRow> steps;  // by index
  std::size_t resolved = 0;    // ended by an answer step
  std::size_t submitted = 0;
  std::size_t abandoned = 0;
};

struct DayRow {
  std::string date;  // the shopper's local date of the session's first event
  std::size_t sessions = 0;
  std::size_t deflected = 0;
  double rate = 0;
};

struct LocaleRow {
  std::string locale;
  std::size_t sessions = 0;
};

struct EventReport {
  ReportOptions options;
  std::size_t invalidEvents = 0;  // counted by whoever read the events
  std::size_t events = 0;
  std::size_t sessions = 0;
  std::size_t searches = 0;             // keystrokes on the way to a query not counted
  std::size_t zeroResultSearches = 0;
  std::size_t zeroResultWithoutQuery = 0;  // query not collected
  std::size_t deflectedSessions = 0;
  std::size_t ticketSessions = 0;  // sessions with a form_submit
  double deflectionRate = 0;       // deflected / sessions
  std::vector<LocaleRow> locales;
  std::vector<QueryRow> topQueries;
  std::vector<QueryRow> topZeroResultQueries;
  std::vector<ArticleRow> articles;
  std::vector<RuleRow> rules;
  std::vector<FunnelRow> funnels;
  std::vector<DayRow> days;
};

EventReport buildReport(const std::vector<Event>& events, const ReportOptions& options = {},
                        const ClosestArticlesFn& closest = {});

// A deflected session viewed an article, rated one helpful or ended a form
// at an answer step, and submitted no ticket.
bool isDeflected(const std::vector<const Event*>& session);

// "  Where IS  my parcel " -> "where is my parcel"
std::string normalizeQuery(const std::string& query);

nlohmann::json reportToJson(const EventReport& report);
std::string reportToText(const EventReport& report);

}  // namespace hw::events
