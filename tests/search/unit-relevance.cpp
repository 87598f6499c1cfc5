// Relevance on the labeled query sets: fails if MRR@5 drops below 0.85.
#include <catch_amalgamated.hpp>

#include <iostream>

#include "core/search/corpus_scaling.h"
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

TEST_CASE("the index of a grown corpus stays compact in both languages", "[relevance]") {
  // Postings are compressed: about 1.3 KB per article in Chinese (characters
  // and pairs) and 0.45 KB in English on the grown sample content; unpacked
  // postings took 4.6 KB and 1.4 KB.
  for (const auto& [locale, budget] : {std::pair<std::string, std::size_t>{"en", 800}, {"zh-CN", 1800}}) {
    const auto loaded = loadKnowledgeBase(test::readRepoFile("assets/kb/" + locale + ".json"), locale);
    REQUIRE(loaded.ok());
    const KnowledgeBase grown = scaleCorpus(loaded.value, 2000);
    const SearchIndex index(grown);
    INFO(locale << ": " << index.memoryBytes() / grown.articles.size() << " bytes per article");
    CHECK(index.memoryBytes() <= budget * grown.articles.size());
  }
}
