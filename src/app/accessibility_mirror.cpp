// Accessibility mirror description. No ImGui, no Emscripten.
#include "app/accessibility_mirror.h"

#include <nlohmann/json.hpp>

#include "core/markdown.h"

namespace hw {

using nlohmann::json;

namespace {

const char* viewName(View view) {
  switch (view) {
    case View::Home: return "home";
    case View::Category: return "category";
    case View::SearchResults: return "search";
    case View::Article: return "article";
    case View::Intent: return "intent";
  }
  return "home";
}

json articleItem(const Article& article, const std::string& detail = {}) {
  return {{"label", article.title}, {"detail", detail}, {"action", "article:" + article.id}};
}

}  // namespace

std::string buildMirrorJson(const AppState& state) {
  const UiStrings& s = *state.strings;
  json mirror = {{"view", viewName(state.route.view)}, {"heading", ""}, {"status", ""},
                 {"live", ""}, {"items", json::array()}, {"text", ""}};
  json& items = mirror["items"];
  const KnowledgeBase* kb = state.kb();

  if (!kb) {
    mirror["view"] = state.status == ContentStatus::Failed ? "error" : "loading";
    mirror["heading"] = s.panelTitle;
    mirror["status"] = state.status == ContentStatus::Failed ? state.problem : s.loading;
    mirror["text"] = state.problemDetail;
    return mirror.dump();
  }
  if (!state.problem.empty()) mirror["status"] = state.problem;

  switch (state.route.view) {
    case View::Home: {
      mirror["heading"] = kb->title.empty() ? s.panelTitle : kb->title;
      const Customer& customer = state.shopper.customer;
      const std::string& name = customer.firstName.empty() ? customer.name : customer.firstName;
      mirror["greeting"] = name.empty() ? s.greetingAnonymous : formatString(s.greeting, {{"name", name}});
      json cards = json::array();
      for (const SuggestionCard& card : state.suggestions.cards) {
        json actions = json::array();
        for (const CardAction& action : card.actions)
          actions.push_back({{"label", action.label},
                             {"action", "suggestion:" + card.ruleId + ":" + action.id + ":" + card.orderId}});
        cards.push_back({{"rule", card.ruleId},
                         {"name", formatString(s.yourOrder, {{"order_id", card.orderId}})},
                         {"status", card.status},
                         {"title", card.title},
                         {"text", card.text},
                         {"actions", actions}});
      }
      mirror["cards"] = cards;
      for (const std::string& query : state.recentSearches)
        items.push_back({{"label", query}, {"detail", s.recentHeading}, {"action", "query:" + query}});
      for (const Article* article : state.forYou) items.push_back(articleItem(*article));
      for (const Category& category : kb->categories)
        items.push_back({{"label", category.title},
                         {"detail", category.description},
                         {"action", "category:" + category.id}});
      break;
    }
    case View::Category: {
      const Category* category = kb->findCategory(state.route.id);
      mirror["heading"] = category ? category->title : "";
      for (const Article* article : kb->articlesIn(state.route.id))
        items.push_back(articleItem(*article));
      break;
    }
    case View::SearchResults: {
      const search::SearchResponse& response = state.response;
      const std::string count = std::to_string(response.totalMatches);
      mirror["heading"] = state.query;
      std::string live = state.results.empty()
                             ? formatString(s.noResults, {{"query", state.query}})
                             : formatString(s.resultsCount, {{"count", count}, {"query", state.query}});
      if (!response.intents.empty()) live += " " + s.intentsPrompt;
      mirror["live"] = live;
      mirror["status"] = response.confident || state.results.empty() ? "" : s.notSure;
      for (const search::IntentChoice& intent : response.intents)
        items.push_back({{"label", intent.label}, {"detail", s.intentsPrompt}, {"action", "intent:" + intent.id}});
      if (!response.didYouMean.empty())
        items.push_back({{"label", formatString(s.didYouMean, {{"query", response.didYouMean}})},
                         {"detail", ""},
                         {"action", "query:" + response.didYouMean}});
      for (const ShownResult& result : state.results)
        items.push_back(articleItem(*result.article, result.decoration.snippet));
      if (!response.confident) items.push_back({{"label", s.contactSupport}, {"detail", ""}, {"action", "contact"}});
      break;
    }
    case View::Intent:
      if (const Intent* intent = state.currentIntent()) {
        mirror["heading"] = intent->label;
        for (const std::string& id : intent->articles)
          if (const Article* article = kb->findArticle(id)) items.push_back(articleItem(*article));
      }
      break;
    case View::Article:
      if (const Article* article = state.currentArticle()) {
        mirror["heading"] = article->title;
        mirror["text"] = markdownToPlainText(article->body);
        for (const Block& block : state.articleBlocks)
          for (const Span& span : block.spans)
            if (span.link == LinkKind::Article)
              if (const Article* linked = kb->findArticle(span.target))
                items.push_back(articleItem(*linked));
      }
      break;
  }
  return mirror.dump();
}

}  // namespace hw
