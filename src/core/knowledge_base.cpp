// Knowledge-base loading and validation. Pure C++: no ImGui, no Emscripten.
#include "core/knowledge_base.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <utility>

#include "core/json_document.h"
#include "core/utf8.h"

namespace hw {

using nlohmann::json;

const Article* KnowledgeBase::findArticle(std::string_view id) const {
  for (const Article& article : articles)
    if (article.id == id) return &article;
  return nullptr;
}

const Category* KnowledgeBase::findCategory(std::string_view id) const {
  for (const Category& category : categories)
    if (category.id == id) return &category;
  return nullptr;
}

std::vector<const Article*> KnowledgeBase::articlesIn(std::string_view categoryId) const {
  std::vector<const Article*> out;
  for (const Article& article : articles)
    if (article.category == categoryId) out.push_back(&article);
  return out;
}

std::vector<const Article*> KnowledgeBase::popularArticles() const {
  std::vector<const Article*> out;
  for (const std::string& id : popular)
    if (const Article* article = findArticle(id)) out.push_back(article);
  return out;
}

namespace {

std::size_t countChars(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < text.size(); ++count) decodeUtf8(text, pos);
  return count;
}

bool isValidId(const std::string& id) {
  if (id.empty() || id.size() > 64) return false;
  if (!std::isalnum(static_cast<unsigned char>(id[0]))) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

const char* typeName(const json& value) {
  switch (value.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::string: return "a string";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "a number";
    default: return "an unsupported value";
  }
}

// Walks the parsed document, copying what is valid and recording the rest.
class Validator {
 public:
  Validator(std::string_view text, std::string_view source, const KnowledgeBaseLimits& limits,
            std::size_t maxErrors)
      : m_text(text), m_source(source), m_limits(limits), m_maxErrors(maxErrors) {}

  std::vector<ContentError> takeErrors() { return std::move(m_errors); }

  void fail(std::string pointer, std::string message,
            ContentErrorCode code = ContentErrorCode::Schema) {
    if (m_errors.size() >= m_maxErrors) return;
    m_errors.push_back(errorAt(m_text, m_source, std::move(pointer), code, std::move(message)));
  }

  void rejectUnknownKeys(const json& object, const std::string& pointer,
                         std::initializer_list<const char*> known) {
    for (const auto& item : object.items()) {
      const bool isKnown = std::any_of(known.begin(), known.end(),
                                       [&](const char* key) { return item.key() == key; });
      if (!isKnown)
        fail(pointer + "/" + escapePointerToken(item.key()),
             "unknown property \"" + item.key() + "\" (check its spelling)");
    }
  }

  // Reads a string member; `required` and the length limit are checked.
  bool readString(const json& object, const std::string& pointer, const char* key,
                  std::string& out, bool required, std::size_t maxChars) {
    const std::string at = pointer + "/" + key;
    if (!object.contains(key)) {
      if (required) fail(pointer, std::string("missing required property \"") + key + "\"");
      return !required;
    }
    const json& value = object.at(key);
    if (!value.is_string()) {
      fail(at, std::string("must be a string, not ") + typeName(value));
      return false;
    }
    const std::string& text = value.get_ref<const std::string&>();
    if (required && text.find_first_not_of(" \t\r\n") == std::string::npos) {
      fail(at, "must not be empty");
      return false;
    }
    if (countChars(text) > maxChars) {
      fail(at, "is longer than " + std::to_string(maxChars) + " characters");
      return false;
    }
    out = text;
    return true;
  }

  bool readId(const json& object, const std::string& pointer, std::string& out) {
    if (!readString(object, pointer, "id", out, true, 64)) return false;
    if (!isValidId(out)) {
      fail(pointer + "/id",
           "\"" + out + "\" is not a valid id (use lowercase letters, digits and '-')");
      return false;
    }
    return true;
  }

  const json* requireArray(const json& root, const char* key, std::size_t maxItems) {
    const std::string at = std::string("/") + key;
    if (!root.contains(key)) {
      fail("", std::string("missing required property \"") + key + "\"");
      return nullptr;
    }
    const json& value = root.at(key);
    if (!value.is_array()) {
      fail(at, std::string("must be an array, not ") + typeName(value));
      return nullptr;
    }
    if (value.size() > maxItems) {
      fail(at, "has " + std::to_string(value.size()) + " items; the limit is " +
                   std::to_string(maxItems));
      return nullptr;
    }
    return &value;
  }

  void readCategories(const json& root, KnowledgeBase& kb) {
    const json* list = requireArray(root, "categories", m_limits.maxCategories);
    if (!list) return;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const std::string at = "/categories/" + std::to_string(i);
      const json& item = (*list)[i];
      if (!item.is_object()) {
        fail(at, std::string("must be an object, not ") + typeName(item));
        continue;
      }
      rejectUnknownKeys(item, at, {"id", "title", "description"});
      Category category;
      bool ok = readId(item, at, category.id);
      ok = readString(item, at, "title", category.title, true, m_limits.maxTitleChars) && ok;
      ok = readString(item, at, "description", category.description, false, 500) && ok;
      if (ok && !seen.insert(category.id).second) {
        fail(at + "/id", "duplicate category id \"" + category.id + "\"");
        ok = false;
      }
      if (ok) kb.categories.push_back(std::move(category));
    }
  }

  void readTags(const json& item, const std::string& at, Article& article) {
    if (!item.contains("tags")) return;
    const json& tags = item.at("tags");
    if (!tags.is_array()) {
      fail(at + "/tags", std::string("must be an array of strings, not ") + typeName(tags));
      return;
    }
    if (tags.size() > m_limits.maxTags) {
      fail(at + "/tags", "has more than " + std::to_string(m_limits.maxTags) + " tags");
      return;
    }
    for (std::size_t t = 0; t < tags.size(); ++t) {
      if (!tags[t].is_string()) {
        fail(at + "/tags/" + std::to_string(t),
             std::string("must be a string, not ") + typeName(tags[t]));
        continue;
      }
      article.tags.push_back(tags[t].get<std::string>());
    }
  }

  void readArticles(const json& root, KnowledgeBase& kb) {
    const json* list = requireArray(root, "articles", m_limits.maxArticles);
    if (!list) return;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const std::string at = "/articles/" + std::to_string(i);
      const json& item = (*list)[i];
      if (!item.is_object()) {
        fail(at, std::string("must be an object, not ") + typeName(item));
        continue;
      }
      rejectUnknownKeys(item, at, {"id", "title", "body", "category", "tags"});
      Article article;
      bool ok = readId(item, at, article.id);
      ok = readString(item, at, "title", article.title, true, m_limits.maxTitleChars) && ok;
      ok = readString(item, at, "body", article.body, true, m_limits.maxBodyChars) && ok;
      ok = readString(item, at, "category", article.category, true, 64) && ok;
      readTags(item, at, article);
      if (ok && !kb.findCategory(article.category)) {
        fail(at + "/category", "unknown category \"" + article.category + "\"");
        ok = false;
      }
      if (ok && !seen.insert(article.id).second) {
        fail(at + "/id", "duplicate article id \"" + article.id + "\"");
        ok = false;
      }
      if (ok) kb.articles.push_back(std::move(article));
    }
  }

  void readPopular(const json& root, KnowledgeBase& kb) {
    if (!root.contains("popular")) return;
    const json& list = root.at("popular");
    if (!list.is_array()) {
      fail("/popular", std::string("must be an array of article ids, not ") + typeName(list));
      return;
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string at = "/popular/" + std::to_string(i);
      if (!list[i].is_string()) {
        fail(at, std::string("must be an article id, not ") + typeName(list[i]));
        continue;
      }
      const std::string id = list[i].get<std::string>();
      if (!kb.findArticle(id)) {
        fail(at, "unknown article \"" + id + "\"");
        continue;
      }
      kb.popular.push_back(id);
    }
  }

  // An optional array of strings, each non-empty and at most `maxChars`.
  bool readStringArray(const json& parent, const std::string& pointer, const char* key,
                       std::vector<std::string>& out, std::size_t maxItems, std::size_t maxChars) {
    if (!parent.contains(key)) return true;
    const std::string at = pointer + "/" + key;
    const json& list = parent.at(key);
    if (!list.is_array()) {
      fail(at, std::string("must be an array of strings, not ") + typeName(list));
      return false;
    }
    if (list.size() > maxItems) {
      fail(at, "has " + std::to_string(list.size()) + " items; the limit is " + std::to_string(maxItems));
      return false;
    }
    bool ok = true;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string itemAt = at + "/" + std::to_string(i);
      if (!list[i].is_string()) {
        fail(itemAt, std::string("must be a string, not ") + typeName(list[i]));
        ok = false;
        continue;
      }
      const std::string& text = list[i].get_ref<const std::string&>();
      if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        fail(itemAt, "must not be empty");
        ok = false;
      } else if (countChars(text) > maxChars) {
        fail(itemAt, "is longer than " + std::to_string(maxChars) + " characters");
        ok = false;
      } else {
        out.push_back(text);
      }
    }
    return ok;
  }

  void readSearchFields(const json& root, KnowledgeBase& kb) {
    readStringArray(root, "", "popular_queries", kb.popularQueries, 200, m_limits.maxTitleChars);
    readStringArray(root, "", "search_hints", kb.searchHints, 20, m_limits.maxTitleChars);
    if (root.contains("synonyms")) {
      const json& groups = root.at("synonyms");
      if (!groups.is_array()) {
        fail("/synonyms", std::string("must be an array of groups of terms, not ") + typeName(groups));
      } else {
        for (std::size_t i = 0; i < groups.size() && i < 2000; ++i) {
          const std::string at = "/synonyms/" + std::to_string(i);
          if (!groups[i].is_array() || groups[i].size() < 2) {
            fail(at, "must be an array of at least two terms");
            continue;
          }
          std::vector<std::string> group;
          const json holder = {{"terms", groups[i]}};
          if (readStringArray(holder, at, "terms", group, 50, 60)) kb.synonyms.push_back(std::move(group));
        }
      }
    }
    if (root.contains("intents")) {
      const json& intents = root.at("intents");
      if (!intents.is_array()) {
        fail("/intents", std::string("must be an array, not ") + typeName(intents));
        return;
      }
      std::set<std::string> seen;
      for (std::size_t i = 0; i < intents.size() && i < 500; ++i) {
        const std::string at = "/intents/" + std::to_string(i);
        const json& item = intents[i];
        if (!item.is_object()) {
          fail(at, std::string("must be an object, not ") + typeName(item));
          continue;
        }
        rejectUnknownKeys(item, at, {"id", "label", "articles"});
        Intent intent;
        bool ok = readId(item, at, intent.id);
        ok = readString(item, at, "label", intent.label, true, 80) && ok;
        if (!item.contains("articles")) {
          fail(at, "missing required property \"articles\"");
          ok = false;
        }
        ok = readStringArray(item, at, "articles", intent.articles, 50, 64) && ok;
        for (std::size_t a = 0; a < intent.articles.size(); ++a)
          if (!kb.findArticle(intent.articles[a])) {
            fail(at + "/articles/" + std::to_string(a), "unknown article \"" + intent.articles[a] + "\"");
            ok = false;
          }
        if (ok && !seen.insert(intent.id).second) {
          fail(at + "/id", "duplicate intent id \"" + intent.id + "\"");
          ok = false;
        }
        if (ok) kb.intents.push_back(std::move(intent));
      }
    }
  }

  bool checkVersion(const json& root) {
    if (!root.contains("schema_version")) {
      fail("", "missing required property \"schema_version\" (this widget reads version " +
                   std::to_string(kKnowledgeBaseSchemaVersion) + ")");
      return false;
    }
    const json& version = root.at("schema_version");
    if (!version.is_number_integer()) {
      fail("/schema_version", std::string("must be an integer, not ") + typeName(version));
      return false;
    }
    if (version.get<long long>() != kKnowledgeBaseSchemaVersion) {
      fail("/schema_version",
           "version " + version.dump() + " is not supported; this widget reads version " +
               std::to_string(kKnowledgeBaseSchemaVersion),
           ContentErrorCode::UnsupportedVersion);
      return false;
    }
    return true;
  }

 private:
  std::string_view m_text;
  std::string_view m_source;
  const KnowledgeBaseLimits& m_limits;
  std::size_t m_maxErrors;
  std::vector<ContentError> m_errors;
};

}  // namespace

Loaded<KnowledgeBase> loadKnowledgeBase(std::string_view text, std::string_view source,
                                        const KnowledgeBaseLimits& limits,
                                        std::size_t maxErrors) {
  if (std::optional<KnowledgeBase> kb = readValidKnowledgeBase(text, limits)) {
    Loaded<KnowledgeBase> result;
    result.value = std::move(*kb);
    return result;
  }
  return checkKnowledgeBase(text, source, limits, maxErrors);
}

Loaded<KnowledgeBase> checkKnowledgeBase(std::string_view text, std::string_view source,
                                         const KnowledgeBaseLimits& limits,
                                         std::size_t maxErrors) {
  Loaded<KnowledgeBase> result;
  JsonLimits jsonLimits;
  jsonLimits.maxBytes = limits.maxBytes;
  Loaded<json> document = parseJsonDocument(text, source, jsonLimits);
  if (!document.ok()) {
    result.errors = std::move(document.errors);
    return result;
  }
  const json& root = document.value;
  Validator validator(text, source, limits, maxErrors);
  if (!root.is_object()) {
    validator.fail("", std::string("the top level must be an object, not ") + typeName(root));
    result.errors = validator.takeErrors();
    return result;
  }
  if (!validator.checkVersion(root)) {
    result.errors = validator.takeErrors();
    return result;
  }
  KnowledgeBase& kb = result.value;
  validator.rejectUnknownKeys(root, "", {"$schema", "schema_version", "locale", "title",
                                         "search_placeholder", "categories", "articles",
                                         "popular", "synonyms", "intents", "popular_queries",
                                         "search_hints"});
  validator.readString(root, "", "locale", kb.locale, true, 35);
  validator.readString(root, "", "title", kb.title, false, limits.maxTitleChars);
  validator.readString(root, "", "search_placeholder", kb.searchPlaceholder, false,
                       limits.maxTitleChars);
  validator.readCategories(root, kb);
  validator.readArticles(root, kb);
  validator.readPopular(root, kb);
  validator.readSearchFields(root, kb);
  result.errors = validator.takeErrors();
  return result;
}

}  // namespace hw
