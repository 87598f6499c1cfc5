// The outbox: submitted tickets waiting to reach the retailer's endpoint,
// and the record of those that did ("My requests"). A state machine the
// shell drives: it sends what due() lists, reports each answer with
// onResult(), and stores toJson() (the web shell in localStorage) after each
// change. Pure C++: times and random jitter come from the caller.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/tickets/ticket.h"

namespace hw {

enum class OutboxState {
  Queued,     // waiting for its (next) attempt
  Sending,    // handed to the network; the answer has not come back
  Delivered,  // the endpoint answered 2xx (first delivery or replay)
  Rejected,   // the endpoint answered 4xx: kept with its answers, never retried
};
const char* outboxStateName(OutboxState state);

enum class SendOutcome {
  Delivered,  // 2xx, including 200 for a replayed Idempotency-Key
  Rejected,   // 4xx: the request itself is wrong; resending cannot help
  Retryable,  // 5xx, 408, 429, timeout, network error, offline
};

struct SendResult {
  SendOutcome outcome = SendOutcome::Retryable;
  std::string reason;  // "HTTP 503", "offline", the endpoint's 4xx "error" text...
  std::optional<std::int64_t> retryAfterMs;  // from Retry-After: waits at least this (capped)
};

struct OutboxEntry {
  std::string reference;  // also the Idempotency-Key
  std::string formId;
  std::string createdAt;
  OutboxState state = OutboxState::Queued;
  std::optional<Ticket> ticket;  // dropped once delivered: only the summary is kept
  int attempts = 0;              // sends started
  std::int64_t queuedAt = 0;     // Unix ms
  std::int64_t nextAttemptAt = 0;
  std::int64_t updatedAt = 0;
  std::string lastError;  // why the last attempt failed or was rejected
};

// One row of the shopper's "My requests" list.
struct RequestSummary {
  std::string reference;
  std::string formId;
  std::string createdAt;
  OutboxState state = OutboxState::Queued;
  std::string lastError;
};

struct OutboxPolicy {
  std::int64_t firstRetryMs = 2000;    // delay after the first failure
  std::int64_t maxRetryMs = 300000;    // no wait grows beyond 5 minutes
  std::size_t maxPending = 50;         // queued + sending
  std::size_t maxFinished = 20;        // delivered + rejected kept for "My requests"
};

enum class EnqueueResult {
  Queued,
  Duplicate,  // this reference is already in the outbox: ignored
  Invalid,    // the ticket breaks the ticket rules (see validateTicket)
  Full,       // maxPending tickets are already waiting
};

struct OutboxLoad;

class Outbox {
 public:
  explicit Outbox(OutboxPolicy policy = {}) : m_policy(policy) {}

  EnqueueResult enqueue(const Ticket& ticket, std::int64_t nowMs);

  // References to send now (queued and due), oldest first.
  std::vector<std::string> due(std::int64_t nowMs) const;

  // The shell starts a send: false if the reference is not queued.
  bool markSending(std::string_view reference, std::int64_t nowMs);

  // The answer for a send. `randomJitter` is 32 random bits from the shell,
  // spreading retries so that many widgets coming back online do not send at
  // the same instant. False if the reference is unknown or already finished.
  bool onResult(std::string_view reference, const SendResult& result, std::int64_t nowMs,
                std::uint32_t randomJitter);

  // The browser came back online: every queued ticket is due now.
  void retryNow(std::int64_t nowMs);

  // Drops an entry (e.g. a rejected request the shopper dismissed).
  bool discard(std::string_view reference);

  // When the shell should wake up to send again; nothing when no ticket waits.
  std::optional<std::int64_t> nextWakeAt() const;

  // The body to send for a queued or sending entry ("" otherwise).
  std::string payload(std::string_view reference) const;

  const OutboxEntry* find(std::string_view reference) const;
  const std::vector<OutboxEntry>& entries() const { return m_entries; }
  std::vector<RequestSummary> requests() const;  // newest first
  std::size_t pendingCount() const;

  // The wait before attempt `failures` + 1: firstRetryMs doubled per failure,
  // plus up to half again of random jitter, never above maxRetryMs.
  std::int64_t retryDelayMs(int failures, std::uint32_t randomJitter) const;

  std::string toJson() const;
  // Restores a stored outbox. Corrupt text gives an empty outbox; broken
  // entries are dropped; either way `problems` says what happened. Entries
  // stored while "sending" are queued again and due at once: the send may or
  // may not have arrived, and the Idempotency-Key makes resending safe.
  static OutboxLoad fromJson(std::string_view stored, OutboxPolicy policy = {});

 private:
  OutboxEntry* findMutable(std::string_view reference);
  void pruneFinished();

  OutboxPolicy m_policy;
  std::vector<OutboxEntry> m_entries;  // in enqueue order
};

struct OutboxLoad {
  Outbox outbox;
  std::vector<std::string> problems;  // empty when the stored text was sound
};

}  // namespace hw
