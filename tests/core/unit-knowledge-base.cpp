// Tests for loading and validating knowledge-base content.
#include <catch_amalgamated.hpp>

#include "test_files.h"

#include "core/knowledge_base.h"

using namespace hw;

namespace {

ContentError onlyFirstError(const Loaded<KnowledgeBase>& loaded) {
  REQUIRE_FALSE(loaded.ok());
  return loaded.errors.front();
}

}  // namespace

TEST_CASE("a valid knowledge base loads with its categories and articles", "[content]") {
  const auto loaded = loadKnowledgeBase(test::readRepoFile("tests/core/fixtures/kb-valid.json"), "kb.json");
  REQUIRE(loaded.ok());
  const KnowledgeBase& kb = loaded.value;
  CHECK(kb.locale == "en");
  CHECK(kb.categories.size() == 2);
  CHECK(kb.articles.size() == 3);
  CHECK(kb.findArticle("start-return")->category == "returns");
  CHECK(kb.articlesIn("returns").size() == 2);
  REQUIRE(kb.popularArticles().size() == 1);
  CHECK(kb.popularArticles()[0]->id == "track-order");
  CHECK(kb.findArticle("zh-return")->title == "退货政策");
}

TEST_CASE("the shipped sample content loads in both locales with the same ids", "[content]") {
  const auto en = loadKnowledgeBase(test::readRepoFile("assets/kb/en.json"), "en.json");
  const auto zh = loadKnowledgeBase(test::readRepoFile("assets/kb/zh-CN.json"), "zh-CN.json");
  for (const auto& error : en.errors) FAIL_CHECK(error.describe());
  for (const auto& error : zh.errors) FAIL_CHECK(error.describe());
  REQUIRE(en.ok());
  REQUIRE(zh.ok());
  CHECK(en.value.articles.size() >= 30);
  REQUIRE(en.value.articles.size() == zh.value.articles.size());
  for (std::size_t i = 0; i < en.value.articles.size(); ++i)
    CHECK(en.value.articles[i].id == zh.value.articles[i].id);
}

TEST_CASE("a value of the wrong type is reported with pointer and line:column", "[content]") {
  const auto loaded =
      loadKnowledgeBase(test::readRepoFile("tests/core/fixtures/kb-wrong-type.json"), "kb.json");
  const ContentError error = onlyFirstError(loaded);
  CHECK(error.code == ContentErrorCode::Schema);
  CHECK(error.pointer == "/articles/1/title");
  CHECK(error.position.line == 7);
  CHECK(error.position.column == 26);
  CHECK(error.describe() == "kb.json:7:26: /articles/1/title: must be a string, not a number");
}

TEST_CASE("syntax errors point at the offending character", "[content]") {
  const auto loaded = loadKnowledgeBase("{\n  \"schema_version\": 1,\n  \"locale\": \"en\" \"x\"\n}", "kb.json");
  const ContentError error = onlyFirstError(loaded);
  CHECK(error.code == ContentErrorCode::Syntax);
  CHECK(error.position.line == 3);
  CHECK(error.position.column == 18);
  CHECK(error.message.find("not valid JSON") == 0);
}

TEST_CASE("truncated input is a syntax error at its end", "[content]") {
  const std::string text = R"({"schema_version": 1, "categories": [{"id": "a")";
  const ContentError error = onlyFirstError(loadKnowledgeBase(text, "kb.json"));
  CHECK(error.code == ContentErrorCode::Syntax);
  CHECK(error.position.line == 1);
  CHECK(error.position.column == static_cast<int>(text.size()) + 1);
  CHECK(error.message.find("end of input") != std::string::npos);
}

TEST_CASE("empty input says the file is empty", "[content]") {
  CHECK(onlyFirstError(loadKnowledgeBase("", "kb.json")).code == ContentErrorCode::Empty);
  CHECK(onlyFirstError(loadKnowledgeBase(" \n\t", "kb.json")).code == ContentErrorCode::Empty);
}

TEST_CASE("non-UTF-8 bytes are reported where they are", "[content]") {
  const std::string text = "{\"schema_version\": 1,\n \"locale\": \"caf\xE9\"}";  // Latin-1 é
  const ContentError error = onlyFirstError(loadKnowledgeBase(text, "kb.json"));
  CHECK(error.code == ContentErrorCode::InvalidUtf8);
  CHECK(error.position.line == 2);
  CHECK(error.position.column == 16);
}

TEST_CASE("a 50 MB input is refused by size without parsing", "[content]") {
  std::string text = "{\"schema_version\": 1, \"pad\": \"";
  text.append(50u * 1024u * 1024u, 'x');
  text += "\"}";
  const ContentError error = onlyFirstError(loadKnowledgeBase(text, "kb.json"));
  CHECK(error.code == ContentErrorCode::TooLarge);
  CHECK(error.message.find("limit") != std::string::npos);
}

TEST_CASE("deeply nested input is refused without a stack overflow", "[content]") {
  const std::string text = "{\"schema_version\": 1, \"x\": " + std::string(200000, '[') +
                           std::string(200000, ']') + "}";
  const ContentError error = onlyFirstError(loadKnowledgeBase(text, "kb.json"));
  CHECK(error.code == ContentErrorCode::TooDeep);
  // The top-level object is level 1, so the 64th '[' (column 28 + 63) is one too deep.
  CHECK(error.position.column == 28 + 63);
}

TEST_CASE("an unknown schema_version is refused with the version this build reads", "[content]") {
  const ContentError& error =
      onlyFirstError(loadKnowledgeBase(R"({"schema_version": 7, "locale": "en"})", "kb.json"));
  CHECK(error.code == ContentErrorCode::UnsupportedVersion);
  CHECK(error.pointer == "/schema_version");
  CHECK(error.message.find("reads version 1") != std::string::npos);
}

TEST_CASE("a missing schema_version and a non-object top level are schema errors", "[content]") {
  CHECK(onlyFirstError(loadKnowledgeBase(R"({"locale": "en"})", "kb.json")).message.find(
            "schema_version") != std::string::npos);
  const ContentError error = onlyFirstError(loadKnowledgeBase("[1, 2]", "kb.json"));
  CHECK(error.pointer.empty());
  CHECK(error.message == "the top level must be an object, not an array");
}

TEST_CASE("references, ids and duplicates are checked", "[content]") {
  const std::string text = R"({"schema_version": 1, "locale": "en",
    "categories": [{"id": "orders", "title": "Orders"}, {"id": "orders", "title": "Again"}],
    "articles": [
      {"id": "Bad Id", "title": "T", "category": "orders", "body": "b"},
      {"id": "a", "title": "T", "category": "nowhere", "body": "b"},
      {"id": "c", "title": "   ", "category": "orders", "body": "b"},
      {"id": "d", "title": "T", "category": "orders", "body": "b", "titel": "typo"}
    ],
    "popular": ["missing"]})";
  const auto loaded = loadKnowledgeBase(text, "kb.json");
  REQUIRE(loaded.errors.size() == 6);
  CHECK(loaded.errors[0].pointer == "/categories/1/id");
  CHECK(loaded.errors[1].pointer == "/articles/0/id");
  CHECK(loaded.errors[2].pointer == "/articles/1/category");
  CHECK(loaded.errors[3].pointer == "/articles/2/title");
  CHECK(loaded.errors[4].pointer == "/articles/3/titel");
  CHECK(loaded.errors[5].pointer == "/popular/0");
  CHECK(loaded.errors[5].message == "unknown article \"missing\"");
}

TEST_CASE("huge strings are refused by length", "[content]") {
  const std::string text = R"({"schema_version": 1, "locale": "en", "categories": [{"id": "o", "title": ")" +
                           std::string(5000, 'T') + R"("}], "articles": []})";
  const ContentError error = onlyFirstError(loadKnowledgeBase(text, "kb.json"));
  CHECK(error.pointer == "/categories/0/title");
  CHECK(error.message == "is longer than 200 characters");
}

TEST_CASE("errors are capped so hostile input cannot flood the report", "[content]") {
  std::string text = R"({"schema_version": 1, "locale": "en", "categories": [], "articles": [)";
  for (int i = 0; i < 1000; ++i) text += (i ? "," : "") + std::string("1");
  text += "]}";
  const auto loaded = loadKnowledgeBase(text, "kb.json");
  CHECK(loaded.errors.size() == 20);
}
