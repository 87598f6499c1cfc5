#include "core/rules/suggestion_rules.h"

#include <algorithm>
#include <set>

#include "core/closest_name.h"
#include "core/json_document.h"

namespace hw {

using nlohmann::json;

const std::vector<std::string>& orderFactNames() {
  static const std::vector<std::string> kNames = {
      "status", "payment_status", "refund_status", "days_since_placed", "days_since_shipped",
      "days_since_delivered", "days_past_eta", "days_late", "delivered", "has_tracking",
      "return_window_open", "item_categories", "item_count", "order_total", "currency",
      "is_latest_order"};
  return kNames;
}

const std::vector<std::string>& cardPlaceholderNames() {
  static const std::vector<std::string> kNames = {
      "first_name", "order_id", "item_name", "item_count", "days_late", "carrier", "eta",
      "placed_on", "shipped_on", "delivered_on", "return_by", "total", "refund_amount"};
  return kNames;
}

const std::string& LocalizedText::in(std::string_view locale) const {
  static const std::string kEmpty;
  const auto& alternatives = alternativesIn(locale);
  return alternatives.empty() ? kEmpty : alternatives.front();
}

const std::vector<std::string>& LocalizedText::alternativesIn(std::string_view locale) const {
  static const std::vector<std::string> kNone;
  if (byLocale.empty()) return kNone;
  for (const auto& [tag, value] : byLocale)
    if (tag == locale) return value;
  const std::string_view language = locale.substr(0, locale.find('-'));
  for (const auto& [tag, value] : byLocale)
    if (std::string_view(tag).substr(0, tag.find('-')) == language) return value;
  for (const auto& [tag, value] : byLocale)
    if (tag == "en") return value;
  return byLocale.front().second;
}

namespace {

constexpr std::size_t kMaxRules = 200;
constexpr std::size_t kMaxActions = 3;
constexpr std::size_t kMaxTextBytes = 600;

bool isValidId(const std::string& id) {
  if (id.empty() || id.size() > 64) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// "{name}" placeholders in a template, in order.
std::vector<std::string> placeholdersIn(const std::string& pattern) {
  std::vector<std::string> names;
  for (std::size_t open = pattern.find('{'); open != std::string::npos;
       open = pattern.find('{', open + 1)) {
    const std::size_t close = pattern.find('}', open);
    if (close == std::string::npos) break;
    names.push_back(pattern.substr(open + 1, close - open - 1));
  }
  return names;
}

struct Choice {
  const char* name;
  int value;
};

class RulesReader {
 public:
  RulesReader(std::string_view text, std::string_view source, std::size_t maxErrors)
      : m_text(text), m_source(source), m_maxErrors(maxErrors) {}

  std::vector<ContentError> takeErrors() { return std::move(m_errors); }

  bool fail(const std::string& at, std::string message) {
    if (m_errors.size() < m_maxErrors)
      m_errors.push_back(errorAt(m_text, m_source, at, ContentErrorCode::Schema, std::move(message)));
    return false;
  }

  void rejectUnknown(const json& object, const std::string& at,
                     const std::vector<std::string>& known) {
    for (auto it = object.begin(); it != object.end(); ++it) {
      if (std::find(known.begin(), known.end(), it.key()) != known.end()) continue;
      std::string message = "unknown property \"" + it.key() + "\"";
      const std::string hint = closestName(it.key(), known);
      if (!hint.empty()) message += " (did you mean \"" + hint + "\"?)";
      fail(at + "/" + it.key(), message);
    }
  }

  bool integer(const json& object, const std::string& at, const char* key, int min, int max,
               int& out) {
    if (!object.contains(key)) return true;
    const json& value = object.at(key);
    if (!value.is_number_integer() || value.get<long long>() < min || value.get<long long>() > max)
      return fail(at + "/" + key, "must be a whole number from " + std::to_string(min) + " to " +
                                      std::to_string(max));
    out = value.get<int>();
    return true;
  }

  bool id(const json& object, const std::string& at, const char* key, std::string& out,
          bool required = true) {
    if (!object.contains(key))
      return required ? fail(at, std::string("missing required property \"") + key + "\"") : true;
    const json& value = object.at(key);
    if (!value.is_string() || !isValidId(value.get<std::string>()))
      return fail(at + "/" + key, "must be an id: lowercase letters, digits and '-'");
    out = value.get<std::string>();
    return true;
  }

  bool choice(const json& object, const std::string& at, const char* key,
              std::initializer_list<Choice> choices, int& out, bool required) {
    if (!object.contains(key))
      return required ? fail(at, std::string("missing required property \"") + key + "\"") : true;
    const json& value = object.at(key);
    std::string names;
    for (const Choice& c : choices) {
      if (value.is_string() && value.get<std::string>() == c.name) {
        out = c.value;
        return true;
      }
      names += (names.empty() ? "" : ", ") + std::string(c.name);
    }
    return fail(at + "/" + key, "must be one of: " + names);
  }

  // {"en": "...", "zh-CN": ["first choice {eta}", "fallback"]}
  bool localized(const json& object, const std::string& at, const char* key, LocalizedText& out,
                 bool required) {
    if (!object.contains(key))
      return required ? fail(at, std::string("missing required property \"") + key + "\"") : true;
    const json& value = object.at(key);
    const std::string here = at + "/" + key;
    if (!value.is_object() || value.empty())
      return fail(here, "must be an object of texts by locale, e.g. {\"en\": \"...\"}");
    bool ok = true;
    for (auto it = value.begin(); it != value.end(); ++it) {
      const std::string at2 = here + "/" + it.key();
      std::vector<std::string> alternatives;
      if (it.value().is_string()) {
        alternatives.push_back(it.value().get<std::string>());
      } else if (it.value().is_array() && !it.value().empty() && it.value().size() <= 4) {
        for (std::size_t i = 0; i < it.value().size(); ++i) {
          if (!it.value()[i].is_string()) {
            ok = fail(at2 + "/" + std::to_string(i), "must be a string");
            continue;
          }
          alternatives.push_back(it.value()[i].get<std::string>());
        }
      } else {
        ok = fail(at2, "must be a string, or an array of 1-4 alternatives");
        continue;
      }
      for (std::size_t i = 0; i < alternatives.size(); ++i) {
        const std::string at3 = it.value().is_array() ? at2 + "/" + std::to_string(i) : at2;
        if (!checkTemplate(alternatives[i], at3)) ok = false;
      }
      out.byLocale.emplace_back(it.key(), std::move(alternatives));
    }
    return ok;
  }

  bool checkTemplate(const std::string& pattern, const std::string& at) {
    if (pattern.empty() || pattern.size() > kMaxTextBytes)
      return fail(at, "must be 1 to " + std::to_string(kMaxTextBytes) + " bytes long");
    for (const std::string& name : placeholdersIn(pattern)) {
      const auto& known = cardPlaceholderNames();
      if (std::find(known.begin(), known.end(), name) != known.end()) continue;
      std::string message = "unknown placeholder {" + name + "}";
      const std::string hint = closestName(name, known);
      if (!hint.empty()) message += " (did you mean {" + hint + "}?)";
      return fail(at, message);
    }
    return true;
  }

  bool action(const json& value, const std::string& at, RuleAction& out) {
    if (!value.is_object()) return fail(at, "must be an object");
    rejectUnknown(value, at, {"id", "kind", "label", "article", "form", "query"});
    int kind = 0;
    bool ok = id(value, at, "id", out.id);
    ok = choice(value, at, "kind",
                {{"track", int(ActionKind::Track)}, {"article", int(ActionKind::Article)},
                 {"form", int(ActionKind::Form)}, {"search", int(ActionKind::Search)},
                 {"contact", int(ActionKind::Contact)}},
                kind, true) && ok;
    out.kind = static_cast<ActionKind>(kind);
    ok = localized(value, at, "label", out.label, true) && ok;
    const bool needsArticle = out.kind == ActionKind::Article || out.kind == ActionKind::Form;
    ok = id(value, at, "article", out.article, needsArticle) && ok;
    ok = id(value, at, "form", out.form, out.kind == ActionKind::Form) && ok;
    if (out.kind == ActionKind::Search) {
      if (!value.contains("query") || !value.at("query").is_string() ||
          value.at("query").get<std::string>().empty())
        ok = fail(at + "/query", "a search action needs a non-empty \"query\"");
      else
        out.query = value.at("query").get<std::string>();
    }
    return ok;
  }

  bool rule(const json& value, const std::string& at, SuggestionRule& out) {
    if (!value.is_object()) return fail(at, "must be an object");
    rejectUnknown(value, at, {"id", "priority", "tone", "when", "title", "text", "actions",
                              "boost_articles", "$comment"});
    bool ok = id(value, at, "id", out.id);
    ok = integer(value, at, "priority", -1000, 1000, out.priority) && ok;
    int tone = int(CardTone::Info);
    ok = choice(value, at, "tone",
                {{"info", int(CardTone::Info)}, {"warning", int(CardTone::Warning)},
                 {"success", int(CardTone::Success)}, {"problem", int(CardTone::Problem)}},
                tone, false) && ok;
    out.tone = static_cast<CardTone>(tone);
    if (!value.contains("when")) {
      ok = fail(at, "missing required property \"when\"");
    } else {
      std::vector<ConditionIssue> issues;
      if (!parseCondition(value.at("when"), at + "/when", {"fact", orderFactNames()}, out.when,
                          issues)) {
        for (const ConditionIssue& issue : issues) fail(issue.pointer, issue.message);
        ok = false;
      }
    }
    ok = localized(value, at, "title", out.title, true) && ok;
    ok = localized(value, at, "text", out.text, false) && ok;
    const json* actions = value.contains("actions") ? &value.at("actions") : nullptr;
    if (!actions || !actions->is_array() || actions->empty() || actions->size() > kMaxActions) {
      ok = fail(actions ? at + "/actions" : at, "needs \"actions\": an array of 1 to 3 actions");
    } else {
      std::set<std::string> seen;
      for (std::size_t i = 0; i < actions->size(); ++i) {
        RuleAction parsed;
        const std::string actionAt = at + "/actions/" + std::to_string(i);
        if (!action((*actions)[i], actionAt, parsed)) {
          ok = false;
          continue;
        }
        if (!seen.insert(parsed.id).second)
          ok = fail(actionAt + "/id", "duplicate action id \"" + parsed.id + "\" in this rule");
        out.actions.push_back(std::move(parsed));
      }
    }
    if (value.contains("boost_articles")) {
      const json& boosts = value.at("boost_articles");
      if (!boosts.is_array() || boosts.size() > 20) {
        ok = fail(at + "/boost_articles", "must be an array of up to 20 article ids");
      } else {
        for (std::size_t i = 0; i < boosts.size(); ++i) {
          if (!boosts[i].is_string() || !isValidId(boosts[i].get<std::string>()))
            ok = fail(at + "/boost_articles/" + std::to_string(i), "must be an article id");
          else
            out.boostArticles.push_back(boosts[i].get<std::string>());
        }
      }
    }
    return ok;
  }

 private:
  std::string_view m_text;
  std::string_view m_source;
  std::size_t m_maxErrors;
  std::vector<ContentError> m_errors;
};

}  // namespace

Loaded<RuleSet> loadRules(std::string_view text, std::string_view source, std::size_t maxErrors) {
  Loaded<RuleSet> result;
  JsonLimits limits;
  limits.maxBytes = 2u * 1024u * 1024u;
  Loaded<json> document = parseJsonDocument(text, source, limits);
  if (!document.ok()) {
    result.errors = std::move(document.errors);
    return result;
  }
  const json& root = document.value;
  RulesReader reader(text, source, maxErrors);
  if (!root.is_object()) {
    reader.fail("", "the top level must be an object");
    result.errors = reader.takeErrors();
    return result;
  }
  if (!root.contains("schema_version") || root.at("schema_version") != kRulesSchemaVersion) {
    result.errors.push_back(errorAt(text, source, root.contains("schema_version") ? "/schema_version" : "",
                                    ContentErrorCode::UnsupportedVersion,
                                    "\"schema_version\" must be 1 (this widget reads version 1)"));
    return result;
  }
  reader.rejectUnknown(root, "", {"$schema", "$comment", "schema_version", "max_cards",
                                  "standard_delivery_days", "return_window_days", "rules"});
  RuleSet& set = result.value;
  reader.integer(root, "", "max_cards", 1, 5, set.maxCards);
  reader.integer(root, "", "standard_delivery_days", 1, 90, set.standardDeliveryDays);
  reader.integer(root, "", "return_window_days", 0, 365, set.returnWindowDays);
  if (!root.contains("rules") || !root.at("rules").is_array() ||
      root.at("rules").size() > kMaxRules) {
    reader.fail(root.contains("rules") ? "/rules" : "",
                "needs \"rules\": an array of up to " + std::to_string(kMaxRules) + " rules");
  } else {
    std::set<std::string> seen;
    const json& rules = root.at("rules");
    for (std::size_t i = 0; i < rules.size(); ++i) {
      SuggestionRule parsed;
      const std::string at = "/rules/" + std::to_string(i);
      if (!reader.rule(rules[i], at, parsed)) continue;
      if (!seen.insert(parsed.id).second) {
        reader.fail(at + "/id", "duplicate rule id \"" + parsed.id + "\"");
        continue;
      }
      set.rules.push_back(std::move(parsed));
    }
  }
  result.errors = reader.takeErrors();
  return result;
}

}  // namespace hw
