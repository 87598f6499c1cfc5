// Typo tolerance and as-you-type prefix matching.
#include <catch_amalgamated.hpp>

#include "core/search/search_index.h"
#include "core/search/term_dictionary.h"
#include "search_fixture.h"

using namespace hw;
using namespace hw::search;

namespace {

std::string topId(const SearchIndex& index, std::string_view query) {
  const SearchResponse response = index.search(query);
  return response.results.empty() ? std::string("(none)") : response.results[0].article->id;
}

}  // namespace

TEST_CASE("the dictionary finds terms within the allowed edits", "[typo]") {
  TermDictionary dictionary;
  for (const char* term : {"parcel", "parcels", "password", "refund", "return", "track"}) dictionary.add(term);
  const auto matches = dictionary.match("pracel", 1, false, 10);  // transposition = 1 edit
  REQUIRE(matches.size() == 1);
  CHECK(dictionary.term(matches[0].term) == "parcel");
  CHECK(matches[0].distance == 1);
  CHECK(dictionary.match("prcel", 1, false, 10).size() == 1);   // deletion
  CHECK(dictionary.match("parrcel", 1, false, 10).size() == 1);  // insertion
  CHECK(dictionary.match("pxrcxl", 1, false, 10).empty());       // two edits
  CHECK(dictionary.match("pxrcxl", 2, false, 10).size() == 1);
}

TEST_CASE("exact look-ups tell every short term from every other", "[typo]") {
  // Terms of up to 8 bytes are told apart by their hash alone: all strings
  // of two letters up to 8 long, and Chinese pairs sharing bytes, each get
  // an id of their own and are found again by it.
  TermDictionary dictionary;
  std::vector<std::string> terms;
  for (std::size_t length = 1; length <= 8; ++length)
    for (unsigned bits = 0; bits < (1u << length); ++bits) {
      std::string term;
      for (std::size_t i = 0; i < length; ++i) term += (bits >> i & 1) ? 'b' : 'a';
      terms.push_back(term);
    }
  for (const char* pair : {"订单", "单订", "订订", "单单", "订", "单", "退货", "退款"}) terms.push_back(pair);
  for (std::size_t i = 0; i < terms.size(); ++i) CHECK(dictionary.add(terms[i]) == i);
  for (std::size_t i = 0; i < terms.size(); ++i) CHECK(dictionary.find(terms[i]) == i);
  for (const char* absent : {"c", "abababac", "ba\xE8", "订货", "单退"}) CHECK(dictionary.find(absent) == kNoTerm);
}

TEST_CASE("prefix look-ups complete unfinished words", "[typo]") {
  TermDictionary dictionary;
  for (const char* term : {"refund", "refusal", "return", "track"}) dictionary.add(term);
  auto matches = dictionary.match("ref", 0, true, 10);
  CHECK(matches.size() == 2);
  matches = dictionary.match("retrn", 1, true, 10);  // a typo in what is typed so far
  REQUIRE(matches.size() == 1);
  CHECK(dictionary.term(matches[0].term) == "return");
}

TEST_CASE("queries with typos find the right article", "[typo]") {
  const KnowledgeBase kb = test::searchFixture();
  const SearchIndex index(kb);
  CHECK(topId(index, "wher is my parcle ") == "track-order");
  CHECK(topId(index, "pasword reset ") == "reset-password");
  CHECK(topId(index, "refnud ") == "refund-timing");
}

TEST_CASE("short words are matched exactly, not fuzzily", "[typo]") {
  const KnowledgeBase kb = test::searchFixture();
  const SearchIndex index(kb);
  // "day" (3 letters) must not become "days"/"way" through typo tolerance.
  const SearchResponse response = index.search("xyz ");
  CHECK(response.results.empty());
}

TEST_CASE("the last word is matched as a prefix while typing", "[typo]") {
  const KnowledgeBase kb = test::searchFixture();
  const SearchIndex index(kb);
  CHECK(topId(index, "reset passw") == "reset-password");
  CHECK(topId(index, "delivery ti") == "delivery-times");
  // After a space the word is finished and no longer a prefix.
  CHECK(index.search("passw ").results.empty());
}

TEST_CASE("a Chinese character still being typed completes to the words it starts", "[typo]") {
  KnowledgeBase kb;
  kb.categories = {{"account", "账户", ""}};
  kb.articles = {{"register", "如何注册账户", "填写邮箱即可注册。", "account", {"注册"}},
                 {"login", "怎么登录", "输入邮箱和密码。", "account", {"登录"}},
                 {"note", "备注说明", "下单时可以写备注。", "account", {"备注"}}};
  const SearchIndex index(kb);
  // "怎么注" is "怎么注册" on its way: 么注 is no word, 注 starts 注册.
  CHECK(topId(index, "怎么注") == "register");
  // A finished pair is not expanded: 备注 stays 备注.
  CHECK(topId(index, "写备注") == "note");
}
