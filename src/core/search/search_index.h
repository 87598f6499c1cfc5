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
  // Postings are compressed, two byte streams per term, articles in
  // order: per article the gap from the previous one (varint) and the term
  // frequencies in title, tags and body (one byte, more only for frequent
  // terms); apart from them, up to 32 positions per article as per-field
  // gaps (varints), read only for the phrase bonus. About 4 bytes per
  // (term, article) instead of 14 unpacked: Chinese, indexed as characters
  // and pairs, has three times as many postings as English.
  struct Posting {
    std::uint32_t doc = 0;
    std::uint8_t tf[kFieldCount] = {0, 0, 0};
    const std::uint8_t* positions = nullptr;  // set by findPosting only (none for some terms); see positionsOf
  };
  // Reads one term's postings in article order (without positions).
  class PostingCursor {
   public:
    PostingCursor(const std::uint8_t* bytes, const std::uint8_t* end, std::uint32_t base)
        : m_bytes(bytes), m_end(end), m_base(base) {}
    inline bool next(Posting& posting);

   private:
    const std::uint8_t* m_bytes;
    const std::uint8_t* m_end;
    std::uint32_t m_base;  // the next article is at least this
  };
  // Every 16th posting of a term, where to start reading: findPosting
  // decodes one block, not the whole list.
  struct Skip {
    std::uint32_t base;       // the block's first article is at least this
    std::uint32_t offset;     // into m_postingBytes
    std::uint32_t positions;  // into m_positionBytes
  };
  struct TermPostings {
    std::uint32_t bytes = 0;  // into m_postingBytes; the next term's start ends it
    std::uint32_t skips = 0;  // into m_skips; likewise
    std::uint32_t count = 0;  // articles holding the term
  };
  struct Doc {
    const Article* article;
    // Field weight over BM25 length normalization, per field: a term
    // frequency times this is its weighted frequency (no division per posting).
    float tfFactor[kFieldCount];
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
    bool filler = false;  // a request word ("assistance"): content only when nothing else is
    std::vector<Variant> variants;
  };

  std::vector<QueryGroup> parseQuery(std::string_view query, std::string& partialPrefix) const;
  void addVariants(QueryGroup& group, const Token& token, bool partial) const;
  void addSynonyms(std::vector<QueryGroup>& groups, const std::vector<Token>& tokens) const;
  void completeCjk(QueryGroup& group, const std::vector<Token>& tokens) const;
  void addSkipPairs(std::vector<QueryGroup>& groups, const std::vector<Token>& tokens) const;
  float idf(TermId term) const;
  float termScore(const Posting& posting, TermId term) const;
  // One matched variant of a query word in one article.
  struct VariantPositions {
    float weight;
    std::uint8_t count;
    std::uint16_t positions[32];  // (field << 14) | position
  };
  static float proximityBonus(const VariantPositions* a, const VariantPositions* aEnd, const VariantPositions* b,
                              const VariantPositions* bEnd);
  PostingCursor cursor(TermId term) const;
  bool findPosting(TermId term, std::uint32_t doc, Posting& posting) const;
  // Decodes a posting's positions as (field << 14) | position; returns how many.
  static std::size_t positionsOf(const Posting& posting, std::uint16_t* out);
  std::uint32_t documentFrequency(TermId term) const { return m_termPostings[term].count; }
  std::vector<IntentChoice> vagueIntents(const std::vector<SearchResult>& results,
                                         const std::vector<QueryGroup>& groups) const;
  std::string correction(const std::vector<QueryGroup>& groups) const;

  const KnowledgeBase& m_kb;
  TermDictionary m_dictionary;
  std::vector<TermPostings> m_termPostings;  // by term id, and one past the last
  std::vector<std::uint8_t> m_postingBytes;
  std::vector<std::uint8_t> m_positionBytes;
  std::vector<Skip> m_skips;
  std::vector<bool> m_keepsPositions;  // by term id: single CJK characters keep none
  std::vector<float> m_idf;  // by term id
  std::vector<Doc> m_docs;
  float m_averageLength[kFieldCount] = {1, 1, 1};
  // Synonym groups as term sequences ("payment method" -> {"payment", "method"}).
  std::vector<std::vector<std::vector<std::string>>> m_synonymGroups;
  std::unordered_map<std::string, std::vector<std::size_t>> m_intentsByArticle;
};

}  // namespace hw::search
