// Sampling: decided once per session from the shell's random draw.
#include <catch_amalgamated.hpp>

#include <cmath>

#include "events/builder_fixture.h"

using namespace hw;
using namespace hw::events;
using nlohmann::json;

namespace {
EventBuilder sampled(double rate, double draw) {
  EventPolicy policy;
  policy.sampleRate = rate;
  return test::makeBuilder(policy, draw);
}
}  // namespace

TEST_CASE("a session is in the sample when the draw is below the rate", "[events][sampling]") {
  CHECK(sampled(0.25, 0.0).sampledIn());
  CHECK(sampled(0.25, 0.2499).sampledIn());
  CHECK_FALSE(sampled(0.25, 0.25).sampledIn());
  CHECK_FALSE(sampled(0.25, 0.9).sampledIn());
  CHECK(sampled(1.0, 0.999999).sampledIn());
  CHECK(sampled(1.0, 1.0).sampledIn());  // every session, whatever the draw
  CHECK_FALSE(sampled(0.0, 0.0).sampledIn());
}

TEST_CASE("out-of-range rates and draws are clamped, never recorded by accident", "[events][sampling]") {
  CHECK(sampled(7.0, 0.99).sampledIn());
  CHECK_FALSE(sampled(-1.0, 0.0).sampledIn());
  CHECK_FALSE(sampled(std::nan(""), 0.0).sampledIn());
  CHECK_FALSE(sampled(0.5, std::nan("")).sampledIn());
  CHECK(sampled(7.0, 0.0).policy().sampleRate == 1.0);
}

TEST_CASE("a sampled-out session records, sends and stores nothing", "[events][sampling]") {
  EventBuilder builder = sampled(0.1, 0.5);
  CHECK_FALSE(builder.recording());
  CHECK(builder.record(EventName::Close, json::object(), test::tick(1)) == RecordResult::SampledOut);
  CHECK(builder.queue().empty());
  CHECK(builder.takeBatch().empty());
  CHECK(builder.storageText().empty());
}

TEST_CASE("the decision holds for the whole session", "[events][sampling]") {
  EventBuilder in = sampled(0.5, 0.3);
  for (int i = 0; i < 20; ++i) CHECK(in.record(EventName::Close, json::object(), test::tick(i)) == RecordResult::Queued);
  CHECK(in.queue().size() == 20);
}

TEST_CASE("a session id is 128 random bits in hex", "[events][sampling]") {
  CHECK(sessionIdFromRandom(0, 0) == "00000000000000000000000000000000");
  CHECK(sessionIdFromRandom(0x0123456789abcdefULL, 0xfedcba9876543210ULL) == "0123456789abcdeffedcba9876543210");
}
