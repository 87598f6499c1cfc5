// helpkb report: figures over event logs, as text, JSON or an HTML page.
#include <fstream>
#include <iostream>
#include <map>
#include <memory>

#include "cli/cli_support.h"
#include "core/events/closest_articles.h"
#include "core/events/event_log.h"
#include "core/events/report_html.h"

namespace hw::cli {

namespace {

bool isDate(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (text[i] < '0' || text[i] > '9') return false;
  return true;
}

// Knowledge bases by locale, each with its search index, for advice on
// searches that found nothing.
struct Content {
  std::vector<std::unique_ptr<KnowledgeBase>> kbs;
  std::map<std::string, std::unique_ptr<search::SearchIndex>> indexes;
};

bool loadContent(const std::string& list, Content& content) {
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    const std::string path = list.substr(start, comma - start);
    start = comma + 1;
    if (path.empty()) continue;
    std::optional<KnowledgeBase> kb = loadKnowledgeBaseFile(path);
    if (!kb) return false;
    content.kbs.push_back(std::make_unique<KnowledgeBase>(std::move(*kb)));
    content.indexes[content.kbs.back()->locale] = std::make_unique<search::SearchIndex>(*content.kbs.back());
  }
  return true;
}

}  // namespace

int commandReport(const Arguments& args) {
  events::ReportOptions options;
  options.from = args.option("from", "");
  options.to = args.option("to", "");
  options.locale = args.option("locale", "");
  for (const std::string* date : {&options.from, &options.to}) {
    if (!date->empty() && !isDate(*date)) {
      std::cerr << "helpkb report: dates are YYYY-MM-DD, not \"" << *date << "\"\n";
      return 2;
    }
  }
  if (args.positional().empty()) {
    std::cerr << "helpkb report: name one or more event files (JSON lines or a JSON array)\n";
    return 2;
  }

  Content content;
  if (const auto kb = args.option("kb"); kb && !loadContent(*kb, content)) return 1;

  std::vector<events::Event> all;
  std::size_t invalid = 0;
  for (const std::string& path : args.positional()) {
    const std::optional<std::string> text = readFile(path);
    if (!text) {
      std::cerr << path << ": cannot read the file\n";
      return 2;
    }
    events::EventLog log = events::readEventLog(*text, path);
    for (const ContentError& problem : log.problems) std::cerr << problem.describe() << "\n";
    invalid += log.problems.size();
    for (events::Event& event : log.events) all.push_back(std::move(event));
  }

  const events::ClosestArticlesFn closest = [&content](const std::string& query, const std::string& locale) {
    const auto it = content.indexes.find(locale);
    if (it == content.indexes.end()) return std::vector<events::ArticleRef>{};
    return events::closestArticles(*it->second, query);
  };
  events::EventReport report = events::buildReport(all, options, closest);
  report.invalidEvents = invalid;

  if (const auto html = args.option("html")) {
    std::ofstream out(*html, std::ios::binary);
    std::string source;
    for (const std::string& path : args.positional()) source += (source.empty() ? "" : ", ") + path;
    out << events::renderReportHtml(report, source);
    if (!out) {
      std::cerr << *html << ": cannot write the file\n";
      return 2;
    }
  }
  if (args.has("json")) std::cout << events::reportToJson(report).dump(2) << "\n";
  else if (!args.option("html")) std::cout << events::reportToText(report);
  else std::cout << "wrote " << *args.option("html") << " (" << report.sessions << " sessions, " << report.events
                 << " events)\n";
  return 0;
}

}  // namespace hw::cli
