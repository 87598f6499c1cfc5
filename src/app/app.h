// The one App: owns the state, applies actions, talks to its Shell. No ImGui
// (views draw the state), no Emscripten (the shell brings the browser in).
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/actions.h"
#include "app/app_state.h"
#include "app/shell.h"
#include "core/events/event_builder.h"

namespace hw {

struct AppConfig {
  std::string kbUrl;           // where the knowledge base JSON lives
  std::string rulesUrl;        // suggestion rules for the first screen ("" = none)
  std::string contextUrl;      // the shop's same-origin URL for the shopper's orders
  std::string locale = "en";   // BCP 47 tag for the panel's own words
  std::string ticketEndpoint;  // where guided forms send their tickets
  std::string formsUrl;        // guided forms for this locale ("" = none)
  std::string pageUrl;         // the shop page, written into tickets
  std::string widgetVersion = "0.1.0";
  // Analytics (data-events-endpoint etc.): off without an endpoint.
  std::string eventsEndpoint;
  bool consentRequired = false;
  bool collectQueries = false;
  double eventsSample = 1.0;
  std::vector<std::string> recentSearches;  // as stored by the shell last time
};

inline constexpr const char* kRecentSearchesKey = "recent-searches";
inline constexpr const char* kOutboxKey = "outbox";
inline constexpr const char* kDraftKeyPrefix = "draft:";
inline constexpr const char* kEventsKey = "events";
inline constexpr std::size_t kMaxStoredContentBytes = 2u * 1024u * 1024u;

class App {
 public:
  App(Shell& shell, AppConfig config);

  // Starts loading content.
  void start();
  // A fetch finished: `httpStatus` 0 means the network failed before any
  // answer, with `networkError` saying why.
  void onFetched(int requestId, int httpStatus, std::string_view body,
                 std::string_view networkError);

  void dispatch(const Action& action);
  void applyAll(ActionList& actions);

  // Called after each drawn frame: publishes the accessibility mirror when
  // the view's content changed.
  void afterFrame();

  // The host page's shopper context (JSON text). Invalid parts are dropped
  // and reported once; "" or "null" forgets the shopper.
  void setContext(std::string_view contextJson);
  // The mirror's keyboard focus moved ("article:ID", "searchbox", "" for
  // none): the canvas rings that control.
  void setFocus(std::string_view focus);
  // The panel was opened: time has moved, the shop's context may have too.
  void opened();
  // The panel was closed (a form left half done is reported as abandoned).
  void closed();
  // Files the shopper picked: JSON [{id, name, type, size}] ("[]" = none).
  void onFilesPicked(int requestId, std::string_view filesJson);
  // The time asked for with wakeAfter has come: send what is due.
  void onTimer();
  // The browser is back online: every queued request is due now.
  void onOnline();
  // The page is being hidden or left: analytics events go out now.
  void flushEvents();
  // The shopper's answer to the shop's consent prompt (data-consent="required").
  void consent(bool granted);

  const AppState& state() const { return m_state; }

 private:
  void navigate(Route route, bool remember);
  void setQuery(std::string query);
  void reportProblem(const std::string& problem, const std::string& detail,
                     const std::string& errorJson);
  void useContent(std::string_view body, bool fromStorage = false);
  std::string contentKey() const { return "content:" + m_config.kbUrl; }
  void rememberSearch();
  void storeRecentSearches();
  void useRules(std::string_view body);
  void useContext(const ParsedContext& parsed, const std::string& source);
  void refreshSuggestions();
  void maybeEmitOpen();
  void runSuggestion(const std::string& arg);
  // Every event goes to the page's listeners and, when configured, to analytics.
  void emitEvent(const std::string& name, const std::string& detailJson);
  void rateArticle(const std::string& arg);
  void recordPendingSearch();
  // Guided forms and tickets (app_forms.cpp).
  void useForms(std::string_view body);
  void loadOutbox();
  void startForm(const std::string& argJson);
  void formAction(const Action& action);
  void afterFormChange();
  bool stepBackInForm();
  void submitForm();
  void sendDue();
  void storeOutbox();
  void onTicketAnswer(const std::string& reference, int httpStatus, std::string_view body,
                      std::string_view networkError);
  std::vector<OrderSummary> orderChoices() const;
  bool loadingAnything() const {
    return m_contentRequestId != 0 || m_rulesRequestId != 0 || m_contextRequestId != 0 ||
           m_formsRequestId != 0;
  }

  Shell& m_shell;
  AppConfig m_config;
  AppState m_state;
  int m_nextRequestId = 1;
  int m_contentRequestId = 0;
  int m_rulesRequestId = 0;
  int m_contextRequestId = 0;
  int m_formsRequestId = 0;
  int m_filesRequestId = 0;
  std::string m_filesField;
  std::string m_pendingFormStart;
  std::string m_contentText;  // the text of the content in use
  std::optional<events::EventBuilder> m_events;
  std::string m_pendingSearch;  // the latest search, recorded once the shopper moves on
  // An article or topic the page asked for before the content arrived.
  std::optional<Action> m_pendingOpen;
  std::map<int, std::string> m_ticketRequests;  // request id -> reference being sent
  std::int64_t m_contextFetchedAt = 0;
  bool m_openEventPending = false;
  bool m_outboxLoaded = false;
  std::vector<std::string> m_reportedContextIssues;  // each reported once
  bool m_readySent = false;
  std::string m_lastMirror;
};

}  // namespace hw
