// Synonyms defined in the content, applied at query time.
#include <catch_amalgamated.hpp>

#include "core/search/search_index.h"
#include "search_fixture.h"

using namespace hw;
using namespace hw::search;

TEST_CASE("a synonym finds articles that use the other word", "[synonyms]") {
  const KnowledgeBase kb = test::searchFixture();
  const SearchIndex index(kb);
  const SearchResponse response = index.search("where is my package ");
  REQUIRE_FALSE(response.results.empty());
  CHECK(response.results[0].article->id == "track-order");
}

TEST_CASE("Chinese synonyms work on character pairs", "[synonyms]") {
  const KnowledgeBase kb = test::searchFixture();
  const SearchIndex index(kb);
  const SearchResponse response = index.search("快递");
  REQUIRE_FALSE(response.results.empty());
  CHECK(response.results[0].article->id == "zh-track");
}

TEST_CASE("synonym matches count less than the word itself", "[synonyms]") {
  KnowledgeBase kb = test::searchFixture();
  kb.articles = {{"a", "Package rules", "x", "orders", {}}, {"b", "Parcel rules", "x", "orders", {}}};
  const SearchIndex index(kb);
  const SearchResponse response = index.search("parcel rules ");
  REQUIRE(response.results.size() == 2);
  CHECK(response.results[0].article->id == "b");
}
