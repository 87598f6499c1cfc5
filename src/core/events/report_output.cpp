// The report as JSON (for machines) and as plain text (for a terminal).
#include <cmath>
#include <cstdio>
#include <sstream>

#include "core/events/event_report.h"

namespace hw::events {

using nlohmann::json;

namespace {

double rounded(double value) { return std::round(value * 10000.0) / 10000.0; }

std::string percent(double share) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f%%", share * 100.0);
  return text;
}

json queryRows(const std::vector<QueryRow>& rows, bool zero) {
  json out = json::array();
  for (const QueryRow& row : rows) {
    json item = {{"query", row.query}, {"locale", row.locale}, {"count", row.count}};
    if (zero) {
      json closest = json::array();
      for (const ArticleRef& ref : row.closest) closest.push_back({{"id", ref.id}, {"title", ref.title}});
      item["closest_articles"] = std::move(closest);
      item["suggestion"] = row.suggestion;
    }
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace

json reportToJson(const EventReport& r) {
  json locales = json::array();
  for (const LocaleRow& row : r.locales) locales.push_back({{"locale", row.locale}, {"sessions", row.sessions}});
  json articles = json::array();
  for (const ArticleRow& row : r.articles)
    articles.push_back({{"article", row.article}, {"views", row.views}, {"helpful", row.helpful},
                        {"not_helpful", row.notHelpful}, {"reasons", row.reasons}});
  json rules = json::array();
  for (const RuleRow& row : r.rules)
    rules.push_back({{"rule", row.rule}, {"shown", row.shown}, {"clicks", row.clicks},
                     {"click_through", rounded(row.clickThrough)}});
  json funnels = json::array();
  for (const FunnelRow& row : r.funnels) {
    json steps = json::array();
    for (const StepRow& step : row.steps)
      steps.push_back({{"step", step.step}, {"index", step.index}, {"reached", step.reached},
                       {"abandoned", step.abandoned}});
    funnels.push_back({{"form", row.form}, {"started", row.started}, {"steps", std::move(steps)},
                       {"resolved", row.resolved}, {"submitted", row.submitted}, {"abandoned", row.abandoned}});
  }
  json days = json::array();
  for (const DayRow& row : r.days)
    days.push_back({{"date", row.date}, {"sessions", row.sessions}, {"deflected", row.deflected},
                    {"rate", rounded(row.rate)}});
  const auto orNull = [](const std::string& text) { return text.empty() ? json() : json(text); };
  return {{"range", {{"from", orNull(r.options.from)}, {"to", orNull(r.options.to)}}},
          {"locale", orNull(r.options.locale)},
          {"invalid_events", r.invalidEvents},
          {"events", r.events},
          {"sessions", r.sessions},
          {"sessions_per_locale", std::move(locales)},
          {"searches", r.searches},
          {"zero_result_searches", r.zeroResultSearches},
          {"zero_result_searches_without_query", r.zeroResultWithoutQuery},
          {"deflected_sessions", r.deflectedSessions},
          {"ticket_sessions", r.ticketSessions},
          {"deflection_rate", rounded(r.deflectionRate)},
          {"deflection_by_day", std::move(days)},
          {"top_queries", queryRows(r.topQueries, false)},
          {"top_zero_result_queries", queryRows(r.topZeroResultQueries, true)},
          {"articles", std::move(articles)},
          {"suggestions", std::move(rules)},
          {"forms", std::move(funnels)}};
}

std::string reportToText(const EventReport& r) {
  std::ostringstream out;
  out << "Help widget report";
  if (!r.options.from.empty() || !r.options.to.empty())
    out << " " << (r.options.from.empty() ? "..." : r.options.from) << " to "
        << (r.options.to.empty() ? "..." : r.options.to);
  if (!r.options.locale.empty()) out << " (" << r.options.locale << ")";
  out << "\n";
  out << r.sessions << " sessions, " << r.events << " events";
  if (r.invalidEvents) out << " (" << r.invalidEvents << " invalid skipped)";
  out << "\n";
  if (r.sessions == 0) {
    out << "No events in this range.\n";
    return out.str();
  }
  out << "Deflection: " << r.deflectedSessions << " of " << r.sessions << " sessions ("
      << percent(r.deflectionRate) << ") ended with an answer and no ticket; " << r.ticketSessions
      << " with a ticket\n";
  out << "Searches: " << r.searches << ", " << r.zeroResultSearches << " with no result\n";
  out << "\nSessions per locale\n";
  for (const LocaleRow& row : r.locales) out << "  " << row.locale << "  " << row.sessions << "\n";
  out << "\nDeflection by day\n";
  for (const DayRow& row : r.days)
    out << "  " << row.date << "  " << row.deflected << "/" << row.sessions << "  " << percent(row.rate) << "\n";
  if (!r.topZeroResultQueries.empty()) {
    out << "\nTop searches with no result\n";
    for (const QueryRow& row : r.topZeroResultQueries) {
      out << "  " << row.count << "  " << row.query << " [" << row.locale << "]  -> " << row.suggestion;
      for (std::size_t i = 0; i < row.closest.size(); ++i)
        out << (i ? "; " : ": ") << row.closest[i].title;
      out << "\n";
    }
  }
  if (r.zeroResultWithoutQuery)
    out << "  (" << r.zeroResultWithoutQuery << " searches with no result were recorded without their text)\n";
  if (!r.topQueries.empty()) {
    out << "\nTop searches\n";
    for (const QueryRow& row : r.topQueries) out << "  " << row.count << "  " << row.query << " [" << row.locale << "]\n";
  }
  if (!r.articles.empty()) {
    out << "\nArticles (views, helpful, not helpful, reasons)\n";
    for (const ArticleRow& row : r.articles) {
      out << "  " << row.article << "  " << row.views << " views, " << row.helpful << " yes, " << row.notHelpful << " no";
      for (const auto& [reason, count] : row.reasons) out << ", " << reason << " " << count;
      out << "\n";
    }
  }
  if (!r.rules.empty()) {
    out << "\nSuggestion cards (clicks / shown)\n";
    for (const RuleRow& row : r.rules)
      out << "  " << row.rule << "  " << row.clicks << "/" << row.shown << "  " << percent(row.clickThrough) << "\n";
  }
  if (!r.funnels.empty()) {
    out << "\nForms\n";
    for (const FunnelRow& row : r.funnels) {
      out << "  " << row.form << ": " << row.started << " started";
      for (const StepRow& step : row.steps) out << " -> " << step.step << " " << step.reached;
      out << "; " << row.resolved << " resolved, " << row.submitted << " submitted, " << row.abandoned
          << " abandoned\n";
    }
  }
  return out.str();
}

}  // namespace hw::events
