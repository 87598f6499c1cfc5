// Everything the panel shows, in one value the views draw from. No ImGui,
// no Emscripten.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/context/shopper_context.h"
#include "core/forms/form_definition.h"
#include "core/forms/form_session.h"
#include "core/knowledge_base.h"
#include "core/markdown.h"
#include "core/rules/suggestions.h"
#include "core/search/search_index.h"
#include "core/tickets/outbox.h"
#include "core/ui_strings.h"

namespace hw {

enum class View { Home, Category, SearchResults, Article, Intent, Form, Receipt, Requests };
enum class ContentStatus { Loading, Ready, Failed };

struct Route {
  View view = View::Home;
  std::string id;  // category, article or intent id
  bool operator==(const Route& other) const { return view == other.view && id == other.id; }
};

// Content that loaded and validated, kept together so a hit never outlives
// the articles it points into.
struct LoadedContent {
  KnowledgeBase kb;
  search::SearchIndex search;
  explicit LoadedContent(KnowledgeBase loaded) : kb(std::move(loaded)), search(kb) {}
};

// A result as the panel shows it: highlights and snippet are worked out
// only for the results on screen.
// A guided form on screen: the shopper's session and what the view shows
// around it.
struct FormScreen {
  std::optional<FormSession> session;
  bool begun = false;                      // past the "you will need" list
  std::vector<std::string> youWillNeed;
  std::map<std::string, std::string> errors;  // field id -> message, shown next to it
  int answersSerial = 0;  // bumped when answers change from outside the view (prefill, files, draft)
};

struct ShownResult {
  const Article* article = nullptr;
  search::Decoration decoration;
};

inline constexpr std::size_t kMaxShownResults = 20;
inline constexpr std::size_t kMaxRecentSearches = 5;
inline constexpr std::size_t kMaxForYou = 6;

struct AppState {
  std::string locale = "en";
  const UiStrings* strings = &uiStringsFor("en");

  ContentStatus status = ContentStatus::Loading;
  std::shared_ptr<const LoadedContent> content;  // last good content
  std::string problem;          // shown in the panel when loading failed
  std::string problemDetail;    // file:line:col: pointer: message

  Route route;
  std::vector<Route> history;   // routes to go back to
  // Which mirror control has the keyboard focus ("article:ID", "searchbox",
  // "field:ID"; empty when none): the canvas rings it.
  std::string focus;

  std::string query;
  search::SearchResponse response;
  std::vector<ShownResult> results;
  std::vector<std::string> completions;
  std::vector<std::string> recentSearches;  // newest first, kept in the browser
  std::size_t hintIndex = 0;                // which search hint the box shows

  // The first screen for this shopper: their context (never stored or
  // sent), the content's rules, and what those give right now.
  ShopperContext shopper;
  std::shared_ptr<const RuleSet> rules;
  Suggestions suggestions;
  std::vector<const Article*> forYou;  // popular articles, this shopper's first

  // Guided forms and the requests this browser sent.
  std::shared_ptr<const FormSet> forms;
  FormScreen form;
  std::vector<Block> answerBlocks;  // the open answer step's article or text
  Outbox outbox;
  std::string ticketEndpoint;

  // "Was this helpful?" under the open article.
  enum class Rating { Ask, Reasons, Thanked };
  Rating rating = Rating::Ask;

  std::vector<Block> articleBlocks;  // parsed body of the open article
  int scrollResetSerial = 0;         // bumped when the body should scroll to top

  const KnowledgeBase* kb() const { return content ? &content->kb : nullptr; }
  const SuggestionCard* findCard(const std::string& ruleId, const std::string& orderId) const {
    for (const SuggestionCard& card : suggestions.cards)
      if (card.ruleId == ruleId && card.orderId == orderId) return &card;
    return nullptr;
  }
  const Intent* currentIntent() const {
    if (route.view != View::Intent || !kb()) return nullptr;
    for (const Intent& intent : kb()->intents)
      if (intent.id == route.id) return &intent;
    return nullptr;
  }
  const std::string& searchHint() const {
    const KnowledgeBase* base = kb();
    if (base && !base->searchHints.empty()) return base->searchHints[hintIndex % base->searchHints.size()];
    if (base && !base->searchPlaceholder.empty()) return base->searchPlaceholder;
    return strings->searchHint;
  }
  // Results the engine is not sure of: the panel says so and offers a
  // person. Not when every word of a short query matched and the engine
  // asks which of several intents it means ("refund", "订单"): the query is
  // understood, only broad, and "not sure we have the answer" beside the
  // choices would contradict them. "Do you sell pizza" still gets the doubt.
  bool doubtsResults() const {
    if (response.confident || response.results.empty()) return false;
    const bool broadButUnderstood = !response.intents.empty() && response.results.front().coverage >= 0.999;
    return !broadButUnderstood;
  }
  const Article* currentArticle() const {
    return route.view == View::Article && kb() ? kb()->findArticle(route.id) : nullptr;
  }
};

}  // namespace hw
