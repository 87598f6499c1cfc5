// Knowledge-base checks beyond kb.schema.json. Pure C++.
#include "core/content/kb_checks.h"

#include <map>
#include <set>

#include "core/content/markdown_lint.h"

namespace hw::content {

using nlohmann::json;

namespace {

const json* member(const json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  const auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

const std::string* stringMember(const json& object, const char* key) {
  const json* value = member(object, key);
  return value && value->is_string() ? &value->get_ref<const std::string&>() : nullptr;
}

// The ids of the objects in root[list] in order, with where each is.
struct IdList {
  std::vector<std::pair<std::string, std::string>> entries;  // (id, pointer of the id)
  std::set<std::string> ids;
};

IdList collectIds(const json& root, const char* list, const char* what, std::vector<Issue>* issues) {
  IdList out;
  const json* items = member(root, list);
  if (!items || !items->is_array()) return out;
  std::map<std::string, std::size_t> first;
  for (std::size_t i = 0; i < items->size(); ++i) {
    const std::string* id = stringMember((*items)[i], "id");
    if (!id) continue;
    const std::string at = "/" + std::string(list) + "/" + std::to_string(i) + "/id";
    const auto [it, inserted] = first.emplace(*id, i);
    if (!inserted) {
      if (issues)
        issues->push_back({0, at, Severity::Error,
                           "duplicate " + std::string(what) + " id \"" + *id + "\" (also at /" + list +
                               "/" + std::to_string(it->second) + ")",
                           "every " + std::string(what) + " needs its own id"});
      continue;
    }
    out.entries.emplace_back(*id, at);
    out.ids.insert(*id);
  }
  return out;
}

std::string joinIds(const IdList& list, std::size_t max = 12) {
  std::string out;
  for (std::size_t i = 0; i < list.entries.size() && i < max; ++i)
    out += (i ? ", " : "") + list.entries[i].first;
  if (list.entries.size() > max) out += ", ...";
  return out;
}

void checkArticleReference(const json& value, const std::string& at, const IdList& articles,
                           std::vector<Issue>& issues) {
  if (!value.is_string() || articles.ids.count(value.get<std::string>())) return;
  issues.push_back({0, at, Severity::Error, "unknown article \"" + value.get<std::string>() + "\"",
                    "use the id of an article in this file"});
}

void checkFile(const json& root, std::vector<Issue>& issues) {
  if (!root.is_object()) return;
  const IdList categories = collectIds(root, "categories", "category", &issues);
  const IdList articles = collectIds(root, "articles", "article", &issues);
  collectIds(root, "intents", "intent", &issues);

  if (const json* list = member(root, "articles"); list && list->is_array())
    for (std::size_t i = 0; i < list->size(); ++i) {
      const json& article = (*list)[i];
      const std::string at = "/articles/" + std::to_string(i);
      const std::string* category = stringMember(article, "category");
      if (category && !categories.ids.count(*category))
        issues.push_back({0, at + "/category", Severity::Error, "unknown category \"" + *category + "\"",
                          "categories in this file: " + joinIds(categories)});
      if (const std::string* body = stringMember(article, "body")) {
        const auto exists = [&](std::string_view id) { return articles.ids.count(std::string(id)) > 0; };
        for (MarkdownIssue& found : lintMarkdown(*body, exists))
          issues.push_back({0, at + "/body", found.error ? Severity::Error : Severity::Warning,
                            std::move(found.message), std::move(found.hint)});
      }
    }
  if (const json* popular = member(root, "popular"); popular && popular->is_array())
    for (std::size_t i = 0; i < popular->size(); ++i)
      checkArticleReference((*popular)[i], "/popular/" + std::to_string(i), articles, issues);
  if (const json* intents = member(root, "intents"); intents && intents->is_array())
    for (std::size_t i = 0; i < intents->size(); ++i) {
      const json* list = member((*intents)[i], "articles");
      if (!list || !list->is_array()) continue;
      for (std::size_t a = 0; a < list->size(); ++a)
        checkArticleReference((*list)[a], "/intents/" + std::to_string(i) + "/articles/" + std::to_string(a),
                              articles, issues);
    }
}

std::string baseName(const std::string& path) {
  const std::size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Every locale file should hold the same ids: one missing is an untranslated
// item, which the widget survives, so it is a warning.
void checkLocales(const std::vector<KindDocument>& documents, std::vector<Issue>& issues) {
  const char* lists[][2] = {{"categories", "category"}, {"articles", "article"}, {"intents", "intent"}};
  for (const auto& [list, what] : lists) {
    std::vector<IdList> perDocument;
    for (const KindDocument& document : documents)
      perDocument.push_back(collectIds(*document.root, list, what, nullptr));
    // Union in first-seen order, remembering a file that has each id.
    std::vector<std::pair<std::string, std::size_t>> all;
    std::set<std::string> seen;
    for (std::size_t d = 0; d < perDocument.size(); ++d)
      for (const auto& entry : perDocument[d].entries)
        if (seen.insert(entry.first).second) all.emplace_back(entry.first, d);
    for (std::size_t d = 0; d < documents.size(); ++d) {
      const json* items = member(*documents[d].root, list);
      if (!items && perDocument[d].entries.empty() && std::string(list) == "intents") {
        // A file without intents at all: say it once, not once per intent.
        bool othersHave = false;
        for (const IdList& other : perDocument) othersHave = othersHave || !other.entries.empty();
        if (othersHave)
          issues.push_back({d, "", Severity::Warning, "has no intents; other locale files have them",
                            "add the same intents in this language"});
        continue;
      }
      for (const auto& [id, holder] : all)
        if (!perDocument[d].ids.count(id))
          issues.push_back({d, items ? "/" + std::string(list) : "", Severity::Warning,
                            "missing translation: " + std::string(what) + " \"" + id + "\" is in " +
                                baseName(documents[holder].path) + " but not in this file",
                            "keep the same ids in every locale file"});
    }
  }
}

}  // namespace

ContentKind knowledgeBaseKind() {
  ContentKind kind;
  kind.schemaFile = "kb.schema.json";
  kind.name = "kb";
  kind.checkFile = checkFile;
  kind.checkSet = checkLocales;
  kind.publishedName = [](const json& root) -> std::string {
    const std::string* locale = stringMember(root, "locale");
    return locale ? "kb." + *locale : std::string();
  };
  return kind;
}

}  // namespace hw::content
