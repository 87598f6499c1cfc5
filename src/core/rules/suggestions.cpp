#include "core/rules/suggestions.h"

#include <algorithm>

#include "core/context/locale_format.h"
#include "core/ui_strings.h"

namespace hw {

namespace {

bool hasAllValues(const std::string& pattern,
                  const std::vector<std::pair<std::string, std::string>>& values) {
  for (std::size_t open = pattern.find('{'); open != std::string::npos;
       open = pattern.find('{', open + 1)) {
    const std::size_t close = pattern.find('}', open);
    if (close == std::string::npos) break;
    const std::string name = pattern.substr(open + 1, close - open - 1);
    const bool found = std::any_of(values.begin(), values.end(),
                                   [&](const auto& value) { return value.first == name; });
    if (!found) return false;
  }
  return true;
}

// The first alternative whose placeholders all have values; the last one
// otherwise, with missing values left empty rather than shown as {name}.
std::string fill(const LocalizedText& text, std::string_view locale,
                 const std::vector<std::pair<std::string, std::string>>& values) {
  const auto& alternatives = text.alternativesIn(locale);
  if (alternatives.empty()) return {};
  for (const std::string& pattern : alternatives)
    if (hasAllValues(pattern, values)) return formatString(pattern, values);
  auto padded = values;
  for (const std::string& name : cardPlaceholderNames()) padded.emplace_back(name, "");
  return formatString(alternatives.back(), padded);
}

struct Match {
  const SuggestionRule* rule;
  std::size_t orderIndex;
};

std::vector<CardAction> actionsFor(const SuggestionRule& rule, const Order& order,
                                   std::string_view locale,
                                   const std::vector<std::pair<std::string, std::string>>& values,
                                   const KnowledgeBase* kb) {
  std::vector<CardAction> actions;
  auto articleExists = [&](const std::string& id) { return !kb || kb->findArticle(id); };
  for (const RuleAction& action : rule.actions) {
    CardAction card;
    card.id = action.id;
    card.kind = action.kind;
    card.label = fill(action.label, locale, values);
    switch (action.kind) {
      case ActionKind::Track:
        if (!order.shipment || order.shipment->trackingUrl.empty()) continue;
        card.url = order.shipment->trackingUrl;
        break;
      case ActionKind::Article:
        if (!articleExists(action.article)) continue;
        card.articleId = action.article;
        break;
      case ActionKind::Form:
        card.formId = action.form;
        if (articleExists(action.article)) card.articleId = action.article;
        card.prefill.emplace_back("order_id", order.id);
        // With one item the shopper need not pick it again.
        if (order.items.size() == 1 && !order.items.front().id.empty())
          card.prefill.emplace_back("item_id", order.items.front().id);
        break;
      case ActionKind::Search:
        card.query = action.query;
        break;
      case ActionKind::Contact:
        break;
    }
    actions.push_back(std::move(card));
  }
  return actions;
}

}  // namespace

Suggestions suggestFor(const RuleSet& rules, const ShopperContext& context, const Clock& clock,
                       std::string_view locale, const KnowledgeBase* kb) {
  // Rules by priority; equal priorities keep the order the editor wrote.
  std::vector<const SuggestionRule*> byPriority;
  for (const SuggestionRule& rule : rules.rules) byPriority.push_back(&rule);
  std::stable_sort(byPriority.begin(), byPriority.end(),
                   [](const SuggestionRule* a, const SuggestionRule* b) {
                     return a->priority > b->priority;
                   });
  std::vector<Match> matches;
  for (std::size_t i = 0; i < context.orders.size(); ++i) {
    const Order& order = context.orders[i];
    const FactLookup lookup = [&](std::string_view name) {
      return orderFact(name, order, clock, rules, i == 0);
    };
    for (const SuggestionRule* rule : byPriority) {
      if (evaluateCondition(rule->when, lookup)) {
        matches.push_back({rule, i});
        break;
      }
    }
  }
  std::stable_sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
    return a.rule->priority > b.rule->priority;
  });
  Suggestions out;
  const std::size_t limit = static_cast<std::size_t>(std::max(0, rules.maxCards));
  for (const Match& match : matches) {
    if (out.cards.size() >= limit) break;
    const Order& order = context.orders[match.orderIndex];
    const auto values = cardPlaceholders(order, context.customer, clock, rules, locale);
    SuggestionCard card;
    card.ruleId = match.rule->id;
    card.orderId = order.id;
    card.tone = match.rule->tone;
    card.status = order.id;
    if (!order.status.empty()) card.status += " \u00b7 " + formatOrderStatus(order.status, locale);
    card.title = fill(match.rule->title, locale, values);
    card.text = fill(match.rule->text, locale, values);
    card.actions = actionsFor(*match.rule, order, locale, values, kb);
    if (card.actions.empty()) continue;  // a card must offer something to do
    // The first card's articles weigh most; within a rule, the editor's order.
    const double cardWeight = out.cards.empty() ? 0.6 : 0.3;
    const auto& boosts = match.rule->boostArticles;
    for (std::size_t i = 0; i < boosts.size(); ++i) {
      double& boost = out.boosts.articleBoosts[boosts[i]];
      boost = std::max(boost, cardWeight * (1.0 - 0.1 * static_cast<double>(i)));
    }
    out.cards.push_back(std::move(card));
  }
  return out;
}

}  // namespace hw
