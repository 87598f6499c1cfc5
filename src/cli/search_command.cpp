// helpkb search: one query, or a labeled query file measured.
#include <iomanip>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/cli_support.h"
#include "core/search/evaluation.h"

namespace hw::cli {

using nlohmann::json;

namespace {

int runQueryFile(const search::SearchIndex& index, const Arguments& args, const std::string& path) {
  const std::optional<std::string> text = readFile(path);
  if (!text) {
    std::cerr << path << ": cannot read the file\n";
    return 2;
  }
  const search::Evaluation evaluation = search::evaluate(index, search::parseLabeledQueries(*text));
  if (args.has("json")) {
    json misses = json::array();
    for (const auto& miss : evaluation.misses) misses.push_back({{"query", miss.query}, {"expected", miss.expected}});
    std::cout << json{{"queries", evaluation.queries}, {"mrr_at_5", evaluation.mrrAt5},
                      {"recall_at_5", evaluation.recallAt5}, {"accuracy_at_1", evaluation.accuracyAt1},
                      {"misses", misses}}
                     .dump(2)
              << "\n";
    return 0;
  }
  std::cout << std::fixed << std::setprecision(3) << path << ": " << evaluation.queries << " queries, MRR@5 "
            << evaluation.mrrAt5 << ", recall@5 " << evaluation.recallAt5 << ", accuracy@1 "
            << evaluation.accuracyAt1 << "\n";
  if (args.has("misses"))
    for (const auto& miss : evaluation.misses) std::cout << "  missed: " << miss.query << " -> " << miss.expected << "\n";
  return 0;
}

}  // namespace

int commandSearch(const Arguments& args) {
  const std::optional<std::string> kbPath = args.option("kb");
  if (!kbPath) {
    std::cerr << "helpkb search: --kb FILE is required\n";
    return 2;
  }
  const std::optional<KnowledgeBase> kb = loadKnowledgeBaseFile(*kbPath);
  if (!kb) return 1;
  const search::SearchIndex index(*kb);
  if (const auto queries = args.option("queries")) return runQueryFile(index, args, *queries);

  std::string query;
  for (const std::string& word : args.positional()) query += (query.empty() ? "" : " ") + word;
  search::SearchOptions options;
  options.limit = static_cast<std::size_t>(std::stoul(args.option("limit", "10")));
  const search::SearchResponse response = index.search(query, options);
  if (args.has("json")) {
    json results = json::array();
    for (const auto& result : response.results)
      results.push_back({{"id", result.article->id}, {"title", result.article->title}, {"score", result.score}});
    json intents = json::array();
    for (const auto& intent : response.intents)
      intents.push_back({{"id", intent.id}, {"label", intent.label}, {"article", intent.articleId}});
    json out = {{"results", results}, {"confident", response.confident}, {"intents", intents}};
    if (!response.didYouMean.empty()) out["did_you_mean"] = response.didYouMean;
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  std::cout << (response.confident ? "confident" : "not confident") << ", " << response.totalMatches
            << " matches\n";
  if (!response.didYouMean.empty()) std::cout << "did you mean: " << response.didYouMean << "\n";
  for (const auto& intent : response.intents) std::cout << "intent: " << intent.label << " (" << intent.id << ")\n";
  for (const auto& result : response.results)
    std::cout << std::fixed << std::setprecision(3) << std::setw(8) << result.score << "  " << result.article->id
              << "  " << result.article->title << "\n";
  return 0;
}

}  // namespace hw::cli
