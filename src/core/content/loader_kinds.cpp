#include "core/content/loader_kinds.h"

#include "core/content/rules_references.h"
#include "core/forms/form_loader.h"
#include "core/rules/suggestion_rules.h"

namespace hw::content {

namespace {

// The loaders read text; the checked file is already parsed, so it is
// written back out. Their findings carry JSON pointers, which is all a
// kind reports: the content check places them in the original text.
void addLoaderErrors(const std::vector<ContentError>& errors, std::vector<Issue>& issues) {
  for (const ContentError& error : errors)
    issues.push_back({0, error.pointer, Severity::Error, error.message, {}});
}

std::string localeOf(const nlohmann::json& root) {
  auto found = root.find("locale");
  return found != root.end() && found->is_string() ? found->get<std::string>() : "unknown";
}

}  // namespace

ContentKind formsKind() {
  ContentKind kind;
  kind.schemaFile = "forms.schema.json";
  kind.name = "forms";
  kind.checkFile = [](const nlohmann::json& root, std::vector<Issue>& issues) {
    addLoaderErrors(loadForms(root.dump(), "forms").errors, issues);
  };
  kind.publishedName = [](const nlohmann::json& root) { return "forms." + localeOf(root); };
  return kind;
}

ContentKind suggestionRulesKind() {
  ContentKind kind;
  kind.schemaFile = "rules.schema.json";
  kind.name = "rules";
  kind.checkFile = [](const nlohmann::json& root, std::vector<Issue>& issues) {
    addLoaderErrors(loadRules(root.dump(), "rules").errors, issues);
  };
  kind.checkAgainst = checkRuleReferences;
  kind.publishedName = [](const nlohmann::json&) { return std::string("rules"); };
  return kind;
}

}  // namespace hw::content
