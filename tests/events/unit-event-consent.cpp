// Consent: when the retailer requires it, nothing is queued or stored
// before the shopper agrees, and withdrawing it empties the queue.
#include <catch_amalgamated.hpp>

#include "events/builder_fixture.h"

using namespace hw;
using namespace hw::events;
using nlohmann::json;

namespace {
EventPolicy consentRequired() {
  EventPolicy policy;
  policy.consentRequired = true;
  return policy;
}
}  // namespace

TEST_CASE("without required consent, events are recorded at once", "[events][consent]") {
  EventBuilder builder = test::makeBuilder();
  CHECK(builder.consentGiven());
  CHECK(builder.recording());
  CHECK(builder.record(EventName::Close, json::object(), test::tick(1)) == RecordResult::Queued);
  CHECK(builder.queue().size() == 1);
}

TEST_CASE("before consent nothing is queued, sent or stored", "[events][consent]") {
  EventBuilder builder = test::makeBuilder(consentRequired());
  CHECK_FALSE(builder.consentGiven());
  CHECK_FALSE(builder.recording());
  CHECK(builder.record(EventName::Open, {{"cards", json::array()}}, test::tick(1)) == RecordResult::NoConsent);
  CHECK(builder.recordPanelEvent("close", "{}", test::tick(2)) == RecordResult::NoConsent);
  CHECK(builder.queue().empty());
  CHECK(builder.takeBatch().empty());
  CHECK(builder.storageText().empty());
  // Events stored by an earlier page are not taken back either.
  EventBuilder earlier = test::makeBuilder();
  earlier.record(EventName::Close, json::object(), test::tick(3));
  CHECK(builder.restore(earlier.storageText()).empty());
  CHECK(builder.queue().empty());
}

TEST_CASE("after consent events flow; what happened before is not recorded", "[events][consent]") {
  EventBuilder builder = test::makeBuilder(consentRequired());
  builder.record(EventName::Open, {{"cards", json::array()}}, test::tick(1));
  builder.consent(true);
  CHECK(builder.recording());
  CHECK(builder.record(EventName::Close, json::object(), test::tick(2)) == RecordResult::Queued);
  const json sent = test::sendAll(builder);
  REQUIRE(sent.size() == 1);
  CHECK(sent[0]["event"] == "close");
}

TEST_CASE("withdrawing consent clears the queue and the stored copy", "[events][consent]") {
  EventBuilder builder = test::makeBuilder(consentRequired());
  builder.consent(true);
  builder.record(EventName::Open, {{"cards", json::array()}}, test::tick(1));
  builder.record(EventName::Close, json::object(), test::tick(2));
  CHECK_FALSE(builder.storageText().empty());
  const std::string batch = builder.takeBatch();  // one batch in flight too
  CHECK_FALSE(batch.empty());
  builder.consent(false);
  CHECK(builder.queue().empty());
  CHECK(builder.storageText().empty());
  CHECK(builder.takeBatch().empty());
  builder.onSent(false);  // the late answer changes nothing
  CHECK(builder.queue().empty());
  CHECK(builder.record(EventName::Close, json::object(), test::tick(3)) == RecordResult::NoConsent);
  // Opting out also works where consent was not required.
  EventBuilder optOut = test::makeBuilder();
  optOut.record(EventName::Close, json::object(), test::tick(1));
  optOut.consent(false);
  CHECK(optOut.queue().empty());
  CHECK(optOut.record(EventName::Close, json::object(), test::tick(2)) == RecordResult::NoConsent);
}
