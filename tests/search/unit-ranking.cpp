// Ranking invariants: fields, exactness, coverage, proximity, context.
#include <catch_amalgamated.hpp>

#include "core/search/search_index.h"
#include "search_fixture.h"

using namespace hw;
using namespace hw::search;

TEST_CASE("title hits rank above body hits", "[ranking]") {
  const KnowledgeBase kb = test::searchFixture();
  const SearchIndex index(kb);
  const SearchResponse response = index.search("refund ");
  REQUIRE(response.results.size() >= 2);
  CHECK(response.results[0].article->id == "refund-timing");
  bool sawBodyOnly = false;
  for (const SearchResult& result : response.results) sawBodyOnly = sawBodyOnly || result.article->id == "body-only";
  CHECK(sawBodyOnly);
}

TEST_CASE("exact matches rank above typo matches", "[ranking]") {
  KnowledgeBase kb = test::searchFixture();
  kb.articles = {{"typo", "Refind labels", "x", "returns", {}}, {"exact", "Refund labels", "x", "returns", {}}};
  const SearchIndex index(kb);
  const SearchResponse response = index.search("refund ");
  REQUIRE(response.results.size() == 2);
  CHECK(response.results[0].article->id == "exact");
}

TEST_CASE("matching more of the query beats matching one word often", "[ranking]") {
  KnowledgeBase kb = test::searchFixture();
  kb.articles = {{"one", "Address address address", "address address", "shipping", {}},
                 {"both", "Change address", "x", "shipping", {}}};
  const SearchIndex index(kb);
  CHECK(index.search("change address ").results[0].article->id == "both");
}

TEST_CASE("words next to each other earn a phrase bonus", "[ranking]") {
  KnowledgeBase kb = test::searchFixture();
  kb.articles = {{"apart", "Notes", "The delivery of goods has a time window.", "shipping", {}},
                 {"phrase", "Notes", "Our delivery time is short, goods arrive fast.", "shipping", {}}};
  const SearchIndex index(kb);
  CHECK(index.search("delivery time ").results[0].article->id == "phrase");
}

TEST_CASE("the context hook raises articles that fit the shopper", "[ranking]") {
  const KnowledgeBase kb = test::searchFixture();
  const SearchIndex index(kb);
  const SearchResponse plain = index.search("parcel ");
  REQUIRE(plain.results[0].article->id == "track-order");
  RankingContext context;
  context.articleBoosts["start-return"] = 5.0;
  SearchOptions options;
  options.context = &context;
  CHECK(index.search("parcel ", options).results[0].article->id == "start-return");
}

TEST_CASE("confidence is low for small talk and unknown questions", "[ranking]") {
  const KnowledgeBase kb = test::searchFixture();
  const SearchIndex index(kb);
  CHECK(index.search("where is my parcel").confident);
  CHECK_FALSE(index.search("hello how are you").confident);
  CHECK_FALSE(index.search("qwzx vbnm").confident);
  CHECK_FALSE(index.search("what is the weather in paris").confident);
}

TEST_CASE("did you mean corrects words the content does not have", "[ranking]") {
  const KnowledgeBase kb = test::searchFixture();
  const SearchIndex index(kb);
  CHECK(index.search("pasword qqqq").didYouMean.find("password") != std::string::npos);
  CHECK(index.search("password ").didYouMean.empty());
}

TEST_CASE("completions come from popular queries, then titles", "[ranking]") {
  const KnowledgeBase kb = test::searchFixture();
  const SearchIndex index(kb);
  const auto completions = index.complete("Wh");
  REQUIRE(completions.size() == 3);
  CHECK(completions[0] == "where is my order");
  CHECK(completions[1] == "Where is my parcel?");
  CHECK(completions[2] == "When will I get my refund?");
  CHECK(index.complete("").empty());
}

TEST_CASE("a Chinese particle between two characters does not break their pair", "[ranking]") {
  KnowledgeBase kb;
  kb.categories = {{"returns", "退换", ""}};
  kb.articles = {{"exchange", "如何换货", "可以换码或换颜色。", "returns", {"换码"}},
                 {"refund", "如何退款", "退款原路返回，换算汇率以银行为准。", "returns", {"退款"}},
                 {"size", "尺码表", "每件商品都有尺码表，码数以厘米为准。", "returns", {"尺码"}}};
  const SearchIndex index(kb);
  // 换个码: the measure word 个 sits inside 换码.
  const SearchResponse response = index.search("换个码");
  REQUIRE_FALSE(response.results.empty());
  CHECK(response.results[0].article->id == "exchange");
}
