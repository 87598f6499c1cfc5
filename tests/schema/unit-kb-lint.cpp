// helpkb lint's checks: each warning on a small knowledge base, and the
// samples against their labeled queries.
#include <catch_amalgamated.hpp>

#include "core/content/kb_lint.h"
#include "test_files.h"

using hw::content::lintKnowledgeBase;

namespace {

hw::KnowledgeBase kbWith(const char* articles) {
  const std::string text = std::string(R"({"schema_version": 1, "locale": "en",
    "categories": [{"id": "orders", "title": "Orders"}], "articles": [)") + articles + "]}";
  auto loaded = hw::loadKnowledgeBase(text, "kb.json");
  REQUIRE(loaded.ok());
  return loaded.value;
}

const std::string kLongBody(260, 'x');

}  // namespace

TEST_CASE("Short articles, duplicate titles and missing tags are warned about", "[lint]") {
  const std::string articles =
      R"({"id": "a", "title": "Where is my order?", "category": "orders", "tags": ["tracking"], "body": ")" + kLongBody + R"("},
         {"id": "b", "title": "where is my order", "category": "orders", "tags": ["parcel"], "body": ")" + kLongBody + R"("},
         {"id": "c", "title": "Refunds", "category": "orders", "body": "Soon."})";
  const auto findings = lintKnowledgeBase(kbWith(articles.c_str()), {});
  REQUIRE(findings.size() == 3);
  CHECK(findings[0].pointer == "/articles/1/title");
  CHECK(findings[0].message.rfind("same title as /articles/0", 0) == 0);
  CHECK(findings[1].pointer == "/articles/2/body");
  CHECK(findings[1].message.rfind("very short article (5 characters)", 0) == 0);
  CHECK(findings[2].pointer == "/articles/2");
  CHECK(findings[2].message.rfind("no tags", 0) == 0);
}

TEST_CASE("Articles no labeled query reaches are named", "[lint]") {
  const std::string articles =
      R"({"id": "track", "title": "Where is my order?", "category": "orders", "tags": ["tracking"], "body": ")" + kLongBody + R"("},
         {"id": "gift", "title": "Gift wrapping", "category": "orders", "tags": ["present"], "body": ")" + kLongBody + R"("})";
  const auto findings = lintKnowledgeBase(kbWith(articles.c_str()), {{"where is my parcel", "track"}, {"tracking", "track"}});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].pointer == "/articles/1");
  CHECK(findings[0].message.rfind("no labeled query finds this article", 0) == 0);
}

TEST_CASE("The sample knowledge base has articles, not stubs, and no duplicate titles", "[lint]") {
  auto kb = hw::loadKnowledgeBase(hw::test::readRepoFile("assets/kb/en.json"), "en.json");
  REQUIRE(kb.ok());
  for (const auto& finding : lintKnowledgeBase(kb.value, hw::search::parseLabeledQueries(
                                                            hw::test::readRepoFile("tests/search/queries.en.tsv")))) {
    CAPTURE(finding.pointer, finding.message);
    CHECK(finding.message.rfind("same title", 0) != 0);
    CHECK(finding.message.rfind("very short", 0) != 0);
  }
}
