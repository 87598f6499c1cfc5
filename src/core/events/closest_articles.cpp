#include "core/events/closest_articles.h"

#include <algorithm>
#include <map>

#include "core/search/tokenizer.h"

namespace hw::events {

std::vector<ArticleRef> closestArticles(const search::SearchIndex& index, std::string_view query,
                                        std::size_t limit) {
  std::vector<ArticleRef> out;
  search::SearchOptions options;
  options.limit = limit;
  const search::SearchResponse whole = index.search(query, options);
  for (const search::SearchResult& result : whole.results)
    out.push_back({result.article->id, result.article->title});
  if (!out.empty()) return out;

  // Best score per article over the query's terms taken one at a time.
  std::map<const Article*, double> best;
  for (const search::Token& token : search::tokenize(query)) {
    if (token.kind == search::TermKind::CjkChar) continue;  // single characters say little
    const std::string_view term = query.substr(token.byteStart, token.byteEnd - token.byteStart);
    for (const search::SearchResult& result : index.search(term, options).results)
      best[result.article] = std::max(best[result.article], result.score);
  }
  std::vector<std::pair<const Article*, double>> ranked(best.begin(), best.end());
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first->id < b.first->id;
  });
  for (std::size_t i = 0; i < ranked.size() && out.size() < limit; ++i)
    out.push_back({ranked[i].first->id, ranked[i].first->title});
  return out;
}

}  // namespace hw::events
