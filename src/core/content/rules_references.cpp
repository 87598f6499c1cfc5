// Rules against the knowledge bases and forms given with them. Pure C++.
#include "core/content/rules_references.h"

#include <set>
#include <string>

#include "core/closest_name.h"

namespace hw::content {

using nlohmann::json;

namespace {

std::string baseName(const std::string& path) {
  const std::size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The ids of root[list][*].id in one file of another kind.
struct IdFile {
  std::string path;
  std::set<std::string> ids;
};

std::vector<IdFile> idsOfKind(const std::vector<OtherDocument>& others, const std::string& kind, const char* list) {
  std::vector<IdFile> files;
  for (const OtherDocument& other : others) {
    if (other.kind != kind || !other.root || !other.root->is_object()) continue;
    IdFile file{other.path, {}};
    const auto items = other.root->find(list);
    if (items != other.root->end() && items->is_array())
      for (const json& item : *items)
        if (item.is_object() && item.contains("id") && item["id"].is_string()) file.ids.insert(item["id"].get<std::string>());
    files.push_back(std::move(file));
  }
  return files;
}

void checkId(const json& value, const std::string& pointer, const char* what, const std::vector<IdFile>& files,
             std::vector<Issue>& issues) {
  if (!value.is_string() || files.empty()) return;
  const std::string& id = value.get_ref<const std::string&>();
  std::string where;
  const IdFile* lacking = nullptr;  // the first file without it: suggestions come from there
  for (const IdFile& file : files)
    if (!file.ids.count(id)) {
      where += (where.empty() ? "" : ", ") + baseName(file.path);
      if (!lacking) lacking = &file;
    }
  if (!lacking) return;
  const std::vector<std::string> known(lacking->ids.begin(), lacking->ids.end());
  const std::string close = closestName(id, known);
  issues.push_back({0, pointer, Severity::Error,
                    "unknown " + std::string(what) + " \"" + id + "\": not in " + where +
                        (close.empty() ? "" : " (did you mean \"" + close + "\"?)"),
                    "use the id of " + std::string(what == std::string("form") ? "a form" : "an article") +
                        " that exists in every " + (what == std::string("form") ? "forms" : "knowledge-base") +
                        " file"});
}

}  // namespace

void checkRuleReferences(const json& rules, const std::vector<OtherDocument>& others, std::vector<Issue>& issues) {
  const std::vector<IdFile> articles = idsOfKind(others, "kb", "articles");
  const std::vector<IdFile> forms = idsOfKind(others, "forms", "forms");
  if (articles.empty() && forms.empty()) return;
  const auto list = rules.is_object() ? rules.find("rules") : rules.end();
  if (!rules.is_object() || list == rules.end() || !list->is_array()) return;
  for (std::size_t r = 0; r < list->size(); ++r) {
    const json& rule = (*list)[r];
    if (!rule.is_object()) continue;
    const std::string at = "/rules/" + std::to_string(r);
    if (const auto actions = rule.find("actions"); actions != rule.end() && actions->is_array())
      for (std::size_t a = 0; a < actions->size(); ++a) {
        const json& action = (*actions)[a];
        if (!action.is_object()) continue;
        const std::string actionAt = at + "/actions/" + std::to_string(a);
        if (action.contains("article")) checkId(action["article"], actionAt + "/article", "article", articles, issues);
        if (action.contains("form")) checkId(action["form"], actionAt + "/form", "form", forms, issues);
      }
    if (const auto boosts = rule.find("boost_articles"); boosts != rule.end() && boosts->is_array())
      for (std::size_t b = 0; b < boosts->size(); ++b)
        checkId((*boosts)[b], at + "/boost_articles/" + std::to_string(b), "article", articles, issues);
  }
}

}  // namespace hw::content
