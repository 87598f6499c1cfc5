// Suggestion rules checked against the knowledge bases and forms given with
// them: an article or form id that is not there is an error at its place.
#include <catch_amalgamated.hpp>

#include "test_files.h"

#include "core/content/content_check.h"

using namespace hw;
using namespace hw::content;

namespace {

std::vector<CheckedFile> check(std::vector<ContentSource> sources) {
  return checkContent(sources, schema::SchemaCatalog::builtin(), builtinContentKinds());
}

std::string kbWith(const std::string& locale, const std::string& secondArticle) {
  return R"({
  "$schema": "../schemas/kb.schema.json",
  "schema_version": 1,
  "locale": ")" + locale + R"(",
  "categories": [{"id": "orders", "title": "Orders"}],
  "articles": [
    {"id": "late-delivery", "title": "Late", "category": "orders", "body": "Text."},
    {"id": ")" + secondArticle + R"(", "title": "Other", "category": "orders", "body": "Text."}
  ]
})";
}

const char* kRules = R"({
  "$schema": "../schemas/rules.schema.json",
  "schema_version": 1,
  "rules": [
    {"id": "late", "when": {"fact": "days_late", "gt": 0},
     "title": {"en": "Your parcel is late"},
     "actions": [{"id": "read", "kind": "article", "article": "late-delivery", "label": {"en": "Read"}},
                 {"id": "report", "kind": "form", "form": "delivery-problem", "article": "late-delivery",
                  "label": {"en": "Report"}}],
     "boost_articles": ["late-delivry"]}
  ]
})";

std::vector<std::string> described(const CheckedFile& file) {
  std::vector<std::string> out;
  for (const Finding& f : file.findings) out.push_back(f.describe());
  return out;
}

}  // namespace

TEST_CASE("a rule naming an article missing from the knowledge base is an error with its place", "[references]") {
  const auto files = check({{"kb/en.json", kbWith("en", "track-order")}, {"rules.json", kRules}});
  REQUIRE(files.size() == 2);
  CHECK(files[0].findings.empty());
  REQUIRE(files[1].findings.size() == 1);
  const Finding& finding = files[1].findings[0];
  CHECK(finding.severity == Severity::Error);
  CHECK(finding.pointer == "/rules/0/boost_articles/0");
  CHECK(finding.position.line == 10);
  CHECK(finding.position.column == 25);
  CHECK(finding.message == "unknown article \"late-delivry\": not in en.json (did you mean \"late-delivery\"?)");
}

TEST_CASE("every locale must have the article a rule names", "[references]") {
  std::string rules = kRules;
  rules.replace(rules.find("late-delivry"), 12, "gift-cards");
  const auto files = check({{"kb/en.json", kbWith("en", "gift-cards")},
                            {"kb/zh-CN.json", kbWith("zh-CN", "track-order")},
                            {"rules.json", rules}});
  REQUIRE(files[2].findings.size() == 1);
  CHECK(files[2].findings[0].message == "unknown article \"gift-cards\": not in zh-CN.json");
}

TEST_CASE("a form action naming a form missing from the forms files is an error", "[references]") {
  const std::string forms = test::readRepoFile("assets/forms/en.json");
  std::string rules = kRules;
  rules.replace(rules.find("\"delivery-problem\""), 18, "\"delivery-issue\"");
  rules.replace(rules.find("late-delivry"), 12, "late-delivery");
  const auto files = check({{"forms/en.json", forms}, {"rules.json", rules}});
  REQUIRE(files[1].findings.size() == 1);
  CHECK(files[1].findings[0].pointer == "/rules/0/actions/1/form");
  CHECK(files[1].findings[0].message.rfind("unknown form \"delivery-issue\": not in en.json", 0) == 0);
  // Without a knowledge base given, article ids are not compared with anything.
  CHECK(described(files[1])[0].rfind("rules.json:8:", 0) == 0);
}

TEST_CASE("rules alone are not compared with anything, and the samples agree", "[references]") {
  CHECK(check({{"rules.json", kRules}})[0].findings.empty());
  const auto samples = check({{"kb/en.json", test::readRepoFile("assets/kb/en.json")},
                              {"kb/zh-CN.json", test::readRepoFile("assets/kb/zh-CN.json")},
                              {"forms/en.json", test::readRepoFile("assets/forms/en.json")},
                              {"forms/zh-CN.json", test::readRepoFile("assets/forms/zh-CN.json")},
                              {"rules.json", test::readRepoFile("assets/rules/rules.json")}});
  for (const CheckedFile& file : samples) CHECK(described(file) == std::vector<std::string>{});
}
