// Everything the panel shows, in one value the views draw from. No ImGui,
// no Emscripten.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "core/knowledge_base.h"
#include "core/markdown.h"
#include "core/token_search.h"
#include "core/ui_strings.h"

namespace hw {

enum class View { Home, Category, SearchResults, Article };
enum class ContentStatus { Loading, Ready, Failed };

struct Route {
  View view = View::Home;
  std::string id;  // category id or article id
  bool operator==(const Route& other) const { return view == other.view && id == other.id; }
};

// Content that loaded and validated, kept together so a hit never outlives
// the articles it points into.
struct LoadedContent {
  KnowledgeBase kb;
  TokenSearch search;
  explicit LoadedContent(KnowledgeBase loaded) : kb(std::move(loaded)), search(kb) {}
};

struct AppState {
  std::string locale = "en";
  const UiStrings* strings = &uiStringsFor("en");

  ContentStatus status = ContentStatus::Loading;
  std::shared_ptr<const LoadedContent> content;  // last good content
  std::string problem;          // shown in the panel when loading failed
  std::string problemDetail;    // file:line:col: pointer: message

  Route route;
  std::vector<Route> history;   // routes to go back to

  std::string query;
  std::vector<SearchHit> results;

  std::vector<Block> articleBlocks;  // parsed body of the open article
  int scrollResetSerial = 0;         // bumped when the body should scroll to top

  const KnowledgeBase* kb() const { return content ? &content->kb : nullptr; }
  const Article* currentArticle() const {
    return route.view == View::Article && kb() ? kb()->findArticle(route.id) : nullptr;
  }
};

}  // namespace hw
