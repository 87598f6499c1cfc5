// Turns what the panel does into events, applying the retailer's choices:
// which free text may be collected, whether the shopper must consent first,
// and what share of sessions is recorded. Owns the session's EventQueue.
// Pure C++: the session id, the sampling draw and every time come from the
// shell.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/events/event.h"
#include "core/events/event_queue.h"

namespace hw::events {

struct EventPolicy {
  bool collectQueries = false;   // data-collect-queries: keep search text (max 200 characters)
  bool collectComments = false;  // keep the comment of "not helpful" ratings
  double sampleRate = 1.0;       // data-events-sample: share of sessions recorded, 0..1
  bool consentRequired = false;  // data-consent="required": nothing until consent(true)
  EventQueueLimits queue;
  EventPrivacy privacy() const { return {collectQueries, collectComments}; }
};

// What every event of the session carries.
struct EventSession {
  std::string session;        // from sessionIdFromRandom()
  std::string locale;
  std::string widgetVersion;
  std::string page;           // any page address: reduced to its path
};

enum class RecordResult {
  Queued,
  NoConsent,   // consent is required and not (yet) given, or was withdrawn
  SampledOut,  // this session is not in the sample
  Invalid,     // the event breaks the rules (see lastErrors())
  Ignored,     // not an analytics event (ready, error)
};
const char* recordResultName(RecordResult result);

// 128 random bits from the shell as a session id: 32 lowercase hex digits.
std::string sessionIdFromRandom(std::uint64_t high, std::uint64_t low);

class EventBuilder {
 public:
  // `sampleDraw`: a uniform random number in [0, 1) drawn by the shell once
  // per session; the session is recorded when it is below sampleRate.
  EventBuilder(EventPolicy policy, EventSession session, double sampleDraw);

  // The shopper's answer to the consent prompt. false also empties the
  // queue: the shell then removes what it stored.
  void consent(bool granted);
  bool consentGiven() const { return m_consent; }
  bool sampledIn() const { return m_sampledIn; }
  bool recording() const { return m_sampledIn && m_consent; }

  // Records one event; `data` as in the schema. Free text the policy does
  // not collect (query, comment) is dropped, a too long query is cut to 200
  // characters; anything else wrong makes the event Invalid.
  RecordResult record(EventName name, nlohmann::json data, std::string_view at);

  // Records a panel event as the app emits it to host listeners (name and
  // detail JSON: search {query,results,confident}, article_view {id,category},
  // open {cards}, suggestion_click {rule,action,kind}, ...), mapping the
  // detail to the event's data. ready, error and unknown names are Ignored.
  RecordResult recordPanelEvent(std::string_view name, std::string_view detailJson,
                                std::string_view at);

  void setPage(std::string_view pageAddress);
  void setLocale(std::string locale) { m_session.locale = std::move(locale); }

  // Sending: see EventQueue. Empty batches while not recording.
  std::string takeBatch() { return m_queue.takeBatch(); }
  void onSent(bool ok) { m_queue.onSent(ok); }

  // What to keep in storage: "" means remove the stored copy (no consent,
  // sampled out, or nothing waiting).
  std::string storageText() const;
  // Takes back events stored by an earlier page (only while recording; they
  // are checked against today's policy). Returns the problems found.
  std::vector<std::string> restore(std::string_view stored);

  const EventQueue& queue() const { return m_queue; }
  const std::vector<ContentError>& lastErrors() const { return m_lastErrors; }
  const EventPolicy& policy() const { return m_policy; }
  const EventSession& session() const { return m_session; }

 private:
  EventPolicy m_policy;
  EventSession m_session;
  bool m_sampledIn = true;
  bool m_consent = true;
  EventQueue m_queue;
  std::vector<ContentError> m_lastErrors;
};

}  // namespace hw::events
