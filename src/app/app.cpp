// The App: applies actions to state and talks to the shell. No ImGui, no
// Emscripten.
#include "app/app.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "app/accessibility_mirror.h"
#include "core/i18n/string_catalog.h"

namespace hw {

using nlohmann::json;

App::App(Shell& shell, AppConfig config) : m_shell(shell), m_config(std::move(config)) {
  m_state.locale = m_config.locale;
  m_state.ticketEndpoint = m_config.ticketEndpoint;
  m_state.strings = &uiStringsFor(m_config.locale);
  if (!m_config.eventsEndpoint.empty()) {
    // One session id and one sampling draw per panel session, from the shell.
    std::uint64_t random[3] = {};
    m_shell.randomBytes(reinterpret_cast<std::uint8_t*>(random), sizeof random);
    events::EventPolicy policy;
    policy.collectQueries = m_config.collectQueries;
    policy.consentRequired = m_config.consentRequired;
    policy.sampleRate = m_config.eventsSample;
    const double draw = static_cast<double>(random[2] >> 11) / 9007199254740992.0;
    m_events.emplace(policy,
                     events::EventSession{events::sessionIdFromRandom(random[0], random[1]), m_config.locale,
                                          m_config.widgetVersion, m_config.pageUrl},
                     draw);
    m_events->restore(m_shell.load(kEventsKey));
  }
  // What the browser kept is input like any other: bounded and checked.
  for (const std::string& query : m_config.recentSearches)
    if (!query.empty() && query.size() <= 200 && m_state.recentSearches.size() < kMaxRecentSearches)
      m_state.recentSearches.push_back(query);
  // Strings this locale lacks show in English; said once per panel, here,
  // rather than each time a view reads them.
  const std::string missing = i18n::missingStringsMessage(i18n::builtinStrings(), m_config.locale);
  if (!missing.empty())
    m_shell.emit("error", json{{"code", "strings"},
                               {"source", i18n::builtinStrings().resolve(m_config.locale) + ".json"},
                               {"message", missing}}.dump());
}

void App::start() {
  if (m_config.kbUrl.empty() && m_config.manifestUrl.empty()) {
    m_state.status = ContentStatus::Failed;
    reportProblem(m_state.strings->loadFailed,
                  "The script tag has no data-manifest or data-kb attribute naming the help content URL.",
                  json{{"code", "config"}, {"message", "missing data-manifest or data-kb attribute"}}.dump());
    return;
  }
  m_started = true;
  if (!m_state.content) restoreStoredContent();
  beginContentRound();
  if (!m_outboxLoaded) {
    // Requests left waiting on an earlier page go out now.
    m_outboxLoaded = true;
    loadOutbox();
  }
  m_shell.requestFrame();
}

void App::onFetched(int requestId, int httpStatus, std::string_view body,
                    std::string_view networkError, std::string_view etag) {
  const bool ok = httpStatus >= 200 && httpStatus < 300;
  const auto failure = [&](const std::string& url) {
    return httpStatus == 0 ? std::string(networkError)
                           : fileNameOfUrl(url) + ": the server answered HTTP " + std::to_string(httpStatus);
  };
  if (auto ticket = m_ticketRequests.find(requestId); ticket != m_ticketRequests.end()) {
    const std::string reference = ticket->second;
    m_ticketRequests.erase(ticket);
    onTicketAnswer(reference, httpStatus, body, networkError);
    return;
  }
  if (requestId != 0 && requestId == m_contextRequestId) {
    m_contextRequestId = 0;
    if (ok) {
      useContext(parseShopperContextText(body), m_config.contextUrl);
    } else {
      emitEvent("error", json{{"code", "context"}, {"source", m_config.contextUrl},
                                 {"message", "shopper context not loaded: " + failure(m_config.contextUrl)}}.dump());
    }
    maybeEmitOpen();
    return;
  }
  onContentFetched(requestId, httpStatus, body, networkError, etag);
}

void App::emitEvent(const std::string& name, const std::string& detailJson) {
  m_shell.emit(name, detailJson);
  if (!m_events) return;
  // Analytics wants the query the shopper settled on, not every keystroke:
  // a search is held until something else happens (or the page goes).
  if (name == "search") {
    m_pendingSearch = detailJson;
    return;
  }
  recordPendingSearch();
  const Clock clock = m_shell.clock();
  if (m_events->recordPanelEvent(name, detailJson, formatIsoTime(clock.nowUnix, clock.offsetMinutes)) ==
      events::RecordResult::Queued)
    m_shell.store(kEventsKey, m_events->storageText());
}

void App::recordPendingSearch() {
  if (!m_events || m_pendingSearch.empty()) return;
  const Clock clock = m_shell.clock();
  m_events->recordPanelEvent("search", m_pendingSearch, formatIsoTime(clock.nowUnix, clock.offsetMinutes));
  m_pendingSearch.clear();
  m_shell.store(kEventsKey, m_events->storageText());
}

void App::flushEvents() {
  if (!m_events) return;
  recordPendingSearch();
  // Beacons are small by design: send batch after batch while the browser takes them.
  for (int batches = 0; batches < 20; ++batches) {
    const std::string batch = m_events->takeBatch();
    if (batch.empty()) break;
    const bool sent = m_shell.beacon(m_config.eventsEndpoint, batch);
    m_events->onSent(sent);
    if (!sent) break;
  }
  m_shell.store(kEventsKey, m_events->storageText());
}

void App::consent(bool granted) {
  if (!m_events) return;
  m_events->consent(granted);
  // Withdrawn consent also removes what was kept.
  m_shell.store(kEventsKey, m_events->storageText());
}

void App::rateArticle(const std::string& arg) {
  const Article* article = m_state.currentArticle();
  if (!article) return;
  if (arg == "yes") {
    m_state.rating = AppState::Rating::Thanked;
    emitEvent("article_rated", json{{"article", article->id}, {"helpful", true}}.dump());
  } else if (arg == "no") {
    m_state.rating = AppState::Rating::Reasons;
  } else if (arg.rfind("reason:", 0) == 0) {
    const std::string reason = arg.substr(7);
    if (reason != "outdated" && reason != "unclear" && reason != "not_my_problem" && reason != "other") return;
    m_state.rating = AppState::Rating::Thanked;
    emitEvent("article_rated", json{{"article", article->id}, {"helpful", false}, {"reason", reason}}.dump());
  }
  m_shell.requestFrame();
}

void App::setContext(std::string_view contextJson) {
  const bool forget = contextJson.find_first_not_of(" \t\r\n") == std::string_view::npos ||
                      contextJson == "null";
  useContext(forget ? ParsedContext{} : parseShopperContextText(contextJson), "setContext");
}

void App::useContext(const ParsedContext& parsed, const std::string& source) {
  // The host page may set the same context on every page view: report each
  // problem once, and never echo the shopper's values back.
  std::vector<ContextIssue> fresh;
  for (const ContextIssue& issue : parsed.issues) {
    const std::string key = issue.pointer + "\n" + issue.message;
    if (std::find(m_reportedContextIssues.begin(), m_reportedContextIssues.end(), key) !=
        m_reportedContextIssues.end())
      continue;
    m_reportedContextIssues.push_back(key);
    fresh.push_back(issue);
  }
  if (!fresh.empty()) {
    json problems = json::array();
    for (const ContextIssue& issue : fresh)
      problems.push_back({{"pointer", issue.pointer}, {"message", issue.message}});
    emitEvent("error", json{{"code", "context"},
                               {"source", source},
                               {"pointer", fresh.front().pointer},
                               {"message", fresh.front().message +
                                               (fresh.size() > 1 ? " (and " + std::to_string(fresh.size() - 1) + " more)" : "")},
                               {"problems", problems}}
                              .dump());
  }
  m_state.shopper = parsed.context;
  refreshSuggestions();
}

void App::setFocus(std::string_view focus) { m_state.focus = std::string(focus); }

void App::opened() {
  m_openEventPending = true;
  // A logged-in shopper's orders change while they browse: fetch them again
  // when the panel opens, at most once a minute.
  const Clock now = m_shell.clock();
  if (!m_config.contextUrl.empty() && m_contextRequestId == 0 &&
      (m_contextFetchedAt == 0 || now.nowUnix - m_contextFetchedAt >= 60)) {
    m_contextFetchedAt = now.nowUnix;
    m_contextRequestId = m_nextRequestId++;
    m_shell.fetch(m_contextRequestId, m_config.contextUrl, true, {});
  }
  // Content may have been published since it was fetched: look again when
  // it is older than the shop allows (a conditional request, so usually a
  // bodiless 304).
  if (m_started && !m_round.active && m_config.refreshAfterSeconds >= 0 &&
      now.nowUnix - m_contentCheckedAt >= m_config.refreshAfterSeconds)
    beginContentRound();
  refreshSuggestions();
  maybeEmitOpen();
}

void App::refreshSuggestions() {
  const KnowledgeBase* kb = m_state.kb();
  m_state.suggestions = m_state.rules ? suggestFor(*m_state.rules, m_state.shopper, m_shell.clock(),
                                                   m_state.locale, kb)
                                      : Suggestions{};
  m_state.forYou.clear();
  if (kb) {
    // This shopper's likely questions first, then the shop's popular ones.
    std::vector<std::pair<double, const Article*>> boosted;
    for (const auto& [id, boost] : m_state.suggestions.boosts.articleBoosts)
      if (const Article* article = kb->findArticle(id)) boosted.emplace_back(boost, article);
    std::stable_sort(boosted.begin(), boosted.end(), [](const auto& a, const auto& b) {
      return a.first > b.first || (a.first == b.first && a.second->id < b.second->id);
    });
    auto add = [&](const Article* article) {
      if (m_state.forYou.size() < kMaxForYou &&
          std::find(m_state.forYou.begin(), m_state.forYou.end(), article) == m_state.forYou.end())
        m_state.forYou.push_back(article);
    };
    for (const auto& entry : boosted) add(entry.second);
    for (const Article* article : kb->popularArticles()) add(article);
  }
  m_shell.requestFrame();
}

// "open" says which cards the shopper saw, so it waits until content,
// rules and the shop's context have answered.
void App::maybeEmitOpen() {
  if (!m_openEventPending || loadingAnything()) return;
  m_openEventPending = false;
  json cards = json::array();
  for (const SuggestionCard& card : m_state.suggestions.cards) cards.push_back(card.ruleId);
  emitEvent("open", json{{"cards", cards}, {"content", m_state.content ? "ok" : "failed"}}.dump());
}

void App::runSuggestion(const std::string& arg) {
  // RULE:ACTION:ORDER; ids cannot hold ':', order ids may.
  const std::size_t first = arg.find(':');
  const std::size_t second = first == std::string::npos ? first : arg.find(':', first + 1);
  if (second == std::string::npos) return;
  const SuggestionCard* card = m_state.findCard(arg.substr(0, first), arg.substr(second + 1));
  if (!card) return;
  const std::string actionId = arg.substr(first + 1, second - first - 1);
  const auto found = std::find_if(card->actions.begin(), card->actions.end(),
                                  [&](const CardAction& a) { return a.id == actionId; });
  if (found == card->actions.end()) return;
  const CardAction action = *found;  // the card may change below
  static constexpr const char* kKinds[] = {"track", "article", "form", "search", "contact"};
  emitEvent("suggestion_click", json{{"rule", card->ruleId},
                                        {"action", action.id},
                                        {"kind", kKinds[static_cast<int>(action.kind)]}}
                                       .dump());
  switch (action.kind) {
    case ActionKind::Track: dispatch({Action::Kind::OpenExternal, action.url}); break;
    case ActionKind::Form: {
      // The form, prefilled with the order; without forms, the article that answers it.
      if (m_state.forms && m_state.forms->find(action.formId)) {
        json prefill = json::object();
        for (const auto& [key, value] : action.prefill) prefill[key] = value;
        startForm(json{{"form", action.formId}, {"prefill", prefill}, {"source", "suggestion"}}.dump());
      } else {
        dispatch({Action::Kind::OpenArticle, action.articleId});
      }
      break;
    }
    case ActionKind::Article: dispatch({Action::Kind::OpenArticle, action.articleId}); break;
    case ActionKind::Search: dispatch({Action::Kind::SetQuery, action.query}); break;
    case ActionKind::Contact: dispatch({Action::Kind::Contact, {}}); break;
  }
}

void App::reportProblem(const std::string& problem, const std::string& detail,
                        const std::string& errorJson) {
  // With good content already showing, keep it: the problem is reported to
  // the page, and the shopper goes on using what they have, undisturbed.
  if (!m_state.content) {
    m_state.status = ContentStatus::Failed;
    m_state.problem = problem;
    m_state.problemDetail = detail;
  }
  emitEvent("error", errorJson);
}

void App::navigate(Route route, bool remember) {
  if (remember && !(route == m_state.route)) m_state.history.push_back(m_state.route);
  // Each return home shows the next search hint.
  if (route.view == View::Home && m_state.route.view != View::Home) ++m_state.hintIndex;
  m_state.route = std::move(route);
  m_state.articleBlocks.clear();
  if (const Article* article = m_state.currentArticle()) {
    m_state.rating = AppState::Rating::Ask;
    m_state.articleBlocks = parseMarkdown(article->body);
    emitEvent("article_view", json{{"id", article->id}, {"category", article->category}}.dump());
  }
  ++m_state.scrollResetSerial;
  m_shell.requestFrame();
}

void App::setQuery(std::string query) {
  m_state.query = std::move(query);
  const bool empty = m_state.query.find_first_not_of(" \t\r\n") == std::string::npos;
  m_state.results.clear();
  m_state.completions.clear();
  if (empty || !m_state.content) {
    m_state.response = {};
    if (m_state.route.view == View::SearchResults) navigate(Route{}, false);
    return;
  }
  runSearch();
  if (m_state.route.view != View::SearchResults) {
    navigate(Route{View::SearchResults, {}}, true);
  } else {
    ++m_state.scrollResetSerial;
    m_shell.requestFrame();
  }
  emitEvent("search", json{{"query", m_state.query},
                              {"results", m_state.response.totalMatches},
                              {"confident", m_state.response.confident}}
                             .dump());
}

// Results for the query in m_state over the content in use, without moving.
void App::runSearch() {
  m_state.results.clear();
  m_state.completions.clear();
  if (!m_state.content) return;
  const search::SearchIndex& index = m_state.content->search;
  search::SearchOptions options;
  options.limit = kMaxShownResults;
  // The shopper's orders lift the articles their cards point to.
  if (!m_state.suggestions.boosts.articleBoosts.empty()) options.context = &m_state.suggestions.boosts;
  m_state.response = index.search(m_state.query, options);
  for (const search::SearchResult& result : m_state.response.results)
    m_state.results.push_back({result.article, index.decorate(*result.article, m_state.response)});
  if (!m_state.response.partialPrefix.empty()) m_state.completions = index.complete(m_state.query, 3);
}

// A search that led the shopper to an article is worth offering again.
void App::rememberSearch() {
  std::string query = m_state.query;
  const std::size_t first = query.find_first_not_of(" \t");
  if (first == std::string::npos) return;
  query = query.substr(first, query.find_last_not_of(" \t") - first + 1);
  auto& recent = m_state.recentSearches;
  recent.erase(std::remove(recent.begin(), recent.end(), query), recent.end());
  recent.insert(recent.begin(), query);
  if (recent.size() > kMaxRecentSearches) recent.resize(kMaxRecentSearches);
  storeRecentSearches();
}

void App::storeRecentSearches() {
  m_shell.store(kRecentSearchesKey, json(m_state.recentSearches).dump());
}

void App::dispatch(const Action& action) {
  const KnowledgeBase* kb = m_state.kb();
  switch (action.kind) {
    case Action::Kind::OpenCategory:
      if (kb && kb->findCategory(action.arg)) navigate(Route{View::Category, action.arg}, true);
      break;
    case Action::Kind::OpenArticle:
      if (!kb) m_pendingOpen = action;
      if (kb && kb->findArticle(action.arg)) {
        if (m_state.route.view == View::SearchResults || m_state.route.view == View::Intent) rememberSearch();
        if (m_state.route.view == View::SearchResults)
          for (std::size_t i = 0; i < m_state.results.size(); ++i)
            if (m_state.results[i].article->id == action.arg)
              emitEvent("search_result_click", json{{"article", action.arg}, {"position", i + 1}}.dump());
        navigate(Route{View::Article, action.arg}, true);
      }
      break;
    case Action::Kind::OpenIntent:
      if (kb) {
        for (const Intent& intent : kb->intents)
          if (intent.id == action.arg) navigate(Route{View::Intent, action.arg}, true);
        // Without content intents, the choices offered are categories.
        if (kb->intents.empty() && kb->findCategory(action.arg))
          navigate(Route{View::Category, action.arg}, true);
      }
      break;
    case Action::Kind::ClearRecent:
      m_state.recentSearches.clear();
      storeRecentSearches();
      m_shell.requestFrame();
      break;
    case Action::Kind::Contact:
      emitEvent("contact", json{{"query", m_state.query.empty() ? json() : json(m_state.query)}}.dump());
      if (kb && kb->findArticle("contact-us")) navigate(Route{View::Article, "contact-us"}, true);
      break;
    case Action::Kind::OpenExternal:
      if (classifyLink(action.arg) == LinkKind::External) m_shell.openExternal(action.arg);
      break;
    case Action::Kind::SetQuery:
      if (action.arg != m_state.query) setQuery(action.arg);
      break;
    case Action::Kind::Back:
      if (m_state.route.view == View::Form && stepBackInForm()) break;
      if (m_state.history.empty()) {
        navigate(Route{}, false);
      } else {
        Route previous = m_state.history.back();
        m_state.history.pop_back();
        navigate(previous, false);
      }
      // Going back from results to home also leaves the search.
      if (m_state.route.view != View::SearchResults && m_state.route.view != View::Article &&
          m_state.route.view != View::Intent && !m_state.query.empty())
        setQuery({});
      break;
    case Action::Kind::Home:
      m_state.history.clear();
      setQuery({});
      navigate(Route{}, false);
      break;
    case Action::Kind::Close:
      m_shell.requestClose();
      break;
    case Action::Kind::Retry:
      start();
      break;
    case Action::Kind::Suggestion:
      runSuggestion(action.arg);
      break;
    case Action::Kind::StartForm:
      startForm(action.arg);
      break;
    case Action::Kind::RateArticle:
      rateArticle(action.arg);
      break;
    case Action::Kind::OpenRequests:
      navigate(Route{View::Requests, {}}, true);
      break;
    case Action::Kind::FormBegin:
    case Action::Kind::FormAnswer:
    case Action::Kind::FormNext:
    case Action::Kind::FormBack:
    case Action::Kind::FormSolved:
    case Action::Kind::FormEdit:
    case Action::Kind::FormSubmit:
    case Action::Kind::PickFiles:
      formAction(action);
      break;
  }
}

void App::applyAll(ActionList& actions) {
  // Take the list first: an action may lead to more actions being queued.
  ActionList pending;
  pending.swap(actions);
  for (const Action& action : pending) dispatch(action);
}

void App::afterFrame() {
  std::string mirror = buildMirrorJson(m_state);
  if (mirror == m_lastMirror) return;
  m_lastMirror = std::move(mirror);
  m_shell.publishMirror(m_lastMirror);
}

}  // namespace hw
