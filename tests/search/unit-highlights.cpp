// Highlight ranges and snippets.
#include <catch_amalgamated.hpp>

#include "core/search/search_index.h"
#include "core/utf8.h"
#include "search_fixture.h"

using namespace hw;
using namespace hw::search;

namespace {

bool onBoundary(const std::string& text, std::uint32_t offset) {
  return offset == text.size() || floorToCharBoundary(text, offset) == offset;
}

std::vector<std::string> pieces(const std::string& text, const std::vector<Range>& ranges) {
  std::vector<std::string> out;
  for (const Range& range : ranges) out.push_back(text.substr(range.start, range.end - range.start));
  return out;
}

}  // namespace

TEST_CASE("title highlights cover the matched words", "[highlights]") {
  const KnowledgeBase kb = test::searchFixture();
  const SearchIndex index(kb);
  const SearchResponse response = index.search("wher is my parcle ");
  const Decoration decoration = index.decorate(*response.results[0].article, response);
  // "wher" and "parcle" match with typos; stop words are not highlighted.
  CHECK(pieces(kb.articles[0].title, decoration.title) ==
        std::vector<std::string>{"Where", "parcel"});
}

TEST_CASE("highlights cover a prefix being typed", "[highlights]") {
  const KnowledgeBase kb = test::searchFixture();
  const SearchIndex index(kb);
  const SearchResponse response = index.search("passw");
  const Decoration decoration = index.decorate(*response.results[0].article, response);
  CHECK(pieces(response.results[0].article->title, decoration.title) == std::vector<std::string>{"password"});
}

TEST_CASE("the snippet is the sentence with the most matches", "[highlights]") {
  KnowledgeBase kb = test::searchFixture();
  kb.articles = {{"a", "Notes", "First we talk about hats. Then the refund arrives in 5 days. Other text.", "refunds", {}}};
  const SearchIndex index(kb);
  const SearchResponse response = index.search("refund days ");
  const Decoration decoration = index.decorate(kb.articles[0], response);
  CHECK(decoration.snippet.rfind("Then the refund arrives in 5 days.", 0) == 0);
  CHECK(pieces(decoration.snippet, decoration.snippetRanges) == std::vector<std::string>{"refund", "days"});
}

TEST_CASE("highlight ranges always fall on character boundaries", "[highlights]") {
  const KnowledgeBase kb = test::searchFixture();
  const SearchIndex index(kb);
  for (const char* query : {"退货运费", "快递", "物流", "退", "运费谁出", "Parcel 退货", "retu"}) {
    const SearchResponse response = index.search(query);
    for (const SearchResult& result : response.results) {
      const Decoration decoration = index.decorate(*result.article, response);
      for (const Range& range : decoration.title) {
        CHECK(range.start < range.end);
        CHECK(onBoundary(result.article->title, range.start));
        CHECK(onBoundary(result.article->title, range.end));
      }
      for (const Range& range : decoration.snippetRanges) {
        CHECK(range.end <= decoration.snippet.size());
        CHECK(onBoundary(decoration.snippet, range.start));
        CHECK(onBoundary(decoration.snippet, range.end));
      }
      CHECK(findInvalidUtf8(decoration.snippet) == std::string::npos);
    }
  }
}

TEST_CASE("Chinese highlights cover the matched characters", "[highlights]") {
  const KnowledgeBase kb = test::searchFixture();
  const SearchIndex index(kb);
  const SearchResponse response = index.search("退货运费谁出");
  REQUIRE(response.results[0].article->id == "zh-return");
  const Decoration decoration = index.decorate(*response.results[0].article, response);
  // 退货, 货运, 运费 and 费谁 are pairs of the query; 承担 is not.
  CHECK(pieces(response.results[0].article->title, decoration.title) == std::vector<std::string>{"退货运费谁"});
}
