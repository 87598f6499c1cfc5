// Tests for retries: exponential backoff with jitter, its bounds, the
// Retry-After hint and coming back online.
#include <catch_amalgamated.hpp>

#include "tickets/ticket_samples.h"

#include "core/tickets/outbox.h"

using namespace hw;

namespace {

constexpr std::int64_t kNow = 1'790'000'000'000;

SendResult failure(std::string reason = "HTTP 503") {
  return {SendOutcome::Retryable, std::move(reason), std::nullopt};
}

}  // namespace

TEST_CASE("the retry delay doubles from 2 s with bounded jitter and stops at 5 min",
          "[tickets][outbox][retry]") {
  const Outbox outbox;
  std::int64_t previousMin = 0;
  for (int failures = 1; failures <= 40; ++failures) {
    const std::int64_t nominal = std::min<std::int64_t>(300000, 2000ll << std::min(failures - 1, 20));
    const std::int64_t low = outbox.retryDelayMs(failures, 0);
    const std::int64_t high = outbox.retryDelayMs(failures, 0xFFFFFFFFu);
    CHECK(low == nominal);
    CHECK(high >= low);
    CHECK(high <= std::min<std::int64_t>(300000, nominal + nominal / 2));
    CHECK(low >= previousMin);
    previousMin = low;
    for (std::uint32_t jitter : {0x1u, 0x7FFFFFFFu, 0xDEADBEEFu}) {
      const std::int64_t delay = outbox.retryDelayMs(failures, jitter);
      CHECK(delay >= low);
      CHECK(delay <= high);
    }
  }
  CHECK(outbox.retryDelayMs(1, 0) == 2000);
  CHECK(outbox.retryDelayMs(2, 0) == 4000);
  CHECK(outbox.retryDelayMs(1, 0xFFFFFFFFu) < 3000);
  CHECK(outbox.retryDelayMs(9, 0) == 300000);
  CHECK(outbox.retryDelayMs(1000, 0xFFFFFFFFu) == 300000);
  CHECK(outbox.retryDelayMs(0, 0) == 2000);  // never below the first delay
}

TEST_CASE("retryable failures requeue with growing waits", "[tickets][outbox][retry]") {
  Outbox outbox;
  const Ticket ticket = test::fullTicket();
  outbox.enqueue(ticket, kNow);
  std::int64_t now = kNow;
  std::int64_t lastWait = 0;
  for (int attempt = 1; attempt <= 12; ++attempt) {
    REQUIRE(outbox.due(now) == std::vector<std::string>{ticket.reference});
    REQUIRE(outbox.markSending(ticket.reference, now));
    REQUIRE(outbox.onResult(ticket.reference, failure(attempt % 2 ? "offline" : "timeout"), now,
                            0x80000000u));
    const OutboxEntry* entry = outbox.find(ticket.reference);
    CHECK(entry->state == OutboxState::Queued);
    CHECK(entry->attempts == attempt);
    CHECK(entry->ticket.has_value());
    const std::int64_t wait = entry->nextAttemptAt - now;
    CHECK(wait == outbox.retryDelayMs(attempt, 0x80000000u));
    CHECK(wait >= lastWait);
    CHECK(wait <= 300000);
    CHECK(outbox.due(now + wait - 1).empty());
    CHECK(outbox.nextWakeAt() == now + wait);
    lastWait = wait;
    now += wait;
  }
  CHECK(lastWait == 300000);
  outbox.markSending(ticket.reference, now);
  outbox.onResult(ticket.reference, {SendOutcome::Delivered, "HTTP 200", std::nullopt}, now, 0);
  CHECK(outbox.find(ticket.reference)->state == OutboxState::Delivered);
}

TEST_CASE("Retry-After is honoured as a minimum, within the cap", "[tickets][outbox][retry]") {
  Outbox outbox;
  const Ticket ticket = test::fullTicket();
  outbox.enqueue(ticket, kNow);
  outbox.markSending(ticket.reference, kNow);
  outbox.onResult(ticket.reference, {SendOutcome::Retryable, "HTTP 429", 60000}, kNow, 0);
  CHECK(outbox.find(ticket.reference)->nextAttemptAt == kNow + 60000);
  CHECK(outbox.find(ticket.reference)->lastError == "HTTP 429");
  outbox.markSending(ticket.reference, kNow + 60000);
  outbox.onResult(ticket.reference, {SendOutcome::Retryable, "HTTP 503", 86400000}, kNow + 60000, 0);
  CHECK(outbox.find(ticket.reference)->nextAttemptAt == kNow + 60000 + 300000);
}

TEST_CASE("coming back online makes every queued ticket due at once", "[tickets][outbox][retry]") {
  Outbox outbox;
  const Ticket a = test::minimalTicket(1), b = test::minimalTicket(2);
  outbox.enqueue(a, kNow);
  outbox.enqueue(b, kNow + 1);
  for (const Ticket* t : {&a, &b}) {
    outbox.markSending(t->reference, kNow + 2);
    outbox.onResult(t->reference, failure("offline"), kNow + 2, 0xFFFFFFFFu);
  }
  CHECK(outbox.due(kNow + 3).empty());
  outbox.retryNow(kNow + 10);
  CHECK(outbox.due(kNow + 10) == std::vector<std::string>{a.reference, b.reference});
  CHECK(outbox.nextWakeAt() == kNow + 10);
}
