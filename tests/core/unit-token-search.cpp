// Tests for the plain token-match search.
#include <catch_amalgamated.hpp>

#include "core/token_search.h"

using namespace hw;

namespace {

KnowledgeBase sampleKb() {
  KnowledgeBase kb;
  kb.categories = {{"orders", "Orders", ""}, {"returns", "Returns", ""}};
  kb.articles = {
      {"track-order", "Where is my order?", "Use the **tracking** link in your email.", "orders", {"parcel"}},
      {"start-return", "Start a return", "Returns are free within 30 days. Your order number is needed.", "returns", {}},
      {"zh-return", "退货运费谁承担", "质量问题的退货运费由我们承担。", "returns", {"退货", "快递"}},
  };
  return kb;
}

}  // namespace

TEST_CASE("query terms fold case and full-width forms and pair Chinese characters", "[search]") {
  CHECK(queryTerms("Where IS ＳＯ-1042") == std::vector<std::string>{"1042", "is", "so", "where"});
  CHECK(queryTerms("退货运费") == std::vector<std::string>{"货运", "运费", "退货"});
  CHECK(queryTerms("快") == std::vector<std::string>{"快"});
  CHECK(queryTerms("  !! ").empty());
}

TEST_CASE("title matches rank above body matches", "[search]") {
  const KnowledgeBase kb = sampleKb();
  const TokenSearch search(kb);
  const auto hits = search.search("order");
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].article->id == "track-order");
  CHECK(hits[1].article->id == "start-return");
}

TEST_CASE("tags are searched", "[search]") {
  const KnowledgeBase kb = sampleKb();
  const auto hits = TokenSearch(kb).search("PARCEL");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].article->id == "track-order");
}

TEST_CASE("Chinese queries match Chinese articles", "[search]") {
  const KnowledgeBase kb = sampleKb();
  const auto hits = TokenSearch(kb).search("退货运费谁出");
  REQUIRE_FALSE(hits.empty());
  CHECK(hits[0].article->id == "zh-return");
}

TEST_CASE("snippets are plain text around the match", "[search]") {
  const KnowledgeBase kb = sampleKb();
  const auto hits = TokenSearch(kb).search("tracking");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].snippet == "Use the tracking link in your email.");
}

TEST_CASE("no terms or no match gives no hits", "[search]") {
  const KnowledgeBase kb = sampleKb();
  CHECK(TokenSearch(kb).search("").empty());
  CHECK(TokenSearch(kb).search("zzzz").empty());
}
