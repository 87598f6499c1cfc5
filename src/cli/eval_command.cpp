// helpkb eval: search quality on the public labeled shopper queries.
#include <iomanip>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/cli_support.h"
#include "core/search/eval_datasets.h"

namespace hw::cli {

using nlohmann::json;

int commandEval(const Arguments& args) {
  if (args.positional().empty()) {
    std::cerr << "helpkb eval: say which set: bitext or hint3\n";
    return 2;
  }
  const std::string set = args.positional()[0];
  const auto kbPath = args.option("kb");
  const auto dataPath = args.option("data");
  const auto mapPath = args.option("map");
  if (!kbPath || !dataPath || !mapPath) {
    std::cerr << "helpkb eval: --kb, --data and --map are required\n";
    return 2;
  }
  const std::optional<KnowledgeBase> kb = loadKnowledgeBaseFile(*kbPath);
  if (!kb) return 1;
  const std::optional<std::string> data = readFile(*dataPath);
  const std::optional<std::string> map = readFile(*mapPath);
  if (!data || !map) {
    std::cerr << "helpkb eval: cannot read " << (!data ? *dataPath : *mapPath) << "\n";
    return 2;
  }
  const search::SearchIndex index(*kb);
  const auto labels = search::parseLabelMap(*map);
  std::cout << std::fixed << std::setprecision(3);
  if (set == "bitext") {
    const std::string linesOption = args.option("lines", "all");
    search::LineSelection lines = search::LineSelection::All;
    if (linesOption == "even") lines = search::LineSelection::Even;
    else if (linesOption == "odd") lines = search::LineSelection::Odd;
    else if (linesOption != "all") {
      std::cerr << "helpkb eval: --lines takes all, even or odd\n";
      return 2;
    }
    const search::BitextReport report = search::evaluateBitext(index, *data, labels, lines);
    json byTag = json::object();
    for (const auto& [tag, score] : report.byTag)
      byTag[std::string(1, tag)] = {{"queries", score.queries}, {"mrr_at_5", score.mrrAt5}};
    if (args.has("json")) {
      std::cout << json{{"queries", report.queries}, {"unmapped", report.unmapped}, {"mrr_at_5", report.mrrAt5},
                        {"accuracy_at_1", report.accuracyAt1}, {"by_tag", byTag}}
                       .dump(2)
                << "\n";
      return 0;
    }
    std::cout << "Bitext: " << report.queries << " queries (" << report.unmapped << " unmapped), MRR@5 "
              << report.mrrAt5 << ", accuracy@1 " << report.accuracyAt1 << "\n";
    for (const auto& [tag, score] : report.byTag)
      std::cout << "  tag " << tag << ": " << std::setw(5) << score.queries << " queries, MRR@5 " << score.mrrAt5 << "\n";
    if (args.has("misses"))
      for (const auto& miss : report.misses)
        std::cout << "  not first: line " << miss.line << ": " << miss.query << " -> " << miss.expected << " (rank "
                  << miss.rank << ", first " << (miss.first.empty() ? "none" : miss.first) << ")\n";
    return 0;
  }
  if (set == "hint3") {
    const search::Hint3Report report = search::evaluateHint3(index, *data, labels);
    if (args.has("json")) {
      std::cout << json{{"in_scope", report.inScope}, {"out_of_scope", report.outOfScope},
                        {"in_scope_accuracy_at_1", report.inScopeAccuracyAt1},
                        {"in_scope_mrr_at_5", report.inScopeMrrAt5},
                        {"out_of_scope_rejection", report.outOfScopeRejection},
                        {"answered_correctly", report.answeredCorrectly}}
                       .dump(2)
                << "\n";
      return 0;
    }
    std::cout << "HINT3: " << report.inScope << " in scope, " << report.outOfScope
              << " out of scope; in-scope accuracy@1 " << report.inScopeAccuracyAt1 << ", MRR@5 "
              << report.inScopeMrrAt5 << "; out-of-scope rejected " << report.outOfScopeRejection
              << "; answered correctly overall " << report.answeredCorrectly << "\n";
    return 0;
  }
  std::cerr << "helpkb eval: unknown set \"" << set << "\"\n";
  return 2;
}

}  // namespace hw::cli
