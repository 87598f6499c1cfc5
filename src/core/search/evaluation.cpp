// Search quality measurement. Pure C++: no ImGui, no Emscripten.
#include "core/search/evaluation.h"

namespace hw::search {

std::vector<std::string_view> splitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

std::vector<LabeledQuery> parseLabeledQueries(std::string_view tsv) {
  std::vector<LabeledQuery> out;
  for (std::string_view line : splitLines(tsv)) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    LabeledQuery query{std::string(line.substr(0, tab)), std::string(line.substr(tab + 1))};
    if (query.query == "query") continue;  // header
    const std::size_t secondTab = query.expected.find('\t');
    if (secondTab != std::string::npos) query.expected.resize(secondTab);
    out.push_back(std::move(query));
  }
  return out;
}

Evaluation evaluate(const SearchIndex& index, const std::vector<LabeledQuery>& queries) {
  Evaluation evaluation;
  double reciprocal = 0;
  std::size_t inTop5 = 0;
  std::size_t first = 0;
  SearchOptions options;
  options.limit = 5;
  for (const LabeledQuery& query : queries) {
    ++evaluation.queries;
    const SearchResponse response = index.search(query.query, options);
    std::size_t rank = 0;
    for (std::size_t i = 0; i < response.results.size(); ++i)
      if (response.results[i].article->id == query.expected) {
        rank = i + 1;
        break;
      }
    if (rank > 0) {
      reciprocal += 1.0 / static_cast<double>(rank);
      ++inTop5;
      if (rank == 1) ++first;
    } else {
      evaluation.misses.push_back(query);
    }
  }
  if (evaluation.queries > 0) {
    const auto n = static_cast<double>(evaluation.queries);
    evaluation.mrrAt5 = reciprocal / n;
    evaluation.recallAt5 = static_cast<double>(inTop5) / n;
    evaluation.accuracyAt1 = static_cast<double>(first) / n;
  }
  return evaluation;
}

}  // namespace hw::search
