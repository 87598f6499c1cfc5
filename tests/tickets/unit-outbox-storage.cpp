// Tests for storing the outbox: round trip, reload mid-send, corrupt text.
#include <catch_amalgamated.hpp>

#include "tickets/ticket_samples.h"

#include "core/tickets/outbox.h"

using namespace hw;
using nlohmann::json;

namespace {

constexpr std::int64_t kNow = 1'790'000'000'000;

Outbox reload(const Outbox& outbox) {
  OutboxLoad loaded = Outbox::fromJson(outbox.toJson());
  for (const auto& problem : loaded.problems) FAIL_CHECK(problem);
  return std::move(loaded.outbox);
}

}  // namespace

TEST_CASE("a stored outbox comes back as it was", "[tickets][outbox][storage]") {
  Outbox outbox;
  const Ticket queued = test::fullTicket(1), failed = test::minimalTicket(2),
               done = test::minimalTicket(3), refused = test::minimalTicket(4);
  for (const Ticket* t : {&queued, &failed, &done, &refused}) outbox.enqueue(*t, kNow);
  outbox.markSending(failed.reference, kNow);
  outbox.onResult(failed.reference, {SendOutcome::Retryable, "offline", std::nullopt}, kNow, 7);
  outbox.markSending(done.reference, kNow);
  outbox.onResult(done.reference, {SendOutcome::Delivered, "HTTP 201", std::nullopt}, kNow + 5, 0);
  outbox.markSending(refused.reference, kNow);
  outbox.onResult(refused.reference, {SendOutcome::Rejected, "bad", std::nullopt}, kNow + 6, 0);

  const Outbox back = reload(outbox);
  REQUIRE(back.entries().size() == 4);
  for (std::size_t i = 0; i < 4; ++i) {
    const OutboxEntry& a = outbox.entries()[i];
    const OutboxEntry& b = back.entries()[i];
    CHECK(a.reference == b.reference);
    CHECK(a.formId == b.formId);
    CHECK(a.createdAt == b.createdAt);
    CHECK(a.state == b.state);
    CHECK(a.attempts == b.attempts);
    CHECK(a.queuedAt == b.queuedAt);
    CHECK(a.nextAttemptAt == b.nextAttemptAt);
    CHECK(a.updatedAt == b.updatedAt);
    CHECK(a.lastError == b.lastError);
    CHECK(a.ticket.has_value() == b.ticket.has_value());
    if (a.ticket) CHECK(serializeTicket(*a.ticket) == serializeTicket(*b.ticket));
  }
  CHECK(back.toJson() == outbox.toJson());
  const json stored = json::parse(outbox.toJson());
  CHECK(stored["version"] == 1);
  CHECK(stored["entries"][2]["state"] == "delivered");
  CHECK_FALSE(stored["entries"][2].contains("ticket"));
}

TEST_CASE("a reload in the middle of a send queues the ticket again", "[tickets][outbox][storage]") {
  Outbox outbox;
  const Ticket ticket = test::fullTicket();
  outbox.enqueue(ticket, kNow);
  outbox.markSending(ticket.reference, kNow + 1);
  const std::string stored = outbox.toJson();  // the page closes here
  OutboxLoad loaded = Outbox::fromJson(stored);
  CHECK(loaded.problems.empty());
  const OutboxEntry* entry = loaded.outbox.find(ticket.reference);
  REQUIRE(entry != nullptr);
  CHECK(entry->state == OutboxState::Queued);
  CHECK(entry->attempts == 1);
  CHECK(loaded.outbox.due(kNow + 2) == std::vector<std::string>{ticket.reference});
  // Same reference, same body: the endpoint's Idempotency-Key dedupes it.
  CHECK(loaded.outbox.payload(ticket.reference) == serializeTicket(ticket));
}

TEST_CASE("corrupt storage starts an empty outbox and says why", "[tickets][outbox][storage]") {
  const char* corrupt[] = {"{", " ", "null", "[]", "{\"version\":2,\"entries\":[]}",
                           "{\"version\":1,\"entries\":{}}", "\xFF\xFE",
                           "{\"version\":1}"};
  for (const char* text : corrupt) {
    INFO(text);
    OutboxLoad loaded = Outbox::fromJson(text);
    CHECK(loaded.outbox.entries().empty());
    CHECK(loaded.problems.size() == 1);
  }
  // Nothing saved yet is not a problem.
  CHECK(Outbox::fromJson("").problems.empty());
  CHECK(Outbox::fromJson("{\"version\":1,\"entries\":[]}").problems.empty());
}

TEST_CASE("broken entries are dropped one by one, the rest survive", "[tickets][outbox][storage]") {
  Outbox outbox;
  outbox.enqueue(test::fullTicket(1), kNow);
  outbox.enqueue(test::minimalTicket(2), kNow);
  json stored = json::parse(outbox.toJson());
  json good = stored["entries"][1];
  json entries = json::array({stored["entries"][0], good});
  entries[0]["ticket"]["answers"]["x"] = nullptr;  // invalid ticket
  json wrongState = good;
  wrongState["state"] = "lost";
  json noReference = good;
  noReference.erase("reference");
  json mismatch = good;
  mismatch["reference"] = test::sampleReference(77);
  json badAttempts = good;
  badAttempts["attempts"] = "three";
  json duplicate = good;
  for (const json& e : {wrongState, noReference, mismatch, badAttempts, json(42), duplicate}) entries.push_back(e);
  stored["entries"] = entries;
  OutboxLoad loaded = Outbox::fromJson(stored.dump());
  REQUIRE(loaded.outbox.entries().size() == 1);
  CHECK(loaded.outbox.entries()[0].reference == test::minimalTicket(2).reference);
  CHECK(loaded.problems.size() == 7);
}
