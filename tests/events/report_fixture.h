// The fixture event log (tests/events/fixture-events.jsonl): 15 sessions
// over 2026-11-19..22 in English and Chinese, 101 valid events and 2
// broken lines, with every figure of its report worked out by hand in
// unit-report-aggregation.cpp.
#pragma once
#include "test_files.h"

#include "core/events/event_log.h"

namespace hw::test {

inline const events::EventLog& fixtureLog() {
  static const events::EventLog log = events::readEventLog(
      readRepoFile("tests/events/fixture-events.jsonl"), "fixture-events.jsonl");
  return log;
}

}  // namespace hw::test
