// Events waiting to be sent, in batches small enough for navigator.sendBeacon
// (64 KB in browsers; we keep under 60 KB). Bounded in count and bytes: when
// full, the oldest events go and are counted. A state machine the shell
// drives: takeBatch() -> send -> onSent(ok); it stores toJson() (the web
// shell in localStorage) so that events survive a reload. Pure C++.
#pragma once
#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "core/events/event.h"

namespace hw::events {

struct EventQueueLimits {
  std::size_t maxBatchEvents = 50;
  std::size_t maxBatchBytes = 60 * 1024;      // the JSON array text of one batch
  std::size_t maxStoredEvents = 500;
  std::size_t maxStoredBytes = 200 * 1024;    // event texts together (localStorage is ~5 MB per origin, shared with the shop)
};

struct EventQueueLoad;

class EventQueue {
 public:
  explicit EventQueue(EventQueueLimits limits = {}) : m_limits(limits) {}

  // Adds an event (serialized now). If the queue is then over a cap, the
  // oldest events not in flight are dropped and counted.
  void push(const Event& event);

  // The next batch as JSON array text ("[{...},{...}]"), oldest first; ""
  // when nothing waits or a batch is already in flight.
  std::string takeBatch();
  // The shell's answer for the batch in flight: sent (sendBeacon returned
  // true, or fetch answered 2xx) drops it; not sent puts it back in front.
  void onSent(bool ok);

  // Adds `newer`'s events after these (its batch in flight waits again).
  void append(const EventQueue& newer);

  void clear();  // everything, including the batch in flight and the dropped count

  std::size_t size() const { return m_events.size(); }  // waiting + in flight
  std::size_t inFlight() const { return m_inFlight; }
  std::size_t dropped() const { return m_dropped; }     // lost to the caps since created or restored
  std::size_t storedBytes() const { return m_bytes; }
  bool empty() const { return m_events.empty(); }
  const EventQueueLimits& limits() const { return m_limits; }

  // {"version":1,"dropped":N,"events":[...]}; a batch in flight is included:
  // if the page goes away before its answer it is sent again (at least once).
  std::string toJson() const;
  // Restores stored text. Corrupt text gives an empty queue; invalid events
  // (also those breaking `privacy` now) are dropped; `problems` says what
  // happened. Caps apply.
  static EventQueueLoad fromJson(std::string_view stored, EventQueueLimits limits = {},
                                 const EventPrivacy& privacy = {});

 private:
  void pushText(std::string text);
  void enforceCaps();

  EventQueueLimits m_limits;
  std::deque<std::string> m_events;  // serialized events, oldest first
  std::size_t m_inFlight = 0;        // the first m_inFlight events are being sent
  std::size_t m_bytes = 0;
  std::size_t m_dropped = 0;
};

struct EventQueueLoad {
  EventQueue queue;
  std::vector<std::string> problems;  // empty when the stored text was sound
};

}  // namespace hw::events
