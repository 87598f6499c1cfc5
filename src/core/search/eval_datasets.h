// Public labeled shopper queries (Bitext, HINT3) measured against a
// knowledge base: intents are mapped to article ids by a small TSV.
// Pure C++: no ImGui, no Emscripten.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/search/evaluation.h"
#include "core/search/search_index.h"

namespace hw::search {

// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines.
std::vector<std::vector<std::string>> parseCsv(std::string_view text);

// "label<TAB>article id" lines after a header.
std::map<std::string, std::string> parseLabelMap(std::string_view tsv);

struct ClassScore {
  std::size_t queries = 0;
  double mrrAt5 = 0;
};

// One Bitext query whose article was not ranked first.
struct BitextMiss {
  std::size_t line = 0;   // 1-based line in the file (the header is line 1)
  std::string query;
  std::string expected;   // article id
  std::string first;      // the article ranked first, or empty
  std::size_t rank = 0;   // of the expected article in the top five, 0 if absent
};

// Which lines of the file to measure: all, or only even or odd line numbers
// (so one half can guide content work while the other stays held out).
enum class LineSelection { All, Even, Odd };

struct BitextReport {
  std::size_t queries = 0;
  std::size_t unmapped = 0;  // queries whose intent has no article
  double mrrAt5 = 0;
  double accuracyAt1 = 0;
  std::map<char, ClassScore> byTag;  // variation tags: Z typos, K keywords, Q colloquial, ...
  std::vector<BitextMiss> misses;  // expected article not first
};

// `tsv`: query, intent, category, tags columns with a header.
BitextReport evaluateBitext(const SearchIndex& index, std::string_view tsv,
                            const std::map<std::string, std::string>& intentToArticle,
                            LineSelection lines = LineSelection::All);

struct Hint3Report {
  std::size_t inScope = 0;
  std::size_t outOfScope = 0;
  double inScopeAccuracyAt1 = 0;      // best result is the labeled article
  double inScopeMrrAt5 = 0;
  double outOfScopeRejection = 0;     // the engine said it was not confident
  double answeredCorrectly = 0;       // confident and right, or rejected when out of scope
};

// `csv`: sentence,label rows; label NO_NODES_DETECTED means out of scope.
Hint3Report evaluateHint3(const SearchIndex& index, std::string_view csv,
                          const std::map<std::string, std::string>& labelToArticle);

}  // namespace hw::search
