// The shipped string files pass helpkb's checks (schema, same keys and
// placeholders as English), and the checks catch what they should.
#include <catch_amalgamated.hpp>

#include <filesystem>

#include "core/content/content_check.h"
#include "test_files.h"

using namespace hw;
using namespace hw::content;

namespace {

std::vector<CheckedFile> check(const std::vector<ContentSource>& sources) {
  return checkContent(sources, schema::SchemaCatalog::builtin(), builtinContentKinds());
}

std::vector<std::string> described(const std::vector<CheckedFile>& files) {
  std::vector<std::string> out;
  for (const CheckedFile& file : files)
    for (const Finding& finding : file.findings) out.push_back(finding.describe());
  return out;
}

const char* kEnglish = R"({
  "$schema": "strings.schema.json", "schema_version": 1, "locale": "en", "language_name": "English",
  "strings": {"search": {"hint": "Search", "count": "{count} results for {query}"}}
})";

}  // namespace

TEST_CASE("every shipped locale file has English's keys and placeholders", "[locale-files]") {
  std::vector<ContentSource> sources;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(HW_TEST_DATA_DIR) + "/assets/strings")) {
    const std::string name = entry.path().filename().string();
    sources.push_back({name, test::readRepoFile("assets/strings/" + name)});
  }
  REQUIRE(sources.size() >= 3);
  const auto files = check(sources);
  for (const CheckedFile& file : files) CHECK(file.kind);
  CHECK(described(files).empty());
}

TEST_CASE("a placeholder English does not use is an error", "[locale-files]") {
  const auto files = check({{"en.json", kEnglish},
                            {"es.json", R"({
  "$schema": "strings.schema.json", "schema_version": 1, "locale": "es", "language_name": "Español",
  "strings": {"search": {"hint": "Buscar", "count": "{total} resultados para {query}"}}
})"}});
  CHECK(files[1].hasErrors());
  CHECK(described(files) ==
        std::vector<std::string>{"es.json:3:53: error: /strings/search/count: placeholder {total} is not in the "
                                 "English text of \"search.count\", so nothing fills it"});
}

TEST_CASE("a missing or unknown key is a warning naming the key", "[locale-files]") {
  const auto files = check({{"en.json", kEnglish},
                            {"es.json", R"({
  "$schema": "strings.schema.json", "schema_version": 1, "locale": "es", "language_name": "Español",
  "strings": {"search": {"hint": "Buscar", "hnit": "Buscar"}}
})"}});
  CHECK_FALSE(files[1].hasErrors());
  const auto lines = described(files);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].find("/strings/search: missing translation: \"search.count\" is in en.json") != std::string::npos);
  CHECK(lines[1].find("/strings/search/hnit: \"search.hnit\" is not in en.json") != std::string::npos);
}

TEST_CASE("translations given without en.json are compared with the built-in English", "[locale-files]") {
  const auto files = check({{"xx.json", R"({
  "$schema": "strings.schema.json", "schema_version": 1, "locale": "xx", "language_name": "X",
  "strings": {"panel": {"title": "{title}"}}
})"},
                            {"es.json", test::readRepoFile("assets/strings/es.json")}});
  CHECK(files[1].findings.empty());
  const auto lines = described(files);
  REQUIRE_FALSE(lines.empty());
  CHECK(files[0].hasErrors());
  bool unknownPlaceholder = false;
  for (const std::string& line : lines)
    unknownPlaceholder |= line.find("placeholder {title} is not in the English text of \"panel.title\"") != std::string::npos;
  CHECK(unknownPlaceholder);
}

TEST_CASE("the schema refuses a key that is not lower case or a value that is not text", "[locale-files]") {
  const auto files = check({{"es.json", R"({
  "$schema": "strings.schema.json", "schema_version": 1, "locale": "es", "language_name": "Español",
  "strings": {"Search": {"hint": 3}}
})"}});
  CHECK(files[0].hasErrors());
}
