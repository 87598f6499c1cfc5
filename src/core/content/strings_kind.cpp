// Checks of interface strings files against English. Pure C++.
#include "core/content/strings_kind.h"

#include "core/i18n/string_catalog.h"
#include "core/i18n/string_table.h"

namespace hw::content {

namespace {

using nlohmann::json;

std::string localeOf(const json& root) {
  auto found = root.find("locale");
  return found != root.end() && found->is_string() ? found->get<std::string>() : std::string();
}

i18n::StringTable tableOf(const json& root) {
  i18n::StringTable table;
  table.locale = localeOf(root);
  if (auto strings = root.find("strings"); strings != root.end()) i18n::collectStrings(*strings, "", table.strings);
  return table;
}

// "search.hint" -> "/strings/search/hint"; for a key the file lacks, the
// deepest group it does have, so the finding has a line to point at.
std::string pointerOf(const json& root, const std::string& key) {
  std::string pointer = "/strings";
  const json* node = root.contains("strings") ? &root["strings"] : nullptr;
  std::size_t pos = 0;
  while (node && node->is_object()) {
    const std::size_t dot = key.find('.', pos);
    const std::string part = key.substr(pos, dot == std::string::npos ? std::string::npos : dot - pos);
    const auto next = node->find(part);
    if (next == node->end()) break;
    pointer += "/" + part;
    node = &*next;
    if (dot == std::string::npos) break;
    pos = dot + 1;
  }
  return pointer;
}

void checkSet(const std::vector<KindDocument>& documents, std::vector<Issue>& issues) {
  using Kind = i18n::StringsDifference::Kind;
  const KindDocument* englishDocument = nullptr;
  for (const KindDocument& document : documents)
    if (localeOf(*document.root) == "en") englishDocument = &document;
  const i18n::StringTable english =
      englishDocument ? tableOf(*englishDocument->root) : i18n::builtinStrings().english();
  const std::string reference = englishDocument ? "en.json" : "the built-in English";
  for (std::size_t d = 0; d < documents.size(); ++d) {
    const json& root = *documents[d].root;
    if (&documents[d] == englishDocument) continue;
    for (const i18n::StringsDifference& difference : i18n::compareWithEnglish(english, tableOf(root))) {
      switch (difference.kind) {
        case Kind::Missing:
          issues.push_back({d, pointerOf(root, difference.key), Severity::Warning,
                            "missing translation: \"" + difference.key + "\" is in " + reference +
                                " but not in this file; the English text is shown",
                            "keep the same keys in every locale file"});
          break;
        case Kind::Extra:
          issues.push_back({d, pointerOf(root, difference.key), Severity::Warning,
                            "\"" + difference.key + "\" is not in " + reference + ", so it is never shown",
                            "check the key's spelling against en.json"});
          break;
        case Kind::UnknownPlaceholder:
          issues.push_back({d, pointerOf(root, difference.key), Severity::Error,
                            "placeholder {" + difference.placeholder + "} is not in the English text of \"" +
                                difference.key + "\", so nothing fills it",
                            "use only the placeholders of the English text"});
          break;
      }
    }
  }
}

}  // namespace

ContentKind interfaceStringsKind() {
  ContentKind kind;
  kind.schemaFile = "strings.schema.json";
  kind.name = "strings";
  kind.checkSet = checkSet;
  kind.publishedName = [](const json& root) {
    const std::string locale = localeOf(root);
    return locale.empty() ? std::string() : "strings." + locale;
  };
  return kind;
}

}  // namespace hw::content
