// Rules x shopper context -> the cards on the first screen, and the ranking
// boosts that put this shopper's likely questions first.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/context/shopper_context.h"
#include "core/knowledge_base.h"
#include "core/rules/order_facts.h"
#include "core/rules/suggestion_rules.h"
#include "core/search/search_index.h"

namespace hw {

struct CardAction {
  std::string id;
  ActionKind kind = ActionKind::Article;
  std::string label;
  std::string url;        // Track
  std::string articleId;  // Article, and Form until forms exist
  std::string formId;     // Form
  std::string query;      // Search
  std::vector<std::pair<std::string, std::string>> prefill;  // order_id, item_id
};

struct SuggestionCard {
  std::string ruleId;
  std::string orderId;
  CardTone tone = CardTone::Info;
  std::string status;  // "NW-20211 · Shipped": which order, and where it stands
  std::string title;
  std::string text;
  std::vector<CardAction> actions;  // 1-3, only those that can work
};

struct Suggestions {
  std::vector<SuggestionCard> cards;
  search::RankingContext boosts;  // articles this shopper likely needs
};

// At most one card per order (its highest-priority matching rule), newest
// orders first among equal priorities, at most `rules.maxCards` cards.
// Actions that cannot work (no tracking link, unknown article) are left out.
Suggestions suggestFor(const RuleSet& rules, const ShopperContext& context, const Clock& clock,
                       std::string_view locale, const KnowledgeBase* kb);

}  // namespace hw
