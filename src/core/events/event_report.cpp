// Aggregation: events are grouped by session and put in time order, then
// each session adds to the figures.
#include "core/events/event_report.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

#include "core/context/iso_time.h"

namespace hw::events {

using nlohmann::json;

namespace {

std::string dayOf(const Event& event) { return event.at.substr(0, 10); }

bool inRange(const std::string& day, const ReportOptions& options) {
  return (options.from.empty() || day >= options.from) && (options.to.empty() || day <= options.to);
}

double ratio(std::size_t part, std::size_t whole) {
  return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

const std::string* queryOf(const Event& event) {
  const auto it = event.data.find("query");
  return it != event.data.end() && it->is_string() ? &it->get_ref<const std::string&>() : nullptr;
}

bool flag(const Event& event, const char* key) {
  const auto it = event.data.find(key);
  return it != event.data.end() && it->is_boolean() && it->get<bool>();
}

std::string text(const Event& event, const char* key) {
  const auto it = event.data.find(key);
  return it != event.data.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// A search immediately followed by one whose query extends or shortens it
// was a keystroke on the way, not a search of its own.
bool supersededByNext(const std::vector<const Event*>& session, std::size_t i) {
  if (i + 1 >= session.size() || session[i + 1]->name != EventName::Search) return false;
  const std::string* mine = queryOf(*session[i]);
  const std::string* next = queryOf(*session[i + 1]);
  if (!mine || !next) return false;
  const std::string a = normalizeQuery(*mine), b = normalizeQuery(*next);
  return b.rfind(a, 0) == 0 || a.rfind(b, 0) == 0;
}

using QueryKey = std::pair<std::string, std::string>;  // locale, query

std::vector<QueryRow> topRows(const std::map<QueryKey, std::size_t>& counts, std::size_t limit) {
  std::vector<QueryRow> rows;
  for (const auto& [key, count] : counts) rows.push_back({key.second, key.first, count, {}, {}});
  std::stable_sort(rows.begin(), rows.end(), [](const QueryRow& a, const QueryRow& b) {
    return std::tie(b.count, a.locale, a.query) < std::tie(a.count, b.locale, b.query);
  });
  if (rows.size() > limit) rows.resize(limit);
  return rows;
}

struct FunnelWork {
  FunnelRow row;
  std::map<std::string, StepRow> steps;
  std::set<std::tuple<std::string, int, std::string>> reached;  // session, run, step
};

}  // namespace

std::string normalizeQuery(const std::string& query) {
  std::string out;
  bool space = false;
  for (char c : query) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

bool isDeflected(const std::vector<const Event*>& session) {
  bool answered = false;
  for (const Event* event : session) {
    if (event->name == EventName::FormSubmit) return false;
    if (event->name == EventName::ArticleView || event->name == EventName::FormResolved ||
        (event->name == EventName::ArticleRated && flag(*event, "helpful")))
      answered = true;
  }
  return answered;
}

EventReport buildReport(const std::vector<Event>& events, const ReportOptions& options,
                        const ClosestArticlesFn& closest) {
  EventReport report;
  report.options = options;

  // Sessions, in order of first appearance; events in time order within.
  std::map<std::string, std::vector<std::pair<std::int64_t, const Event*>>> bySession;
  std::vector<std::string> order;
  for (const Event& event : events) {
    auto& list = bySession[event.session];
    if (list.empty()) order.push_back(event.session);
    const auto instant = parseIsoTime(event.at);
    list.emplace_back(instant ? instant->unixSeconds : 0, &event);
  }

  std::map<std::string, std::size_t> locales;
  std::map<QueryKey, std::size_t> queries, zeroQueries;
  std::map<std::string, ArticleRow> articles;
  std::map<std::string, RuleRow> rules;
  std::map<std::string, FunnelWork> funnels;
  std::map<std::string, DayRow> days;

  for (const std::string& id : order) {
    auto& timed = bySession[id];
    std::stable_sort(timed.begin(), timed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    const Event& first = *timed.front().second;
    // A session belongs to the day and locale it began in.
    if (!inRange(dayOf(first), options)) continue;
    if (!options.locale.empty() && first.locale != options.locale) continue;
    std::vector<const Event*> session;
    for (const auto& item : timed) session.push_back(item.second);

    ++report.sessions;
    report.events += session.size();
    ++locales[first.locale];
    const bool deflected = isDeflected(session);
    const bool ticket = std::any_of(session.begin(), session.end(),
                                    [](const Event* e) { return e->name == EventName::FormSubmit; });
    report.deflectedSessions += deflected;
    report.ticketSessions += ticket;
    DayRow& day = days[dayOf(first)];
    day.date = dayOf(first);
    ++day.sessions;
    day.deflected += deflected;

    std::map<std::string, int> runs;  // form -> form_start count in this session
    for (std::size_t i = 0; i < session.size(); ++i) {
      const Event& event = *session[i];
      switch (event.name) {
        case EventName::Search: {
          if (supersededByNext(session, i)) break;
          ++report.searches;
          const bool zero = flag(event, "zero_results");
          report.zeroResultSearches += zero;
          const std::string* query = queryOf(event);
          if (!query) {
            report.zeroResultWithoutQuery += zero;
            break;
          }
          const QueryKey key{event.locale, normalizeQuery(*query)};
          ++queries[key];
          if (zero) ++zeroQueries[key];
          break;
        }
        case EventName::ArticleView: {
          ArticleRow& row = articles[text(event, "article")];
          ++row.views;
          break;
        }
        case EventName::ArticleRated: {
          ArticleRow& row = articles[text(event, "article")];
          if (flag(event, "helpful")) ++row.helpful;
          else ++row.notHelpful;
          const std::string reason = text(event, "reason");
          if (!reason.empty()) ++row.reasons[reason];
          break;
        }
        case EventName::Open: {
          std::set<std::string> shown;
          for (const json& card : event.data.value("cards", json::array()))
            if (card.is_string()) shown.insert(card.get<std::string>());
          for (const std::string& rule : shown) ++rules[rule].shown;
          break;
        }
        case EventName::SuggestionClick: ++rules[text(event, "rule")].clicks; break;
        case EventName::FormStart: {
          const std::string form = text(event, "form");
          ++runs[form];
          ++funnels[form].row.started;
          break;
        }
        case EventName::FormStep: {
          const std::string form = text(event, "form"), step = text(event, "step");
          FunnelWork& work = funnels[form];
          const std::int64_t index = event.data.value("index", std::int64_t{0});
          auto [it, added] = work.steps.try_emplace(step, StepRow{step, index, 0, 0});
          if (!added) it->second.index = std::min(it->second.index, index);
          if (work.reached.insert({id, runs[form], step}).second) ++it->second.reached;
          break;
        }
        case EventName::FormAbandon: {
          FunnelWork& work = funnels[text(event, "form")];
          ++work.row.abandoned;
          const std::string step = text(event, "step");
          // A step never shown (an older widget) sorts last.
          auto it = work.steps.try_emplace(step, StepRow{step, event_limits::kMaxStepIndex + 1, 0, 0}).first;
          ++it->second.abandoned;
          break;
        }
        case EventName::FormResolved: ++funnels[text(event, "form")].row.resolved; break;
        case EventName::FormSubmit: ++funnels[text(event, "form")].row.submitted; break;
        default: break;
      }
    }
  }

  report.deflectionRate = ratio(report.deflectedSessions, report.sessions);
  for (const auto& [locale, count] : locales) report.locales.push_back({locale, count});
  std::stable_sort(report.locales.begin(), report.locales.end(),
                   [](const LocaleRow& a, const LocaleRow& b) { return a.sessions > b.sessions; });

  report.topQueries = topRows(queries, options.topLimit);
  report.topZeroResultQueries = topRows(zeroQueries, options.topLimit);
  for (QueryRow& row : report.topZeroResultQueries) {
    if (closest) row.closest = closest(row.query, row.locale);
    row.suggestion = row.closest.empty() ? kNoArticleAdvice : kCloseArticleAdvice;
  }

  for (auto& [id, row] : articles) {
    row.article = id;
    report.articles.push_back(row);
  }
  std::stable_sort(report.articles.begin(), report.articles.end(), [](const ArticleRow& a, const ArticleRow& b) {
    return a.views + a.helpful + a.notHelpful > b.views + b.helpful + b.notHelpful;
  });

  for (auto& [id, row] : rules) {
    row.rule = id;
    row.clickThrough = ratio(row.clicks, row.shown);
    report.rules.push_back(row);
  }
  std::stable_sort(report.rules.begin(), report.rules.end(),
                   [](const RuleRow& a, const RuleRow& b) { return a.shown > b.shown; });

  for (auto& [form, work] : funnels) {
    work.row.form = form;
    for (auto& [step, row] : work.steps) work.row.steps.push_back(row);
    std::stable_sort(work.row.steps.begin(), work.row.steps.end(),
                     [](const StepRow& a, const StepRow& b) { return a.index < b.index; });
    report.funnels.push_back(work.row);
  }
  std::stable_sort(report.funnels.begin(), report.funnels.end(),
                   [](const FunnelRow& a, const FunnelRow& b) { return a.started > b.started; });

  for (auto& [date, row] : days) {
    row.rate = ratio(row.deflected, row.sessions);
    report.days.push_back(row);
  }
  return report;
}

}  // namespace hw::events
