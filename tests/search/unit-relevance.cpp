// Relevance on the labeled query sets: fails if MRR@5 drops below 0.85.
#include <catch_amalgamated.hpp>

#include <iostream>

#include "core/search/evaluation.h"
#include "test_files.h"

using namespace hw;
using namespace hw::search;

namespace {

void checkRelevance(const std::string& locale) {
  const auto loaded = loadKnowledgeBase(test::readRepoFile("assets/kb/" + locale + ".json"), locale);
  REQUIRE(loaded.ok());
  const SearchIndex index(loaded.value);
  const auto queries = parseLabeledQueries(test::readRepoFile("tests/search/queries." + locale + ".tsv"));
  REQUIRE(queries.size() >= 150);
  const Evaluation evaluation = evaluate(index, queries);
  std::cout << locale << ": MRR@5 " << evaluation.mrrAt5 << ", recall@5 " << evaluation.recallAt5
            << ", accuracy@1 " << evaluation.accuracyAt1 << " over " << evaluation.queries << " queries\n";
  for (const LabeledQuery& miss : evaluation.misses) UNSCOPED_INFO("missed: " << miss.query << " -> " << miss.expected);
  CHECK(evaluation.mrrAt5 >= 0.85);
}

}  // namespace

TEST_CASE("English labeled queries reach MRR@5 of at least 0.85", "[relevance]") { checkRelevance("en"); }

TEST_CASE("Chinese labeled queries reach MRR@5 of at least 0.85", "[relevance]") { checkRelevance("zh-CN"); }
