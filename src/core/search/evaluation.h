// Measures search quality on labeled queries: MRR@5, recall@5, accuracy@1.
// Pure C++: no ImGui, no Emscripten.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/search/search_index.h"

namespace hw::search {

struct LabeledQuery {
  std::string query;
  std::string expected;  // article id; empty: no article should be confident
};

// The lines of `text` without their line ends ("\n" or "\r\n").
std::vector<std::string_view> splitLines(std::string_view text);

// Lines "query<TAB>expected id"; blank lines and lines starting with '#'
// are skipped, as is a header line "query<TAB>...".
std::vector<LabeledQuery> parseLabeledQueries(std::string_view tsv);

struct Evaluation {
  std::size_t queries = 0;
  double mrrAt5 = 0;
  double recallAt5 = 0;
  double accuracyAt1 = 0;
  std::vector<LabeledQuery> misses;  // expected article not in the top 5
};

Evaluation evaluate(const SearchIndex& index, const std::vector<LabeledQuery>& queries);

}  // namespace hw::search
