// The content pipeline: $schema, schema findings in document order, the
// knowledge-base checks, locales together, and custom kinds.
#include <catch_amalgamated.hpp>

#include "test_files.h"

#include "core/content/content_check.h"
#include "core/content/kb_checks.h"

using namespace hw;
using namespace hw::content;

namespace {

std::vector<CheckedFile> check(std::vector<ContentSource> sources) {
  return checkContent(sources, schema::SchemaCatalog::builtin(), builtinContentKinds());
}

std::vector<std::string> described(const CheckedFile& file) {
  std::vector<std::string> out;
  for (const Finding& f : file.findings) out.push_back(f.describe());
  return out;
}

const char* kSmallKb = R"({
  "$schema": "../schemas/kb.schema.json",
  "schema_version": 1,
  "locale": "en",
  "categories": [{"id": "orders", "title": "Orders"}],
  "articles": [
    {"id": "track", "title": "Track", "category": "orders", "body": "See [returns](article:returns)."},
    {"id": "returns", "title": "Returns", "category": "orders", "body": "Text."}
  ]
})";

}  // namespace

TEST_CASE("the sample content checks clean, alone and together", "[content]") {
  const auto files = check({{"en.json", test::readRepoFile("assets/kb/en.json")},
                            {"zh-CN.json", test::readRepoFile("assets/kb/zh-CN.json")}});
  for (const CheckedFile& file : files)
    for (const Finding& finding : file.findings) FAIL_CHECK(finding.describe());
  CHECK(files[0].kind == builtinContentKinds().find("kb.schema.json"));
}

TEST_CASE("schema and kind findings come in document order with line:column", "[content]") {
  const std::string text =
      "{\n"
      "  \"$schema\": \"../schemas/kb.schema.json\",\n"
      "  \"schema_version\": 1,\n"
      "  \"locale\": \"en\",\n"
      "  \"categories\": [{\"id\": \"orders\", \"title\": \"Orders\"}],\n"
      "  \"articles\": [\n"
      "    {\"id\": \"a\", \"titel\": \"A\", \"category\": \"order\", \"body\": \"x\"},\n"
      "    {\"id\": \"b\", \"title\": 5, \"category\": \"orders\", \"body\": \"[x](javascript:alert(1))\"}\n"
      "  ]\n"
      "}\n";
  const auto files = check({{"kb.json", text}});
  CHECK(described(files[0]) == std::vector<std::string>{
      "kb.json:7:26: error: /articles/0/titel: unexpected property \"titel\" (did you mean \"title\"?)",
      "kb.json:7:43: error: /articles/0/category: unknown category \"order\"",
      "kb.json:8:26: error: /articles/1/title: expected a string, got number",
      "kb.json:8:59: error: /articles/1/body: link target \"javascript:alert(1\" is not allowed; it would be shown as text",
  });
  CHECK(files[0].findings[1].hint == "categories in this file: orders");
}

TEST_CASE("a file names its schema in $schema", "[content]") {
  auto files = check({{"a.json", R"({"schema_version":1})"}});
  REQUIRE(files[0].findings.size() == 1);
  CHECK(files[0].findings[0].message == "missing \"$schema\": cannot tell which schema applies");
  files = check({{"a.json", R"({"$schema":"../schemas/kb.schema.jsn"})"}});
  CHECK(files[0].findings[0].describe() == "a.json:1:12: error: /$schema: unknown schema \"../schemas/kb.schema.jsn\"");
  CHECK(files[0].findings[0].hint.find("kb.schema.json") != std::string::npos);
}

TEST_CASE("syntax errors stop the checks of that file", "[content]") {
  const auto files = check({{"a.json", "{\n  \"a\" 1\n}"}});
  REQUIRE(files[0].findings.size() == 1);
  CHECK(files[0].findings[0].describe().rfind("a.json:2:7: error: not valid JSON", 0) == 0);
}

TEST_CASE("knowledge-base references and ids", "[content][kb]") {
  std::string text = kSmallKb;
  CHECK(check({{"kb.json", text}})[0].findings.empty());
  const auto replaced = [&](const std::string& from, const std::string& to) {
    std::string copy = text;
    copy.replace(copy.find(from), from.size(), to);
    return check({{"kb.json", copy}})[0].findings;
  };
  auto found = replaced("\"id\": \"returns\"", "\"id\": \"track\"");
  REQUIRE(found.size() == 2);
  CHECK(found[0].message == "link to unknown article \"returns\"");
  CHECK(found[1].pointer == "/articles/1/id");
  CHECK(found[1].message == "duplicate article id \"track\" (also at /articles/0)");
  found = replaced("article:returns", "article:refunds");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "link to unknown article \"refunds\"");
  found = replaced("\"categories\"", "\"popular\": [\"nope\"], \"categories\"");
  REQUIRE(found.size() == 1);
  CHECK(found[0].pointer == "/popular/0");
  CHECK(found[0].message == "unknown article \"nope\"");
}

TEST_CASE("locale files of one kind are compared: missing ids are warnings", "[content][kb]") {
  std::string zh = kSmallKb;
  zh.replace(zh.find("\"en\""), 4, "\"zh-CN\"");
  const std::size_t second = zh.find(",\n    {\"id\": \"returns\"");
  zh.erase(second, zh.find("}", second + 5) + 1 - second);
  zh.replace(zh.find("article:returns"), 15, "https://x.example");
  const auto files = check({{"en.json", kSmallKb}, {"zh-CN.json", zh}});
  CHECK(files[0].findings.empty());
  REQUIRE(files[1].findings.size() == 1);
  CHECK(files[1].findings[0].severity == Severity::Warning);
  CHECK(files[1].findings[0].pointer == "/articles");
  CHECK(files[1].findings[0].message == "missing translation: article \"returns\" is in en.json but not in this file");
  CHECK_FALSE(files[1].hasErrors());
}

TEST_CASE("a new kind registers its own checks by schema file name", "[content][kinds]") {
  schema::SchemaCatalog catalog({{"note.schema.json", "", R"({"type":"object","required":["text"]})"}});
  ContentKindRegistry kinds;
  ContentKind note;
  note.schemaFile = "note.schema.json";
  note.name = "note";
  note.checkFile = [](const nlohmann::json& root, std::vector<Issue>& issues) {
    if (root.value("text", "") == "TODO") issues.push_back({0, "/text", Severity::Warning, "still a draft", ""});
  };
  kinds.add(note);
  const auto files = checkContent({{"n.json", R"({"$schema":"note.schema.json","text":"TODO"})"},
                                   {"m.json", R"({"$schema":"note.schema.json"})"}},
                                  catalog, kinds);
  REQUIRE(files[0].findings.size() == 1);
  CHECK(files[0].findings[0].describe() == "n.json:1:38: warning: /text: still a draft");
  REQUIRE(files[1].findings.size() == 1);
  CHECK(files[1].findings[0].message == "missing required property \"text\"");
}

TEST_CASE("folders skip files that are not content", "[content]") {
  CheckOptions options;
  options.skipNonContent = true;
  const auto files = checkContent({{"s.json", R"({"$schema":"https://json-schema.org/draft/2020-12/schema"})"},
                                   {"p.json", R"({"name":"x"})"}},
                                  schema::SchemaCatalog::builtin(), builtinContentKinds(), options);
  CHECK(files[0].skipped);
  CHECK(files[1].skipped);
  CHECK(files[0].findings.empty());
}

TEST_CASE("findings convert to one JSON array", "[content]") {
  const auto json = findingsToJson(check({{"a.json", "{}"}}));
  REQUIRE(json.size() == 1);
  CHECK(json[0]["file"] == "a.json");
  CHECK(json[0]["line"] == 1);
  CHECK(json[0]["column"] == 1);
  CHECK(json[0]["severity"] == "error");
  CHECK(json[0].contains("hint"));
}
