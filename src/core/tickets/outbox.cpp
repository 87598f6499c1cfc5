// The outbox state machine and its stored form. Pure C++: nlohmann/json
// without exceptions, so stored values are type-checked before use.
#include "core/tickets/outbox.h"

#include <algorithm>

#include "core/json_document.h"
#include "core/tickets/reference.h"

namespace hw {

using nlohmann::json;

namespace {

constexpr int kStoreVersion = 1;

bool isPending(OutboxState state) {
  return state == OutboxState::Queued || state == OutboxState::Sending;
}

std::optional<OutboxState> stateFromName(std::string_view name) {
  for (OutboxState state : {OutboxState::Queued, OutboxState::Sending, OutboxState::Delivered,
                            OutboxState::Rejected})
    if (name == outboxStateName(state)) return state;
  return std::nullopt;
}

std::optional<std::int64_t> integerMember(const json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_number_integer()) return std::nullopt;
  return it->get<std::int64_t>();
}

std::optional<std::string> stringMember(const json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

// One stored entry, or the reason it cannot be used.
std::optional<OutboxEntry> entryFromJson(const json& value, std::string& problem) {
  if (!value.is_object()) {
    problem = "is not an object";
    return std::nullopt;
  }
  OutboxEntry entry;
  const auto reference = stringMember(value, "reference");
  const auto formId = stringMember(value, "form_id");
  const auto createdAt = stringMember(value, "created_at");
  const auto stateName = stringMember(value, "state");
  const auto attempts = integerMember(value, "attempts");
  const auto queuedAt = integerMember(value, "queued_at");
  const auto nextAttemptAt = integerMember(value, "next_attempt_at");
  const auto updatedAt = integerMember(value, "updated_at");
  if (!reference || !isCanonicalReference(*reference)) {
    problem = "has no valid reference";
    return std::nullopt;
  }
  const auto state = stateName ? stateFromName(*stateName) : std::nullopt;
  if (!formId || !createdAt || !state || !attempts || *attempts < 0 || *attempts > 1000000 ||
      !queuedAt || !nextAttemptAt || !updatedAt) {
    problem = "has missing or malformed members";
    return std::nullopt;
  }
  entry.reference = *reference;
  entry.formId = *formId;
  entry.createdAt = *createdAt;
  entry.state = *state;
  entry.attempts = static_cast<int>(*attempts);
  entry.queuedAt = *queuedAt;
  entry.nextAttemptAt = *nextAttemptAt;
  entry.updatedAt = *updatedAt;
  entry.lastError = stringMember(value, "last_error").value_or("");
  if (entry.state != OutboxState::Delivered) {
    const auto it = value.find("ticket");
    if (it == value.end()) {
      problem = "has lost its ticket";
      return std::nullopt;
    }
    Loaded<Ticket> ticket = ticketFromJson(*it, 1);
    if (!ticket.ok()) {
      problem = "holds an invalid ticket (" + ticket.errors[0].pointer + ": " +
                ticket.errors[0].message + ")";
      return std::nullopt;
    }
    if (ticket.value.reference != entry.reference) {
      problem = "holds a ticket with another reference";
      return std::nullopt;
    }
    entry.ticket = std::move(ticket.value);
  }
  // The page went away mid-send: whether it arrived is unknown, and the
  // Idempotency-Key makes sending it again safe.
  if (entry.state == OutboxState::Sending) {
    entry.state = OutboxState::Queued;
    entry.nextAttemptAt = std::min(entry.nextAttemptAt, entry.updatedAt);
  }
  return entry;
}

}  // namespace

const char* outboxStateName(OutboxState state) {
  switch (state) {
    case OutboxState::Queued: return "queued";
    case OutboxState::Sending: return "sending";
    case OutboxState::Delivered: return "delivered";
    case OutboxState::Rejected: return "rejected";
  }
  return "queued";
}

EnqueueResult Outbox::enqueue(const Ticket& ticket, std::int64_t nowMs) {
  if (find(ticket.reference)) return EnqueueResult::Duplicate;
  if (!validateTicket(ticket).empty()) return EnqueueResult::Invalid;
  if (pendingCount() >= m_policy.maxPending) return EnqueueResult::Full;
  OutboxEntry entry;
  entry.reference = ticket.reference;
  entry.formId = ticket.formId;
  entry.createdAt = ticket.createdAt;
  entry.ticket = ticket;
  entry.queuedAt = nowMs;
  entry.nextAttemptAt = nowMs;
  entry.updatedAt = nowMs;
  m_entries.push_back(std::move(entry));
  return EnqueueResult::Queued;
}

std::vector<std::string> Outbox::due(std::int64_t nowMs) const {
  std::vector<std::string> out;
  for (const OutboxEntry& entry : m_entries)
    if (entry.state == OutboxState::Queued && entry.nextAttemptAt <= nowMs)
      out.push_back(entry.reference);
  return out;
}

bool Outbox::markSending(std::string_view reference, std::int64_t nowMs) {
  OutboxEntry* entry = findMutable(reference);
  if (!entry || entry->state != OutboxState::Queued) return false;
  entry->state = OutboxState::Sending;
  ++entry->attempts;
  entry->updatedAt = nowMs;
  return true;
}

bool Outbox::onResult(std::string_view reference, const SendResult& result, std::int64_t nowMs,
                      std::uint32_t randomJitter) {
  OutboxEntry* entry = findMutable(reference);
  if (!entry || !isPending(entry->state)) return false;
  entry->updatedAt = nowMs;
  switch (result.outcome) {
    case SendOutcome::Delivered:
      entry->state = OutboxState::Delivered;
      entry->ticket.reset();
      entry->lastError.clear();
      pruneFinished();
      return true;
    case SendOutcome::Rejected:
      entry->state = OutboxState::Rejected;
      entry->lastError = result.reason;
      pruneFinished();
      return true;
    case SendOutcome::Retryable: {
      std::int64_t delay = retryDelayMs(std::max(entry->attempts, 1), randomJitter);
      if (result.retryAfterMs)
        delay = std::max(delay, std::min(*result.retryAfterMs, m_policy.maxRetryMs));
      entry->state = OutboxState::Queued;
      entry->lastError = result.reason;
      entry->nextAttemptAt = nowMs + delay;
      return true;
    }
  }
  return false;
}

void Outbox::retryNow(std::int64_t nowMs) {
  for (OutboxEntry& entry : m_entries)
    if (entry.state == OutboxState::Queued) entry.nextAttemptAt = std::min(entry.nextAttemptAt, nowMs);
}

bool Outbox::discard(std::string_view reference) {
  const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                               [&](const OutboxEntry& e) { return e.reference == reference; });
  if (it == m_entries.end()) return false;
  m_entries.erase(it);
  return true;
}

std::optional<std::int64_t> Outbox::nextWakeAt() const {
  std::optional<std::int64_t> earliest;
  for (const OutboxEntry& entry : m_entries)
    if (entry.state == OutboxState::Queued && (!earliest || entry.nextAttemptAt < *earliest))
      earliest = entry.nextAttemptAt;
  return earliest;
}

std::string Outbox::payload(std::string_view reference) const {
  const OutboxEntry* entry = find(reference);
  if (!entry || !isPending(entry->state) || !entry->ticket) return {};
  return serializeTicket(*entry->ticket);
}

const OutboxEntry* Outbox::find(std::string_view reference) const {
  for (const OutboxEntry& entry : m_entries)
    if (entry.reference == reference) return &entry;
  return nullptr;
}

OutboxEntry* Outbox::findMutable(std::string_view reference) {
  return const_cast<OutboxEntry*>(static_cast<const Outbox*>(this)->find(reference));
}

std::vector<RequestSummary> Outbox::requests() const {
  std::vector<RequestSummary> rows;
  for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it)
    rows.push_back({it->reference, it->formId, it->createdAt, it->state, it->lastError});
  // Newest first; entries are in enqueue order already, reversed above, and
  // a stable sort keeps that order for equal times.
  std::stable_sort(rows.begin(), rows.end(), [&](const RequestSummary& a, const RequestSummary& b) {
    return find(a.reference)->queuedAt > find(b.reference)->queuedAt;
  });
  return rows;
}

std::size_t Outbox::pendingCount() const {
  return static_cast<std::size_t>(std::count_if(
      m_entries.begin(), m_entries.end(), [](const OutboxEntry& e) { return isPending(e.state); }));
}

std::int64_t Outbox::retryDelayMs(int failures, std::uint32_t randomJitter) const {
  const int doublings = std::clamp(failures - 1, 0, 30);
  const std::int64_t nominal =
      std::min(m_policy.maxRetryMs, m_policy.firstRetryMs << std::min(doublings, 20));
  const std::int64_t jitter = ((nominal / 2) * static_cast<std::int64_t>(randomJitter)) >> 32;
  return std::min(m_policy.maxRetryMs, nominal + jitter);
}

void Outbox::pruneFinished() {
  for (;;) {
    std::size_t finished = 0;
    auto oldest = m_entries.end();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
      if (isPending(it->state)) continue;
      ++finished;
      if (oldest == m_entries.end() || it->updatedAt < oldest->updatedAt) oldest = it;
    }
    if (finished <= m_policy.maxFinished) return;
    m_entries.erase(oldest);
  }
}

std::string Outbox::toJson() const {
  json entries = json::array();
  for (const OutboxEntry& entry : m_entries) {
    json e = {{"reference", entry.reference},     {"form_id", entry.formId},
              {"created_at", entry.createdAt},    {"state", outboxStateName(entry.state)},
              {"attempts", entry.attempts},       {"queued_at", entry.queuedAt},
              {"next_attempt_at", entry.nextAttemptAt}, {"updated_at", entry.updatedAt}};
    if (!entry.lastError.empty()) e["last_error"] = entry.lastError;
    if (entry.ticket) e["ticket"] = ticketToJson(*entry.ticket);
    entries.push_back(std::move(e));
  }
  const json root = {{"version", kStoreVersion}, {"entries", std::move(entries)}};
  return root.dump(-1, ' ', false, json::error_handler_t::replace);
}

OutboxLoad Outbox::fromJson(std::string_view stored, OutboxPolicy policy) {
  OutboxLoad load{Outbox(policy), {}};
  if (stored.empty()) return load;  // nothing saved yet
  JsonLimits limits;
  limits.maxBytes = 64u * 1024u * 1024u;
  Loaded<json> document = parseJsonDocument(stored, "outbox", limits);
  if (!document.ok()) {
    load.problems.push_back("the stored outbox is unreadable (" + document.errors[0].message +
                            "); starting empty");
    return load;
  }
  const json& root = document.value;
  const auto version = root.is_object() ? integerMember(root, "version") : std::nullopt;
  const auto entries = root.is_object() ? root.find("entries") : root.end();
  if (!version || *version != kStoreVersion || entries == root.end() || !entries->is_array()) {
    load.problems.push_back("the stored outbox has an unknown shape; starting empty");
    return load;
  }
  for (std::size_t i = 0; i < entries->size(); ++i) {
    std::string problem;
    auto entry = entryFromJson((*entries)[i], problem);
    if (entry && load.outbox.find(entry->reference)) problem = "repeats a reference";
    if (!problem.empty()) {
      load.problems.push_back("stored entry " + std::to_string(i) + " " + problem + "; dropped");
      continue;
    }
    load.outbox.m_entries.push_back(std::move(*entry));
  }
  return load;
}

}  // namespace hw
