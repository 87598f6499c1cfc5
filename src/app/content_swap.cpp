// Content set swap decisions. Pure: no I/O, no ImGui.
#include "app/content_swap.h"

#include <algorithm>

namespace hw {

std::string fileNameOfUrl(std::string_view url) {
  const std::string_view path = url.substr(0, url.find_first_of("?#"));
  const std::size_t slash = path.find_last_of('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

bool setReplacesShown(const std::array<PartState, 3>& parts) {
  return std::none_of(parts.begin(), parts.end(), [](const PartState& part) {
    return part.held && part.outcome == PartOutcome::Failed;
  });
}

namespace {

bool stillThere(const Route& route, const KnowledgeBase& kb) {
  switch (route.view) {
    case View::Article: return kb.findArticle(route.id) != nullptr;
    case View::Category: return kb.findCategory(route.id) != nullptr;
    case View::Intent:
      return std::any_of(kb.intents.begin(), kb.intents.end(),
                         [&](const Intent& intent) { return intent.id == route.id; });
    case View::Home:
    case View::SearchResults:
    case View::Form:
    case View::Receipt:
    case View::Requests: return true;
  }
  return false;
}

}  // namespace

Route routeAfterSwap(const Route& current, const KnowledgeBase& next) {
  return stillThere(current, next) ? current : Route{};
}

std::vector<Route> historyAfterSwap(const std::vector<Route>& history, const KnowledgeBase& next) {
  std::vector<Route> kept;
  for (const Route& route : history)
    if (stillThere(route, next) && (kept.empty() || !(kept.back() == route))) kept.push_back(route);
  return kept;
}

}  // namespace hw
