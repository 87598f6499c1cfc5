// Suggestion rules written by the product team: when an order matches a
// condition, the first screen shows a card with a few actions. Loaded from
// content JSON with located errors. Pure C++: no ImGui, no Emscripten.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/content_error.h"
#include "core/rules/condition.h"

namespace hw {

inline constexpr int kRulesSchemaVersion = 1;

// One text in several locales, each with 1-4 alternatives: the first whose
// placeholders all have values is used ("arrives {eta}" when the shop sent an
// ETA, "is on its way" when not). Lookup falls back to the language ("zh"
// for "zh-TW"), then English, then the first locale written.
struct LocalizedText {
  std::vector<std::pair<std::string, std::vector<std::string>>> byLocale;
  const std::vector<std::string>& alternativesIn(std::string_view locale) const;
  const std::string& in(std::string_view locale) const;  // the first alternative
};

enum class ActionKind { Track, Article, Form, Search, Contact };
enum class CardTone { Info, Warning, Success, Problem };

struct RuleAction {
  std::string id;
  ActionKind kind = ActionKind::Article;
  LocalizedText label;
  std::string article;  // Article: the article; Form: shown until the form exists
  std::string form;     // Form: the form to start with the order as prefill
  std::string query;    // Search: the query to run
};

struct SuggestionRule {
  std::string id;
  int priority = 0;  // higher wins when several rules match one order
  Condition when;
  CardTone tone = CardTone::Info;
  LocalizedText title;
  LocalizedText text;
  std::vector<RuleAction> actions;
  std::vector<std::string> boostArticles;  // ranked up for this shopper
};

struct RuleSet {
  int maxCards = 2;
  int standardDeliveryDays = 5;  // "late" when there is no ETA
  int returnWindowDays = 30;     // after delivery, unless the order says return_by
  std::vector<SuggestionRule> rules;
};

// The facts a rule can test about an order (see order_facts.h).
const std::vector<std::string>& orderFactNames();
// The placeholders a rule's texts can use ({order_id}, {days_late}, ...).
const std::vector<std::string>& cardPlaceholderNames();

Loaded<RuleSet> loadRules(std::string_view text, std::string_view source,
                          std::size_t maxErrors = 20);

}  // namespace hw
