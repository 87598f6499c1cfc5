#include "core/events/event_builder.h"

#include <cmath>

#include "core/events/event_fields.h"
#include "core/json_document.h"

namespace hw::events {

using nlohmann::json;

namespace {

// The panel's detail objects predate this model: rename what differs and
// derive what is missing. Fields the model does not know stay and make the
// event invalid, so a new detail field is noticed rather than leaked.
std::optional<std::pair<EventName, json>> fromPanelDetail(std::string_view name, json detail) {
  const std::optional<EventName> event = eventNameFromText(name);
  if (!event || !detail.is_object()) return std::nullopt;
  switch (*event) {
    case EventName::Open: detail.erase("content"); break;
    case EventName::Contact: detail.erase("query"); break;  // free text, never here
    // Host listeners get the reference, the ticket and whether a draft was
    // resumed; analytics keeps ids and counts only.
    case EventName::FormStart: detail.erase("resumed"); break;
    case EventName::FormSubmit:
    case EventName::TicketQueued:
    case EventName::TicketDelivered:
      detail.erase("reference");
      detail.erase("ticket");
      break;
    case EventName::ArticleView:
      if (detail.contains("id") && !detail.contains("article")) {
        detail["article"] = detail["id"];
        detail.erase("id");
      }
      break;
    case EventName::Search:
      if (!detail.contains("zero_results")) {
        const auto results = wholeNumber(detail.value("results", json()));
        if (results) detail["zero_results"] = *results == 0;
      }
      break;
    default: break;
  }
  return std::make_pair(*event, std::move(detail));
}

}  // namespace

const char* recordResultName(RecordResult result) {
  switch (result) {
    case RecordResult::Queued: return "queued";
    case RecordResult::NoConsent: return "no_consent";
    case RecordResult::SampledOut: return "sampled_out";
    case RecordResult::Invalid: return "invalid";
    case RecordResult::Ignored: return "ignored";
  }
  return "invalid";
}

std::string sessionIdFromRandom(std::uint64_t high, std::uint64_t low) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(32, '0');
  for (int i = 0; i < 16; ++i) {
    out[15 - i] = kHex[(high >> (4 * i)) & 0xF];
    out[31 - i] = kHex[(low >> (4 * i)) & 0xF];
  }
  return out;
}

EventBuilder::EventBuilder(EventPolicy policy, EventSession session, double sampleDraw)
    : m_policy(std::move(policy)), m_session(std::move(session)), m_queue(m_policy.queue) {
  double rate = m_policy.sampleRate;
  if (!std::isfinite(rate) || rate < 0) rate = 0;
  if (rate > 1) rate = 1;
  m_policy.sampleRate = rate;
  // rate 1 records every session whatever the draw; rate 0 none.
  m_sampledIn = rate >= 1 || (std::isfinite(sampleDraw) && sampleDraw < rate);
  m_consent = !m_policy.consentRequired;
  setPage(m_session.page);
}

void EventBuilder::consent(bool granted) {
  m_consent = granted;
  if (!granted) m_queue.clear();
}

void EventBuilder::setPage(std::string_view pageAddress) { m_session.page = pagePath(pageAddress); }

RecordResult EventBuilder::record(EventName name, json data, std::string_view at) {
  m_lastErrors.clear();
  if (!m_consent) return RecordResult::NoConsent;
  if (!m_sampledIn) return RecordResult::SampledOut;
  if (!data.is_object()) data = json::object();
  // Free text is removed here, before anything else sees it.
  if (name == EventName::Search && data.contains("query")) {
    const json& query = data["query"];
    if (!m_policy.collectQueries || !query.is_string()) {
      data.erase("query");
    } else {
      std::string text = query.get<std::string>();
      const std::size_t first = text.find_first_not_of(" \t\r\n");
      text = first == std::string::npos ? std::string()
                                        : text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
      if (text.empty()) data.erase("query");
      else data["query"] = truncateChars(text, event_limits::kMaxQueryChars);
    }
  }
  if (name == EventName::ArticleRated && data.contains("comment")) {
    const json& comment = data["comment"];
    if (!m_policy.collectComments || !comment.is_string() || comment.get_ref<const std::string&>().empty())
      data.erase("comment");
    else
      data["comment"] = truncateChars(comment.get<std::string>(), event_limits::kMaxCommentChars);
  }
  Event event;
  event.name = name;
  event.at = std::string(at);
  event.session = m_session.session;
  event.locale = m_session.locale;
  event.widgetVersion = m_session.widgetVersion;
  event.page = m_session.page;
  event.data = std::move(data);
  Loaded<Event> checked = eventFromJson(eventToJson(event), m_policy.privacy());
  if (!checked.ok()) {
    m_lastErrors = std::move(checked.errors);
    return RecordResult::Invalid;
  }
  m_queue.push(checked.value);
  return RecordResult::Queued;
}

RecordResult EventBuilder::recordPanelEvent(std::string_view name, std::string_view detailJson,
                                            std::string_view at) {
  json detail = json::parse(detailJson.begin(), detailJson.end(), nullptr, false);
  if (detail.is_discarded()) detail = json::object();
  auto mapped = fromPanelDetail(name, std::move(detail));
  if (!mapped) return RecordResult::Ignored;
  return record(mapped->first, std::move(mapped->second), at);
}

std::string EventBuilder::storageText() const {
  if (!recording() || m_queue.empty()) return {};
  return m_queue.toJson();
}

std::vector<std::string> EventBuilder::restore(std::string_view stored) {
  if (!recording()) return {};
  EventQueueLoad load = EventQueue::fromJson(stored, m_policy.queue, m_policy.privacy());
  // Stored events are older than anything recorded on this page: they go first.
  load.queue.append(m_queue);
  m_queue = std::move(load.queue);
  return load.problems;
}

}  // namespace hw::events
