// Layout: headline figures first (what a product manager asks), then the
// charts that explain them, then the tables to act on.
#include "core/events/report_html.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "core/utf8.h"

namespace hw::events {

namespace {

constexpr const char* kStyle = R"css(
*{box-sizing:border-box}
body{margin:0;background:#f4f5f7;color:#1f2933;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"PingFang SC","Microsoft YaHei",sans-serif}
main{max-width:1080px;margin:0 auto;padding:28px 20px 48px}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:17px;margin:0 0 4px}
.sub{color:#616e7c;margin:0 0 20px}
.hint{color:#616e7c;font-size:13px;margin:0 0 12px}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:12px;margin-bottom:16px}
.kpi,.card{background:#fff;border-radius:10px;box-shadow:0 1px 2px rgba(15,23,42,.08),0 0 0 1px rgba(15,23,42,.05)}
.kpi{padding:14px 16px}
.kpi b{display:block;font-size:28px;line-height:1.2}
.kpi span{color:#616e7c;font-size:13px}
.kpi.good b{color:#0f7b4d}
.kpi.warn b{color:#b4460b}
.card{padding:18px 20px;margin-bottom:16px}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:16px}
.grid .card{margin-bottom:0}
@media (max-width:820px){.grid{grid-template-columns:1fr}}
table{width:100%;border-collapse:collapse;font-size:14px}
th{text-align:left;color:#616e7c;font-weight:600;border-bottom:1px solid #e4e7eb;padding:6px 8px}
td{border-bottom:1px solid #f0f2f4;padding:7px 8px;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.q{font-weight:600}
.tag{display:inline-block;background:#eef2f7;color:#3e4c59;border-radius:4px;padding:0 6px;font-size:12px;margin-left:6px}
.advice{color:#3e4c59}
.advice i{color:#616e7c;font-style:normal}
svg{display:block;width:100%;height:auto}
svg text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:#3e4c59}
.empty{color:#616e7c;font-style:italic;margin:8px 0}
.legend{font-size:13px;color:#616e7c;margin-top:6px}
.sw{display:inline-block;width:10px;height:10px;border-radius:2px;margin:0 4px 0 10px;vertical-align:-1px}
footer{color:#9aa5b1;font-size:12px;margin-top:24px}
)css";

constexpr const char* kGreen = "#2f9e6e";
constexpr const char* kRed = "#d9534f";
constexpr const char* kBlue = "#3b6fd8";
constexpr const char* kGray = "#cbd2d9";

std::string percent(double share, int decimals = 0) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*f%%", decimals, share * 100.0);
  return text;
}

std::string num(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

std::string reasonLabel(const std::string& reason) {
  if (reason == "not_my_problem") return "not my problem";
  return reason;
}

// "2026-11-21" -> "11-21": enough on an axis.
std::string shortDate(const std::string& date) { return date.size() == 10 ? date.substr(5) : date; }

void kpi(std::ostringstream& out, const std::string& value, const std::string& label, const char* tone = "") {
  out << "<div class=\"kpi " << tone << "\"><b>" << htmlEscape(value) << "</b><span>" << htmlEscape(label)
      << "</span></div>";
}

void deflectionChart(std::ostringstream& out, const EventReport& r) {
  out << "<section class=\"card\"><h2>Deflection over time</h2>"
         "<p class=\"hint\">Share of panel sessions that found an answer (viewed an article, rated one helpful or "
         "ended a form at an answer step) and sent no ticket, by the day the session began.</p>";
  if (r.days.empty()) {
    out << "<p class=\"empty\">No sessions in this range.</p></section>";
    return;
  }
  const double width = 1000, height = 270, left = 48, right = 24, top = 28, bottom = 36;
  const double plotW = width - left - right, plotH = height - top - bottom;
  const std::size_t n = r.days.size();
  const auto x = [&](std::size_t i) { return n == 1 ? left + plotW / 2 : left + plotW * double(i) / double(n - 1); };
  const auto y = [&](double share) { return top + plotH * (1.0 - share); };
  out << "<svg viewBox=\"0 0 " << width << " " << height << "\" role=\"img\" aria-label=\"Deflection rate per day\">";
  for (int tick = 0; tick <= 4; ++tick) {
    const double share = tick / 4.0;
    out << "<line x1=\"" << left << "\" x2=\"" << width - right << "\" y1=\"" << num(y(share)) << "\" y2=\""
        << num(y(share)) << "\" stroke=\"#e4e7eb\"/>"
        << "<text x=\"" << left - 8 << "\" y=\"" << num(y(share) + 4) << "\" text-anchor=\"end\">"
        << percent(share) << "</text>";
  }
  // Label every day when they fit, else about ten.
  const std::size_t step = std::max<std::size_t>(1, (n + 9) / 10);
  std::string points;
  for (std::size_t i = 0; i < n; ++i) points += num(x(i)) + "," + num(y(r.days[i].rate)) + " ";
  if (n > 1)
    out << "<polygon points=\"" << num(x(0)) << "," << num(y(0)) << " " << points << num(x(n - 1)) << ","
        << num(y(0)) << "\" fill=\"" << kBlue << "\" fill-opacity=\".08\"/>"
        << "<polyline points=\"" << points << "\" fill=\"none\" stroke=\"" << kBlue
        << "\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>";
  for (std::size_t i = 0; i < n; ++i) {
    const DayRow& day = r.days[i];
    out << "<circle cx=\"" << num(x(i)) << "\" cy=\"" << num(y(day.rate)) << "\" r=\"4.5\" fill=\"#fff\" stroke=\""
        << kBlue << "\" stroke-width=\"2.5\"><title>" << htmlEscape(day.date) << ": " << day.deflected << " of "
        << day.sessions << " sessions (" << percent(day.rate, 1) << ")</title></circle>";
    if (n <= 14)
      out << "<text x=\"" << num(x(i)) << "\" y=\"" << num(y(day.rate) - 10) << "\" text-anchor=\"middle\">"
          << percent(day.rate) << "</text>";
    if (i % step == 0 || i + 1 == n)
      out << "<text x=\"" << num(x(i)) << "\" y=\"" << height - 12 << "\" text-anchor=\"middle\">"
          << htmlEscape(shortDate(day.date)) << "</text>";
  }
  out << "</svg></section>";
}

// One horizontal bar per row, scaled to the first (the starts).
struct Bar {
  std::string label;
  std::size_t value;
  const char* color;
  std::string note;
};

void barChart(std::ostringstream& out, const std::vector<Bar>& bars, std::size_t scale, const std::string& label) {
  const double width = 1000, labelW = 230, valueW = 150, rowH = 30;
  const double barW = width - labelW - valueW;
  out << "<svg viewBox=\"0 0 " << width << " " << num(rowH * double(bars.size()) + 4) << "\" role=\"img\" aria-label=\""
      << htmlEscape(label) << "\">";
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& bar = bars[i];
    const double y = rowH * double(i) + 2;
    const double w = scale == 0 ? 0 : barW * double(bar.value) / double(scale);
    out << "<text x=\"" << labelW - 10 << "\" y=\"" << num(y + 19) << "\" text-anchor=\"end\">" << htmlEscape(bar.label)
        << "</text><rect x=\"" << labelW << "\" y=\"" << num(y + 4) << "\" width=\"" << num(barW) << "\" height=\"20\" rx=\"3\" fill=\"#f0f2f4\"/>"
        << "<rect x=\"" << labelW << "\" y=\"" << num(y + 4) << "\" width=\"" << num(w) << "\" height=\"20\" rx=\"3\" fill=\""
        << bar.color << "\"/><text x=\"" << num(labelW + barW + 10) << "\" y=\"" << num(y + 19) << "\">" << bar.value
        << htmlEscape(bar.note) << "</text>";
  }
  out << "</svg>";
}

void funnels(std::ostringstream& out, const EventReport& r) {
  out << "<section class=\"card\"><h2>Guided forms</h2><p class=\"hint\">From start through each step to how the "
         "form ended: resolved by an answer step (no ticket needed), submitted as a ticket, or abandoned.</p>";
  if (r.funnels.empty()) out << "<p class=\"empty\">No guided forms were started.</p>";
  for (const FunnelRow& form : r.funnels) {
    std::vector<Bar> bars;
    bars.push_back({"started", form.started, kBlue, ""});
    std::size_t scale = form.started;
    for (const StepRow& step : form.steps) {
      scale = std::max(scale, step.reached);
      bars.push_back({"step: " + step.step, step.reached, "#7a9ee6",
                      step.abandoned ? "  (" + std::to_string(step.abandoned) + " left here)" : ""});
    }
    const auto share = [&](std::size_t part) {
      return form.started ? " (" + percent(double(part) / double(form.started)) + " of starts)" : std::string();
    };
    bars.push_back({"resolved by an answer", form.resolved, kGreen, share(form.resolved)});
    bars.push_back({"submitted a ticket", form.submitted, "#e0a030", share(form.submitted)});
    bars.push_back({"abandoned", form.abandoned, kRed, share(form.abandoned)});
    out << "<h3 style=\"font-size:15px;margin:14px 0 6px\">" << htmlEscape(form.form) << "</h3>";
    barChart(out, bars, scale, "Funnel of " + form.form);
  }
  out << "</section>";
}

void helpfulness(std::ostringstream& out, const EventReport& r) {
  out << "<section class=\"card\"><h2>Were the articles helpful?</h2><p class=\"hint\">Answers to \"Was this "
         "helpful?\" per article, with the reasons given for \"no\".</p>";
  std::vector<const ArticleRow*> rated;
  for (const ArticleRow& row : r.articles)
    if (row.helpful + row.notHelpful > 0) rated.push_back(&row);
  if (rated.empty()) {
    out << "<p class=\"empty\">No ratings yet.</p>";
  } else {
    std::size_t scale = 0;
    for (const ArticleRow* row : rated) scale = std::max(scale, row->helpful + row->notHelpful);
    const double width = 1000, labelW = 230, noteW = 330, rowH = 30;
    const double barW = width - labelW - noteW;
    out << "<svg viewBox=\"0 0 " << width << " " << num(rowH * double(rated.size()) + 4)
        << "\" role=\"img\" aria-label=\"Helpful and not helpful ratings per article\">";
    for (std::size_t i = 0; i < rated.size(); ++i) {
      const ArticleRow& row = *rated[i];
      const double y = rowH * double(i) + 2;
      const double yes = barW * double(row.helpful) / double(scale);
      const double no = barW * double(row.notHelpful) / double(scale);
      std::string reasons;
      for (const auto& [reason, count] : row.reasons)
        reasons += (reasons.empty() ? "" : ", ") + reasonLabel(reason) + " " + std::to_string(count);
      out << "<text x=\"" << labelW - 10 << "\" y=\"" << num(y + 19) << "\" text-anchor=\"end\">"
          << htmlEscape(row.article) << "</text>"
          << "<rect x=\"" << labelW << "\" y=\"" << num(y + 4) << "\" width=\"" << num(yes) << "\" height=\"20\" fill=\"" << kGreen
          << "\"><title>" << row.helpful << " helpful</title></rect>"
          << "<rect x=\"" << num(labelW + yes) << "\" y=\"" << num(y + 4) << "\" width=\"" << num(no) << "\" height=\"20\" fill=\""
          << kRed << "\"><title>" << row.notHelpful << " not helpful</title></rect>"
          << "<text x=\"" << num(labelW + yes + no + 8) << "\" y=\"" << num(y + 19) << "\">" << row.helpful << " yes · "
          << row.notHelpful << " no" << (reasons.empty() ? "" : " — " + htmlEscape(reasons)) << "</text>";
    }
    out << "</svg><div class=\"legend\"><span class=\"sw\" style=\"background:" << kGreen
        << "\"></span>helpful<span class=\"sw\" style=\"background:" << kRed << "\"></span>not helpful</div>";
  }
  out << "</section>";
}

void zeroResultTable(std::ostringstream& out, const EventReport& r) {
  out << "<section class=\"card\"><h2>Searches with no result</h2><p class=\"hint\">What shoppers looked for and "
         "did not find: the content to write or the keywords to add first.</p>";
  if (r.topZeroResultQueries.empty()) {
    out << "<p class=\"empty\">"
        << (r.searches == 0            ? "No searches."
            : r.zeroResultSearches ? "Search text is not collected (data-collect-queries is off)."
                                   : "Every search found something.")
        << "</p>";
  } else {
    out << "<table><tr><th>Search</th><th class=\"n\">Times</th><th>Suggestion</th></tr>";
    for (const QueryRow& row : r.topZeroResultQueries) {
      out << "<tr><td><span class=\"q\">" << htmlEscape(row.query) << "</span><span class=\"tag\">"
          << htmlEscape(row.locale) << "</span></td><td class=\"n\">" << row.count << "</td><td class=\"advice\">"
          << htmlEscape(row.suggestion);
      if (!row.closest.empty()) {
        out << "<br><i>closest: ";
        for (std::size_t i = 0; i < row.closest.size(); ++i)
          out << (i ? "; " : "") << htmlEscape(row.closest[i].title);
        out << "</i>";
      }
      out << "</td></tr>";
    }
    out << "</table>";
  }
  if (r.zeroResultWithoutQuery && !r.topZeroResultQueries.empty())
    out << "<p class=\"hint\" style=\"margin-top:8px\">" << r.zeroResultWithoutQuery
        << " more searches with no result were recorded without their text.</p>";
  out << "</section>";
}

void ruleTable(std::ostringstream& out, const EventReport& r) {
  out << "<section class=\"card\"><h2>Suggestion cards</h2><p class=\"hint\">Clicks on a card per first screen "
         "that showed it.</p>";
  if (r.rules.empty()) {
    out << "<p class=\"empty\">No cards were shown.</p></section>";
    return;
  }
  out << "<table><tr><th>Rule</th><th class=\"n\">Shown</th><th class=\"n\">Clicks</th><th>Click-through</th></tr>";
  for (const RuleRow& row : r.rules) {
    const double share = std::min(1.0, row.clickThrough);
    out << "<tr><td>" << htmlEscape(row.rule) << "</td><td class=\"n\">" << row.shown << "</td><td class=\"n\">"
        << row.clicks << "</td><td><svg viewBox=\"0 0 200 14\" style=\"width:120px;display:inline-block;vertical-align:-2px\">"
        << "<rect width=\"200\" height=\"14\" rx=\"3\" fill=\"#f0f2f4\"/><rect width=\"" << num(200 * share)
        << "\" height=\"14\" rx=\"3\" fill=\"" << kBlue << "\"/></svg> " << percent(row.clickThrough) << "</td></tr>";
  }
  out << "</table></section>";
}

void topQueries(std::ostringstream& out, const EventReport& r) {
  out << "<section class=\"card\"><h2>Top searches</h2>";
  if (r.topQueries.empty()) {
    out << "<p class=\"empty\">" << (r.searches ? "Search text is not collected (data-collect-queries is off)."
                                                : "No searches.")
        << "</p></section>";
    return;
  }
  out << "<table><tr><th>Search</th><th class=\"n\">Times</th></tr>";
  for (const QueryRow& row : r.topQueries)
    out << "<tr><td>" << htmlEscape(row.query) << "<span class=\"tag\">" << htmlEscape(row.locale)
        << "</span></td><td class=\"n\">" << row.count << "</td></tr>";
  out << "</table></section>";
}

void localeTable(std::ostringstream& out, const EventReport& r) {
  out << "<section class=\"card\"><h2>Sessions per locale</h2>";
  if (r.locales.empty()) {
    out << "<p class=\"empty\">No sessions.</p></section>";
    return;
  }
  out << "<table><tr><th>Locale</th><th class=\"n\">Sessions</th><th class=\"n\">Share</th></tr>";
  for (const LocaleRow& row : r.locales)
    out << "<tr><td>" << htmlEscape(row.locale) << "</td><td class=\"n\">" << row.sessions << "</td><td class=\"n\">"
        << percent(double(row.sessions) / double(std::max<std::size_t>(1, r.sessions))) << "</td></tr>";
  out << "</table></section>";
}

}  // namespace

std::string htmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    const char32_t c = decodeUtf8(text, pos);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case 0xFFFD: out += "\xEF\xBF\xBD"; break;  // also for invalid bytes
      default: out.append(text.substr(start, pos - start));
    }
  }
  return out;
}

std::string renderReportHtml(const EventReport& r, std::string_view subtitle) {
  std::ostringstream out;
  std::string range;
  if (!r.options.from.empty() || !r.options.to.empty())
    range = (r.options.from.empty() ? std::string("start") : r.options.from) + " to " +
            (r.options.to.empty() ? std::string("today") : r.options.to);
  else if (!r.days.empty())
    range = r.days.front().date + " to " + r.days.back().date;
  out << "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
         "<title>Help widget report"
      << (range.empty() ? "" : " " + htmlEscape(range)) << "</title><style>" << kStyle
      << "</style></head><body><main><h1>Help widget report</h1><p class=\"sub\">";
  out << (range.empty() ? "No events" : htmlEscape(range));
  if (!r.options.locale.empty()) out << " · locale " << htmlEscape(r.options.locale);
  if (!subtitle.empty()) out << " · " << htmlEscape(subtitle);
  if (r.invalidEvents) out << " · " << r.invalidEvents << " invalid events skipped";
  out << "</p>";

  out << "<div class=\"kpis\">";
  kpi(out, std::to_string(r.sessions), "panel sessions");
  kpi(out, r.sessions ? percent(r.deflectionRate) : "–",
      std::to_string(r.deflectedSessions) + " answered without a ticket", r.sessions ? "good" : "");
  kpi(out, std::to_string(r.ticketSessions), "sessions ending in a ticket");
  kpi(out, std::to_string(r.searches), "searches");
  kpi(out, r.searches ? percent(double(r.zeroResultSearches) / double(r.searches)) : "–",
      std::to_string(r.zeroResultSearches) + " searches found nothing", r.zeroResultSearches ? "warn" : "");
  out << "</div>";

  deflectionChart(out, r);
  zeroResultTable(out, r);
  funnels(out, r);
  helpfulness(out, r);
  out << "<div class=\"grid\">";
  ruleTable(out, r);
  topQueries(out, r);
  out << "</div><div style=\"height:16px\"></div><div class=\"grid\">";
  localeTable(out, r);
  out << "<section class=\"card\"><h2>How to read this</h2><p class=\"hint\" style=\"margin:0\">A session is one "
         "opening of the help panel. Searches count the query the shopper settled on, not each key. Days are the "
         "shopper's own calendar days. Events carry ids and counts only; search text appears only where the shop "
         "collects it.</p></section></div>";
  out << "<footer>" << r.events << " events · generated by helpkb report</footer></main></body></html>\n";
  return out.str();
}

}  // namespace hw::events
