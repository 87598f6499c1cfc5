// The help-content search engine: an inverted index over title, tags and
// body with BM25F ranking, typo and prefix matching through the term
// dictionary, synonyms from the content, phrase and proximity bonuses,
// highlights, a confidence signal, "did you mean", completions and intent
// choices for vague queries. Pure C++: no ImGui, no Emscripten.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/knowledge_base.h"
#include "core/search/term_dictionary.h"
#include "core/search/tokenizer.h"

namespace hw::search {

enum Field : std::uint8_t { kTitle = 0, kTags = 1, kBody = 2, kFieldCount = 3 };

// Ranking inputs from outside the query: the shopper's situation (an order
// that is late, a refund pending) raises the articles that fit it. Each
// boost multiplies a result's score by (1 + boost).
struct RankingContext {
  std::unordered_map<std::string, double> articleBoosts;
  std::unordered_map<std::string, double> categoryBoosts;
  std::unordered_map<std::string, double> tagBoosts;
};

struct SearchOptions {
  std::size_t limit = 20;
  const RankingContext* context = nullptr;
};

struct SearchResult {
  const Article* article = nullptr;
  double score = 0;
  double coverage = 0;  // share of the query's words this article matched
};

struct IntentChoice {
  std::string id;
  std::string label;
  std::string articleId;  // the best article for that intent
};

struct SearchResponse {
  std::vector<SearchResult> results;
  std::size_t totalMatches = 0;
  bool confident = false;             // the best result really answers the query
  std::vector<IntentChoice> intents;  // set when the query is vague
  std::string didYouMean;             // a corrected query, when it helps
  std::vector<std::string> matchedTerms;  // index terms that matched, for highlighting
  std::string partialPrefix;          // the unfinished last word, matched as a prefix
};

struct Range {
  std::uint32_t start = 0;  // UTF-8 byte offsets, on character boundaries
  std::uint32_t end = 0;
};

struct Decoration {
  std::vector<Range> title;     // in the article's title
  std::string snippet;          // plain text cut around the best match
  std::vector<Range> snippetRanges;
};

class SearchIndex {
 public:
  // `kb` must outlive the index.
  explicit SearchIndex(const KnowledgeBase& kb);

  SearchResponse search(std::string_view query, const SearchOptions& options = {}) const;
  // Highlights and snippet for one result of `response` (done only for the
  // results on screen).
  Decoration decorate(const Article& article, const SearchResponse& response) const;
  // Completions for the search box: popular queries, then titles.
  std::vector<std::string> complete(std::string_view typed, std::size_t limit = 5) const;

  std::size_t documentCount() const { return m_docs.size(); }
  std::size_t termCount() const { return m_dictionary.size(); }
  std::size_t memoryBytes() const;

 private:
  // 12 bytes per (term, article): the index at 10k articles stays well
  // inside a browser tab's budget.
  struct Posting {
    std::uint32_t doc;
    std::uint32_t positionStart;  // into m_positions: (field << 14) | position
    std::uint8_t positionCount;
    std::uint8_t tf[kFieldCount];  // capped at 255
  };
  struct Doc {
    const Article* article;
    float lengthNorm[kFieldCount];  // BM25 length normalization per field
  };
  struct Variant {
    TermId term;
    float weight;
  };
  struct QueryGroup {
    std::string surface;  // as typed, folded
    float weight = 1;     // share in coverage (content words 1, stop words and
                          // single CJK characters less)
    bool content = true;
    std::vector<Variant> variants;
  };

  std::vector<QueryGroup> parseQuery(std::string_view query, std::string& partialPrefix) const;
  void addVariants(QueryGroup& group, const Token& token, bool partial) const;
  void addSynonyms(std::vector<QueryGroup>& groups, const std::vector<Token>& tokens) const;
  float idf(TermId term) const;
  float termScore(const Posting& posting, TermId term) const;
  float proximityBonus(std::uint32_t doc, const QueryGroup& a, const QueryGroup& b) const;
  const Posting* findPosting(TermId term, std::uint32_t doc) const;
  std::vector<IntentChoice> vagueIntents(const std::vector<SearchResult>& results,
                                         const std::vector<QueryGroup>& groups) const;
  std::string correction(const std::vector<QueryGroup>& groups) const;

  const KnowledgeBase& m_kb;
  TermDictionary m_dictionary;
  std::vector<std::vector<Posting>> m_postings;  // by term id
  std::vector<std::uint16_t> m_positions;
  std::vector<float> m_idf;  // by term id
  std::vector<Doc> m_docs;
  float m_averageLength[kFieldCount] = {1, 1, 1};
  // Synonym groups as term sequences ("payment method" -> {"payment", "method"}).
  std::vector<std::vector<std::vector<std::string>>> m_synonymGroups;
  std::unordered_map<std::string, std::vector<std::size_t>> m_intentsByArticle;
};

}  // namespace hw::search
