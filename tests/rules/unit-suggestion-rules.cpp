// Loading suggestion rules: the sample file loads clean, and each kind of
// mistake an editor can make is named with its pointer and line:column.
#include <catch_amalgamated.hpp>

#include "core/rules/suggestion_rules.h"
#include "test_files.h"

using hw::loadRules;

namespace {

std::string firstError(const std::string& text) {
  auto loaded = loadRules(text, "rules.json");
  REQUIRE_FALSE(loaded.ok());
  return loaded.errors.front().describe();
}

std::string rulesWith(const std::string& rule) {
  return "{\"schema_version\": 1, \"rules\": [\n" + rule + "\n]}";
}

const char* kGoodRule = R"({"id": "late", "when": {"fact": "days_late", "gt": 0},
  "title": {"en": "Late {order_id}"},
  "actions": [{"id": "a", "kind": "article", "article": "late-delivery", "label": {"en": "Read"}}]})";

}  // namespace

TEST_CASE("The sample rules load without errors", "[rules]") {
  auto loaded = loadRules(hw::test::readRepoFile("assets/rules/rules.json"), "rules.json");
  for (const auto& error : loaded.errors) UNSCOPED_INFO(error.describe());
  REQUIRE(loaded.ok());
  CHECK(loaded.value.rules.size() >= 6);
  CHECK(loaded.value.maxCards == 2);
  for (const auto& rule : loaded.value.rules) {
    CAPTURE(rule.id);
    CHECK_FALSE(rule.title.in("en").empty());
    CHECK_FALSE(rule.title.in("zh-CN").empty());
    for (const auto& action : rule.actions) CHECK_FALSE(action.label.in("zh-CN").empty());
  }
}

TEST_CASE("A minimal rule loads with defaults", "[rules]") {
  auto loaded = loadRules(rulesWith(kGoodRule), "rules.json");
  REQUIRE(loaded.ok());
  const auto& rule = loaded.value.rules.front();
  CHECK(rule.priority == 0);
  CHECK(rule.tone == hw::CardTone::Info);
  CHECK(rule.title.in("zh-CN") == "Late {order_id}");  // falls back to English
}

TEST_CASE("Localized text falls back by language, then English", "[rules]") {
  hw::LocalizedText text;
  text.byLocale = {{"fr", {"Bonjour"}}, {"en", {"Hello"}}, {"zh-CN", {"你好"}}};
  CHECK(text.in("zh-CN") == "你好");
  CHECK(text.in("zh-TW") == "你好");
  CHECK(text.in("fr-CA") == "Bonjour");
  CHECK(text.in("de") == "Hello");
}

TEST_CASE("Rule mistakes are reported where they are", "[rules]") {
  CHECK(firstError("{\"rules\": []}") ==
        "rules.json:1:1: \"schema_version\" must be 1 (this widget reads version 1)");
  CHECK(firstError(rulesWith(R"({"id": "x", "when": {"fact": "dayz_late", "gt": 0},
    "title": {"en": "t"}, "actions": [{"id": "a", "kind": "contact", "label": {"en": "l"}}]})")) ==
        "rules.json:2:30: /rules/0/when/fact: unknown fact \"dayz_late\" (did you mean \"days_late\"?)");
  CHECK(firstError(rulesWith(R"({"id": "x", "when": {"all": []},
    "title": {"en": "Hi {frist_name}"}, "actions": [{"id": "a", "kind": "contact", "label": {"en": "l"}}]})")) ==
        "rules.json:3:21: /rules/0/title/en: unknown placeholder {frist_name} (did you mean {first_name}?)");
  CHECK(firstError(rulesWith(R"({"id": "x", "when": {"all": []}, "title": {"en": "t"},
    "actions": [{"id": "a", "kind": "article", "label": {"en": "l"}}]})")) ==
        "rules.json:3:17: /rules/0/actions/0: missing required property \"article\"");
  CHECK(firstError(rulesWith(R"({"id": "x", "when": {"all": []}, "title": {"en": "t"},
    "actions": [{"id": "a", "kind": "teleport", "label": {"en": "l"}}]})")) ==
        "rules.json:3:37: /rules/0/actions/0/kind: must be one of: track, article, form, search, contact");
  CHECK(firstError(rulesWith(R"({"id": "x", "when": {"all": []}, "title": {"en": "t"}, "actions": []})")) ==
        "rules.json:2:67: /rules/0/actions: needs \"actions\": an array of 1 to 3 actions");
  CHECK(firstError(rulesWith(std::string(kGoodRule) + ",\n" + kGoodRule)) ==
        "rules.json:5:8: /rules/1/id: duplicate rule id \"late\"");
  CHECK(firstError(rulesWith(R"({"id": "x", "when": {"all": []}, "titel": {"en": "t"},
    "actions": [{"id": "a", "kind": "contact", "label": {"en": "l"}}]})")) ==
        "rules.json:2:43: /rules/0/titel: unknown property \"titel\" (did you mean \"title\"?)");
  CHECK(firstError("{\"schema_version\": 1, \"max_cards\": 0, \"rules\": []}") ==
        "rules.json:1:36: /max_cards: must be a whole number from 1 to 5");
}

TEST_CASE("Syntax errors in rules keep their line and column", "[rules]") {
  CHECK_THAT(firstError("{\"schema_version\": 1,\n \"rules\": [,]}"),
             Catch::Matchers::StartsWith("rules.json:2:12:"));
}
