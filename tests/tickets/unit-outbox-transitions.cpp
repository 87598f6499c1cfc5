// Tests for the outbox state machine: enqueue, send, answers, duplicates.
#include <catch_amalgamated.hpp>

#include "tickets/ticket_samples.h"

#include "core/tickets/outbox.h"

using namespace hw;

namespace {

constexpr std::int64_t kNow = 1'790'000'000'000;  // Unix ms

SendResult delivered() { return {SendOutcome::Delivered, "HTTP 201", std::nullopt}; }
SendResult rejected(std::string reason) { return {SendOutcome::Rejected, std::move(reason), std::nullopt}; }

}  // namespace

TEST_CASE("an enqueued ticket is due at once and carries its JSON", "[tickets][outbox]") {
  Outbox outbox;
  const Ticket ticket = test::fullTicket();
  REQUIRE(outbox.enqueue(ticket, kNow) == EnqueueResult::Queued);
  const OutboxEntry* entry = outbox.find(ticket.reference);
  REQUIRE(entry != nullptr);
  CHECK(entry->state == OutboxState::Queued);
  CHECK(entry->formId == "wrong-item");
  CHECK(entry->createdAt == ticket.createdAt);
  CHECK(outbox.due(kNow) == std::vector<std::string>{ticket.reference});
  CHECK(outbox.payload(ticket.reference) == serializeTicket(ticket));
  CHECK(outbox.nextWakeAt() == kNow);
  CHECK(outbox.pendingCount() == 1);
}

TEST_CASE("a second enqueue of the same reference is ignored", "[tickets][outbox]") {
  Outbox outbox;
  Ticket ticket = test::fullTicket();
  REQUIRE(outbox.enqueue(ticket, kNow) == EnqueueResult::Queued);
  ticket.answers["description"] = std::string("changed");
  CHECK(outbox.enqueue(ticket, kNow + 5) == EnqueueResult::Duplicate);
  CHECK(outbox.entries().size() == 1);
  CHECK(outbox.payload(ticket.reference) == serializeTicket(test::fullTicket()));
  // Also once it is delivered: a double tap on "Send" never makes two tickets.
  outbox.markSending(ticket.reference, kNow);
  outbox.onResult(ticket.reference, delivered(), kNow + 10, 0);
  CHECK(outbox.enqueue(ticket, kNow + 20) == EnqueueResult::Duplicate);
  CHECK(outbox.entries().size() == 1);
}

TEST_CASE("invalid tickets are not queued, and the queue has a cap", "[tickets][outbox]") {
  Outbox outbox(OutboxPolicy{2000, 300000, 3, 20});
  Ticket bad = test::minimalTicket();
  bad.formId = "";
  CHECK(outbox.enqueue(bad, kNow) == EnqueueResult::Invalid);
  CHECK(outbox.entries().empty());
  for (std::uint8_t seed = 10; seed < 13; ++seed)
    CHECK(outbox.enqueue(test::minimalTicket(seed), kNow) == EnqueueResult::Queued);
  CHECK(outbox.enqueue(test::minimalTicket(13), kNow) == EnqueueResult::Full);
  CHECK(outbox.pendingCount() == 3);
}

TEST_CASE("sending, then delivered: only the summary is kept", "[tickets][outbox]") {
  Outbox outbox;
  const Ticket ticket = test::fullTicket();
  outbox.enqueue(ticket, kNow);
  REQUIRE(outbox.markSending(ticket.reference, kNow + 1));
  CHECK(outbox.find(ticket.reference)->state == OutboxState::Sending);
  CHECK(outbox.find(ticket.reference)->attempts == 1);
  CHECK(outbox.due(kNow + 1).empty());      // not sent twice at once
  CHECK_FALSE(outbox.markSending(ticket.reference, kNow + 2));
  CHECK_FALSE(outbox.nextWakeAt().has_value());  // waiting for the answer, not a timer
  REQUIRE(outbox.onResult(ticket.reference, delivered(), kNow + 300, 0));
  const OutboxEntry* entry = outbox.find(ticket.reference);
  CHECK(entry->state == OutboxState::Delivered);
  CHECK_FALSE(entry->ticket.has_value());  // the answers leave the browser's storage
  CHECK(entry->updatedAt == kNow + 300);
  CHECK(outbox.payload(ticket.reference).empty());
  CHECK(outbox.pendingCount() == 0);
  // A late duplicate answer changes nothing.
  CHECK_FALSE(outbox.onResult(ticket.reference, rejected("late"), kNow + 400, 0));
  CHECK(outbox.find(ticket.reference)->state == OutboxState::Delivered);
}

TEST_CASE("a rejected ticket keeps its answers and is never retried", "[tickets][outbox]") {
  Outbox outbox;
  const Ticket ticket = test::fullTicket();
  outbox.enqueue(ticket, kNow);
  outbox.markSending(ticket.reference, kNow);
  REQUIRE(outbox.onResult(ticket.reference, rejected("/answers/email: is not an e-mail address"),
                          kNow + 100, 0));
  const OutboxEntry* entry = outbox.find(ticket.reference);
  CHECK(entry->state == OutboxState::Rejected);
  CHECK(entry->lastError == "/answers/email: is not an e-mail address");
  REQUIRE(entry->ticket.has_value());
  CHECK(entry->ticket->answers == ticket.answers);
  CHECK(outbox.due(kNow + 10'000'000).empty());
  outbox.retryNow(kNow + 20'000'000);
  CHECK(outbox.due(kNow + 20'000'000).empty());
  CHECK_FALSE(outbox.nextWakeAt().has_value());
  CHECK(outbox.discard(ticket.reference));
  CHECK(outbox.entries().empty());
}

TEST_CASE("results for unknown references are refused", "[tickets][outbox]") {
  Outbox outbox;
  CHECK_FALSE(outbox.markSending("HW-000-000-000", kNow));
  CHECK_FALSE(outbox.onResult("HW-000-000-000", delivered(), kNow, 0));
  CHECK_FALSE(outbox.discard("HW-000-000-000"));
  CHECK(outbox.find("HW-000-000-000") == nullptr);
}

TEST_CASE("My requests lists newest first and caps finished entries", "[tickets][outbox]") {
  Outbox outbox(OutboxPolicy{2000, 300000, 50, 3});
  for (std::uint8_t seed = 1; seed <= 5; ++seed) {
    const Ticket ticket = test::minimalTicket(seed);
    outbox.enqueue(ticket, kNow + seed);
    outbox.markSending(ticket.reference, kNow + seed);
    outbox.onResult(ticket.reference, delivered(), kNow + 100 + seed, 0);
  }
  const Ticket waiting = test::minimalTicket(9);
  outbox.enqueue(waiting, kNow + 200);
  const auto rows = outbox.requests();
  REQUIRE(rows.size() == 4);  // 3 finished kept + 1 waiting
  CHECK(rows[0].reference == waiting.reference);
  CHECK(rows[0].state == OutboxState::Queued);
  CHECK(rows[1].reference == test::minimalTicket(5).reference);
  CHECK(rows[3].reference == test::minimalTicket(3).reference);
  CHECK(rows[1].formId == "contact");
  CHECK(outbox.find(test::minimalTicket(1).reference) == nullptr);
  CHECK(std::string(outboxStateName(OutboxState::Delivered)) == "delivered");
}
