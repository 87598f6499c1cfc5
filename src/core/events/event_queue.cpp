#include "core/events/event_queue.h"

#include "core/json_document.h"

namespace hw::events {

using nlohmann::json;

void EventQueue::push(const Event& event) { pushText(serializeEvent(event)); }

void EventQueue::pushText(std::string text) {
  // An event that could never fit in a batch would block the queue forever.
  if (text.size() + 2 > m_limits.maxBatchBytes || text.size() > m_limits.maxStoredBytes) {
    ++m_dropped;
    return;
  }
  m_bytes += text.size();
  m_events.push_back(std::move(text));
  enforceCaps();
}

void EventQueue::enforceCaps() {
  // The batch in flight is most likely delivered already: drop the oldest
  // waiting events instead, but never the one just added.
  while ((m_events.size() > m_limits.maxStoredEvents || m_bytes > m_limits.maxStoredBytes) &&
         m_events.size() > m_inFlight + 1) {
    m_bytes -= m_events[m_inFlight].size();
    m_events.erase(m_events.begin() + static_cast<std::ptrdiff_t>(m_inFlight));
    ++m_dropped;
  }
}

std::string EventQueue::takeBatch() {
  if (m_inFlight > 0 || m_events.empty()) return {};
  std::string batch = "[";
  std::size_t count = 0;
  while (count < m_events.size() && count < m_limits.maxBatchEvents) {
    const std::string& text = m_events[count];
    // +1 for the comma or the closing bracket.
    if (count > 0 && batch.size() + 1 + text.size() + 1 > m_limits.maxBatchBytes) break;
    if (count > 0) batch += ',';
    batch += text;
    ++count;
  }
  batch += ']';
  m_inFlight = count;
  return batch;
}

void EventQueue::onSent(bool ok) {
  if (m_inFlight == 0) return;
  if (ok) {
    for (std::size_t i = 0; i < m_inFlight; ++i) m_bytes -= m_events[i].size();
    m_events.erase(m_events.begin(), m_events.begin() + static_cast<std::ptrdiff_t>(m_inFlight));
    m_inFlight = 0;
    return;
  }
  // Back in front, in order; now they are the oldest waiting events.
  m_inFlight = 0;
  enforceCaps();
}

void EventQueue::append(const EventQueue& newer) {
  for (const std::string& text : newer.m_events) pushText(text);
  m_dropped += newer.m_dropped;
}

void EventQueue::clear() {
  m_events.clear();
  m_inFlight = 0;
  m_bytes = 0;
  m_dropped = 0;
}

std::string EventQueue::toJson() const {
  std::string out = "{\"version\":1,\"dropped\":" + std::to_string(m_dropped) + ",\"events\":[";
  for (std::size_t i = 0; i < m_events.size(); ++i) {
    if (i > 0) out += ',';
    out += m_events[i];
  }
  out += "]}";
  return out;
}

EventQueueLoad EventQueue::fromJson(std::string_view stored, EventQueueLimits limits,
                                    const EventPrivacy& privacy) {
  EventQueueLoad load{EventQueue(limits), {}};
  if (stored.empty()) return load;
  JsonLimits jsonLimits;
  jsonLimits.maxBytes = 4 * limits.maxStoredBytes + 4096;
  jsonLimits.maxDepth = 10;
  const Loaded<json> parsed = parseJsonDocument(stored, "stored events", jsonLimits);
  if (!parsed.ok()) {
    load.problems.push_back("stored events are not readable JSON (" +
                            parsed.errors.front().describe() + "); starting empty");
    return load;
  }
  const json& root = parsed.value;
  const auto version = root.is_object() ? root.find("version") : root.end();
  const auto events = root.is_object() ? root.find("events") : root.end();
  if (!root.is_object() || version == root.end() || *version != 1 || events == root.end() ||
      !events->is_array()) {
    load.problems.push_back("stored events are not a version 1 event queue; starting empty");
    return load;
  }
  for (std::size_t i = 0; i < events->size(); ++i) {
    Loaded<Event> event = eventFromJson((*events)[i], privacy, 1);
    if (!event.ok()) {
      load.problems.push_back("stored event " + std::to_string(i) + " dropped: " +
                              event.errors.front().pointer + ": " + event.errors.front().message);
      continue;
    }
    load.queue.push(event.value);
  }
  const auto dropped = root.find("dropped");
  if (dropped != root.end() && dropped->is_number_unsigned())
    load.queue.m_dropped += dropped->get<std::size_t>();
  return load;
}

}  // namespace hw::events
