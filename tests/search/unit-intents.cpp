// Intent choices for vague queries.
#include <catch_amalgamated.hpp>

#include "core/search/search_index.h"
#include "search_fixture.h"

using namespace hw;
using namespace hw::search;

TEST_CASE("a one-word query spread over several needs offers intent choices", "[intents]") {
  const KnowledgeBase kb = test::searchFixture();
  const SearchIndex index(kb);
  const SearchResponse response = index.search("delivery ");
  REQUIRE(response.intents.size() >= 3);
  std::vector<std::string> labels;
  for (const IntentChoice& choice : response.intents) labels.push_back(choice.label);
  CHECK(std::find(labels.begin(), labels.end(), "Track a parcel") != labels.end());
  CHECK(std::find(labels.begin(), labels.end(), "Delivery times") != labels.end());
  CHECK(std::find(labels.begin(), labels.end(), "Change address") != labels.end());
}

TEST_CASE("a precise query is answered, not turned into choices", "[intents]") {
  const KnowledgeBase kb = test::searchFixture();
  const SearchIndex index(kb);
  CHECK(index.search("reset my password ").intents.empty());
  CHECK(index.search("when will i get my refund").intents.empty());
}

TEST_CASE("without content intents, categories serve as choices", "[intents]") {
  KnowledgeBase kb = test::searchFixture();
  kb.intents.clear();
  const SearchIndex index(kb);
  const SearchResponse response = index.search("delivery ");
  for (const IntentChoice& choice : response.intents) CHECK(kb.findCategory(choice.id) != nullptr);
}
