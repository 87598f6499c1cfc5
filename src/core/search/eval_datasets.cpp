// Evaluation on public labeled query sets. Pure C++: no ImGui, no Emscripten.
#include "core/search/eval_datasets.h"

namespace hw::search {

std::vector<std::vector<std::string>> parseCsv(std::string_view text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  bool fieldStarted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
      continue;
    }
    if (c == '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      fieldStarted = false;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      row.push_back(std::move(field));
      field.clear();
      fieldStarted = false;
      rows.push_back(std::move(row));
      row.clear();
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (fieldStarted || !row.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

std::map<std::string, std::string> parseLabelMap(std::string_view tsv) {
  std::map<std::string, std::string> out;
  const std::vector<std::string_view> lines = splitLines(tsv);
  for (std::size_t i = 1; i < lines.size(); ++i) {  // line 0 is the header
    const std::size_t tab = lines[i].find('\t');
    if (tab != std::string_view::npos)
      out[std::string(lines[i].substr(0, tab))] = std::string(lines[i].substr(tab + 1));
  }
  return out;
}

namespace {

// 1-based rank of `id` in the top five, or 0.
std::size_t rankOf(const SearchResponse& response, const std::string& id) {
  for (std::size_t i = 0; i < response.results.size() && i < 5; ++i)
    if (response.results[i].article->id == id) return i + 1;
  return 0;
}

SearchOptions topFive() {
  SearchOptions options;
  options.limit = 5;
  return options;
}

}  // namespace

BitextReport evaluateBitext(const SearchIndex& index, std::string_view tsv,
                            const std::map<std::string, std::string>& intentToArticle,
                            LineSelection lines) {
  BitextReport report;
  double reciprocal = 0;
  std::size_t first = 0;
  std::map<char, double> tagReciprocal;
  const std::vector<std::string_view> fileLines = splitLines(tsv);
  for (std::size_t lineIndex = 1; lineIndex < fileLines.size(); ++lineIndex) {  // line 0 is the header
    const std::size_t lineNumber = lineIndex + 1;
    if ((lines == LineSelection::Even && lineNumber % 2 != 0) || (lines == LineSelection::Odd && lineNumber % 2 == 0))
      continue;
    const std::string line(fileLines[lineIndex]);
    std::vector<std::string> columns;
    std::size_t from = 0;
    while (true) {
      const std::size_t tab = line.find('\t', from);
      columns.push_back(line.substr(from, tab == std::string::npos ? std::string::npos : tab - from));
      if (tab == std::string::npos) break;
      from = tab + 1;
    }
    if (columns.size() < 2) continue;
    auto mapped = intentToArticle.find(columns[1]);
    if (mapped == intentToArticle.end()) {
      ++report.unmapped;
      continue;
    }
    ++report.queries;
    const SearchResponse response = index.search(columns[0], topFive());
    const std::size_t rank = rankOf(response, mapped->second);
    const double r = rank ? 1.0 / static_cast<double>(rank) : 0.0;
    reciprocal += r;
    if (rank == 1) ++first;
    else if (report.misses.size() < 5000)
      report.misses.push_back({lineNumber, columns[0], mapped->second,
                               response.results.empty() ? std::string() : response.results.front().article->id, rank});
    if (columns.size() >= 4)
      for (char tag : columns[3]) {
        ++report.byTag[tag].queries;
        tagReciprocal[tag] += r;
      }
  }
  if (report.queries) {
    report.mrrAt5 = reciprocal / static_cast<double>(report.queries);
    report.accuracyAt1 = static_cast<double>(first) / static_cast<double>(report.queries);
  }
  for (auto& [tag, score] : report.byTag)
    score.mrrAt5 = score.queries ? tagReciprocal[tag] / static_cast<double>(score.queries) : 0;
  return report;
}

Hint3Report evaluateHint3(const SearchIndex& index, std::string_view csv,
                          const std::map<std::string, std::string>& labelToArticle) {
  Hint3Report report;
  std::size_t correctFirst = 0;
  double reciprocal = 0;
  std::size_t rejected = 0;
  std::size_t answeredRight = 0;
  const auto rows = parseCsv(csv);
  for (std::size_t i = 1; i < rows.size(); ++i) {  // row 0 is the header
    if (rows[i].size() < 2) continue;
    const std::string& sentence = rows[i][0];
    const std::string& label = rows[i][1];
    const SearchResponse response = index.search(sentence, topFive());
    if (label == "NO_NODES_DETECTED") {
      ++report.outOfScope;
      if (!response.confident) {
        ++rejected;
        ++answeredRight;
      }
      continue;
    }
    auto mapped = labelToArticle.find(label);
    if (mapped == labelToArticle.end()) continue;
    ++report.inScope;
    const std::size_t rank = rankOf(response, mapped->second);
    if (rank) reciprocal += 1.0 / static_cast<double>(rank);
    if (rank == 1) {
      ++correctFirst;
      if (response.confident) ++answeredRight;
    }
  }
  if (report.inScope) {
    report.inScopeAccuracyAt1 = static_cast<double>(correctFirst) / static_cast<double>(report.inScope);
    report.inScopeMrrAt5 = reciprocal / static_cast<double>(report.inScope);
  }
  if (report.outOfScope) report.outOfScopeRejection = static_cast<double>(rejected) / static_cast<double>(report.outOfScope);
  const std::size_t all = report.inScope + report.outOfScope;
  if (all) report.answeredCorrectly = static_cast<double>(answeredRight) / static_cast<double>(all);
  return report;
}

}  // namespace hw::search
