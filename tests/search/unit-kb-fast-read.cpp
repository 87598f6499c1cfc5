// The fast knowledge-base reader (what the search index is built from)
// must give exactly what the checking loader gives for a valid file, and
// give up on every file the checking loader rejects, so errors keep their
// place in the file.
#include <catch_amalgamated.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "test_files.h"

#include "core/knowledge_base.h"

using namespace hw;

namespace {

void requireSame(const KnowledgeBase& a, const KnowledgeBase& b) {
  CHECK(a.locale == b.locale);
  CHECK(a.title == b.title);
  CHECK(a.searchPlaceholder == b.searchPlaceholder);
  REQUIRE(a.categories.size() == b.categories.size());
  for (std::size_t i = 0; i < a.categories.size(); ++i) {
    CHECK(a.categories[i].id == b.categories[i].id);
    CHECK(a.categories[i].title == b.categories[i].title);
    CHECK(a.categories[i].description == b.categories[i].description);
  }
  REQUIRE(a.articles.size() == b.articles.size());
  for (std::size_t i = 0; i < a.articles.size(); ++i) {
    CHECK(a.articles[i].id == b.articles[i].id);
    CHECK(a.articles[i].title == b.articles[i].title);
    CHECK(a.articles[i].body == b.articles[i].body);
    CHECK(a.articles[i].category == b.articles[i].category);
    CHECK(a.articles[i].tags == b.articles[i].tags);
  }
  CHECK(a.popular == b.popular);
  CHECK(a.synonyms == b.synonyms);
  REQUIRE(a.intents.size() == b.intents.size());
  for (std::size_t i = 0; i < a.intents.size(); ++i) {
    CHECK(a.intents[i].id == b.intents[i].id);
    CHECK(a.intents[i].label == b.intents[i].label);
    CHECK(a.intents[i].articles == b.intents[i].articles);
  }
  CHECK(a.popularQueries == b.popularQueries);
  CHECK(a.searchHints == b.searchHints);
}

// loadKnowledgeBase (fast path first) against the checking loader alone.
void requireLoadsAsChecked(const std::string& text) {
  const Loaded<KnowledgeBase> loaded = loadKnowledgeBase(text, "kb.json");
  const Loaded<KnowledgeBase> checked = checkKnowledgeBase(text, "kb.json");
  REQUIRE(loaded.errors.size() == checked.errors.size());
  for (std::size_t i = 0; i < loaded.errors.size(); ++i)
    CHECK(loaded.errors[i].describe() == checked.errors[i].describe());
  if (checked.ok()) requireSame(loaded.value, checked.value);
}

const char* const kBase = R"({
  "schema_version": 1,
  "locale": "en",
  "title": "Help",
  "categories": [{"id": "orders", "title": "Orders"}, {"id": "returns", "title": "Returns", "description": "Sending back"}],
  "articles": [
    {"id": "track", "title": "Where is my parcel?", "body": "Use the **tracking** link.", "category": "orders", "tags": ["tracking", "parcel"]},
    {"id": "return", "title": "Start a return", "body": "Print the label.", "category": "returns"}
  ],
  "popular": ["track"],
  "synonyms": [["parcel", "package"]],
  "intents": [{"id": "where", "label": "Where is my parcel", "articles": ["track"]}],
  "popular_queries": ["where is my order"],
  "search_hints": ["Search help"]
})";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("the fast reader reads the sample content exactly as the checking loader", "[kb-read]") {
  for (const char* path : {"assets/kb/en.json", "assets/kb/zh-CN.json", "tests/core/fixtures/kb-valid.json",
                           "tests/search/hint3/sofmattress.json", "tests/search/hint3/curekart.json"}) {
    CAPTURE(path);
    const std::string text = test::readRepoFile(path);
    const std::optional<KnowledgeBase> fast = readValidKnowledgeBase(text);
    const Loaded<KnowledgeBase> checked = checkKnowledgeBase(text, path);
    REQUIRE(checked.ok());
    REQUIRE(fast.has_value());
    requireSame(*fast, checked.value);
  }
}

TEST_CASE("the fast reader decodes escapes and any UTF-8 as the JSON parser does", "[kb-read]") {
  const std::string text = replaced(kBase, "Print the label.",
                                    "Caf\\u00e9 \\\"label\\\" \\\\ \\/ \\b\\f\\n\\r\\t \\ud83d\\ude00 \\u0000 "
                                    "退货 é \xF0\x9F\x93\xA6");
  REQUIRE(readValidKnowledgeBase(text).has_value());
  requireLoadsAsChecked(text);
  const std::optional<KnowledgeBase> fast = readValidKnowledgeBase(text);
  CHECK(fast->articles[1].body.find("Caf\xC3\xA9 \"label\" \\ /") == 0);
  CHECK(fast->articles[1].body.find("\xF0\x9F\x98\x80") != std::string::npos);
}

TEST_CASE("the fast reader counts characters, not bytes, for length limits", "[kb-read]") {
  KnowledgeBaseLimits limits;
  limits.maxTitleChars = 20;
  std::string twenty, escaped;
  for (int i = 0; i < 10; ++i) {
    twenty += "退货";
    escaped += "\\u9000\\u8d27";
  }
  // Twenty characters, sixty bytes: within the limit; one more is not.
  CHECK(readValidKnowledgeBase(replaced(kBase, "Start a return", twenty), limits).has_value());
  CHECK_FALSE(readValidKnowledgeBase(replaced(kBase, "Start a return", twenty + "退"), limits).has_value());
  CHECK(readValidKnowledgeBase(replaced(kBase, "Start a return", escaped), limits).has_value());
  CHECK_FALSE(readValidKnowledgeBase(replaced(kBase, "Start a return", escaped + "x"), limits).has_value());
  CHECK_FALSE(checkKnowledgeBase(replaced(kBase, "Start a return", escaped + "x"), "kb.json", limits).ok());
}

TEST_CASE("every file the checking loader rejects is left to it", "[kb-read]") {
  const std::vector<std::pair<std::string, std::string>> breaks = {
      {"\"locale\": \"en\",", ""},                                   // missing locale
      {"\"locale\": \"en\"", "\"locale\": \" \""},                   // blank
      {"\"schema_version\": 1", "\"schema_version\": 2"},
      {"\"schema_version\": 1", "\"schema_version\": 1.0"},
      {"\"schema_version\": 1", "\"schema_version\": 10"},
      {"\"schema_version\": 1", "\"schema_version\": \"1\""},
      {"\"title\": \"Help\"", "\"titel\": \"Help\""},                // unknown property
      {"\"id\": \"track\"", "\"id\": \"Track\""},                    // invalid id
      {"\"id\": \"return\"", "\"id\": \"track\""},                   // duplicate article
      {"{\"id\": \"returns\"", "{\"id\": \"orders\""},               // duplicate category
      {"\"category\": \"returns\"}", "\"category\": \"refunds\"}"},  // unknown category
      {"\"popular\": [\"track\"]", "\"popular\": [\"tracking\"]"},
      {"\"articles\": [\"track\"]", "\"articles\": [\"gone\"]"},    // intent's unknown article
      {"[[\"parcel\", \"package\"]]", "[[\"parcel\"]]"},             // synonym group of one
      {"\"tags\": [\"tracking\", \"parcel\"]", "\"tags\": [\"tracking\", 3]"},
      {"\"title\": \"Orders\"", "\"title\": null"},
      {"\"body\": \"Print the label.\"", "\"body\": \"\""},
      {"Print the label.", "Print\tthe label."},                     // raw control character
      {"Print the label.", "Print \\x the label."},                  // unknown escape
      {"Print the label.", "Print \\ud83d the label."},              // lone surrogate
      {"Print the label.", "Print \\u12G4 the label."},
      {"Print the label.", "Print \xC3 the label."},                 // invalid UTF-8
      {"Print the label.", "Print \xED\xA0\x80 the label."},         // encoded surrogate
      {"\"search_hints\": [\"Search help\"]", "\"search_hints\": [\"Search help\"],"},
      {"\"title\": \"Help\",", "\"title\": \"Help\""},               // missing comma
      {"\"search_hints\": [\"Search help\"]\n}", "\"search_hints\": [\"Search help\"]\n} x"},
  };
  for (const auto& [from, to] : breaks) {
    CAPTURE(from, to);
    const std::string text = replaced(kBase, from, to);
    CHECK_FALSE(checkKnowledgeBase(text, "kb.json").ok());
    CHECK_FALSE(readValidKnowledgeBase(text).has_value());
    requireLoadsAsChecked(text);
  }
  CHECK_FALSE(readValidKnowledgeBase("").has_value());
  KnowledgeBaseLimits tiny;
  tiny.maxBytes = 100;
  CHECK_FALSE(readValidKnowledgeBase(kBase, tiny).has_value());
}

TEST_CASE("valid JSON the fast reader does not handle still loads through the checking loader", "[kb-read]") {
  const std::vector<std::string> texts = {
      "\xEF\xBB\xBF" + std::string(kBase),                                  // byte-order mark
      replaced(kBase, "\"title\": \"Help\"", "\"title\": \"Help\", \"title\": \"Aide\""),  // repeated key
      replaced(kBase, "\"locale\"", "\"$schema\": {\"x\": [1, true]}, \"locale\""),
      replaced(kBase, "\"locale\"", "\"loc\\u0061le\""),                   // escaped key
  };
  for (const std::string& text : texts) {
    CAPTURE(text.substr(0, 80));
    CHECK_FALSE(readValidKnowledgeBase(text).has_value());
    requireLoadsAsChecked(text);
  }
}

TEST_CASE("the broken-content corpus gives the same errors with the fast reader in front", "[kb-read]") {
  const std::filesystem::path dir = std::filesystem::path(HW_TEST_DATA_DIR) / "tests/content/invalid";
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".json") continue;
    CAPTURE(entry.path().filename().string());
    requireLoadsAsChecked(test::readRepoFile("tests/content/invalid/" + entry.path().filename().string()));
    ++files;
  }
  CHECK(files >= 20);
}
