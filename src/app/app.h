// The one App: owns the state, applies actions, talks to its Shell. No ImGui
// (views draw the state), no Emscripten (the shell brings the browser in).
#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/actions.h"
#include "app/app_state.h"
#include "app/content_swap.h"
#include "app/shell.h"
#include "core/events/event_builder.h"

namespace hw {

struct AppConfig {
  std::string kbUrl;           // where the knowledge base JSON lives
  // data-manifest: manifest.json of `helpkb build`, naming this locale's kb,
  // forms and rules (relative to it). When set, it wins over the three URLs.
  std::string manifestUrl;
  // data-refresh-after: on open, content older than this is checked again
  // (a conditional request: 304 when nothing changed); 0 = on every open,
  // negative = never.
  std::int64_t refreshAfterSeconds = 300;
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
  // `etag` is the answer's ETag header ("" when none); 304 has no body and
  // means the copy held is still current.
  void onFetched(int requestId, int httpStatus, std::string_view body,
                 std::string_view networkError, std::string_view etag = {});

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
  // Content rounds (content_loading.cpp): the manifest, then kb, forms and
  // rules; the set they form replaces the shown one whole, or not at all.
  void beginContentRound();
  bool onContentFetched(int requestId, int httpStatus, std::string_view body, std::string_view networkError,
                        std::string_view etag);
  void onManifest(int httpStatus, std::string_view body, std::string_view networkError, std::string_view etag);
  void fetchContentParts();
  void finishContentRound();
  void endContentRound();
  void restoreStoredContent();
  void installKnowledgeBase(KnowledgeBase kb);
  void keepPlaceAfterSwap();
  void storeHeldKnowledgeBase(bool textChanged);
  std::string contentKey() const {
    return "content:" + (m_config.manifestUrl.empty() ? m_config.kbUrl : m_config.manifestUrl + "#" + m_config.locale);
  }
  void runSearch();
  void rememberSearch();
  void storeRecentSearches();
  void useContext(const ParsedContext& parsed, const std::string& source);
  void refreshSuggestions();
  void maybeEmitOpen();
  void runSuggestion(const std::string& arg);
  // Every event goes to the page's listeners and, when configured, to analytics.
  void emitEvent(const std::string& name, const std::string& detailJson);
  void rateArticle(const std::string& arg);
  void recordPendingSearch();
  // Guided forms and tickets (app_forms.cpp).
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
  bool loadingAnything() const { return m_round.active || m_contextRequestId != 0; }

  Shell& m_shell;
  AppConfig m_config;
  AppState m_state;
  int m_nextRequestId = 1;
  int m_contextRequestId = 0;
  int m_filesRequestId = 0;
  std::string m_filesField;
  std::string m_pendingFormStart;
  // What the panel holds of each part (indexed by ContentPart): where it
  // came from, its ETag and its text, to tell an unchanged answer apart.
  struct HeldPart {
    std::string url;
    std::string etag;
    std::string text;
  };
  std::array<HeldPart, 3> m_held;
  // The last file of each part refused while a good one was shown: met
  // again (same URL and ETag or bytes), it fails quietly, reported once.
  struct RejectedPart {
    std::string url;
    std::string etag;
    std::size_t textHash = 0;
  };
  std::array<RejectedPart, 3> m_rejected;
  struct RoundPart {
    std::string url;  // "" = not in this set
    int requestId = 0;
    bool answered = false;
    bool sameFile = false;  // the same hashed file as held: immutable, not fetched
    bool knownBad = false;  // the file refused before: fails without a second report
    int status = 0;
    std::string body;
    std::string etag;
    std::string networkError;
  };
  struct ContentRound {
    bool active = false;
    int manifestRequestId = 0;
    std::string manifestEtag;  // taken over once the set it names is whole
    std::array<RoundPart, 3> parts;
  };
  ContentRound m_round;
  std::string m_manifestEtag;          // of the manifest whose set is shown
  std::int64_t m_contentCheckedAt = 0;  // when the last round began (unix seconds)
  bool m_started = false;
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
