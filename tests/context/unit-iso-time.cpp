// ISO 8601 parsing with offsets, impossible dates, and calendar-day
// differences across time zones, day boundaries and leap days.
#include <catch_amalgamated.hpp>

#include "core/context/iso_time.h"

using hw::parseIsoTime;

TEST_CASE("Timestamps with offsets name the same instant", "[time]") {
  auto utc = parseIsoTime("2026-11-20T01:30:00Z");
  auto shanghai = parseIsoTime("2026-11-20T09:30:00+08:00");
  auto newYork = parseIsoTime("2026-11-19T20:30:00-05:00");
  auto compact = parseIsoTime("2026-11-19T20:30-0500");
  REQUIRE(utc);
  REQUIRE(shanghai);
  REQUIRE(newYork);
  REQUIRE(compact);
  CHECK(utc->unixSeconds == 1795138200);
  CHECK(shanghai->unixSeconds == utc->unixSeconds);
  CHECK(newYork->unixSeconds == utc->unixSeconds);
  CHECK(compact->unixSeconds == utc->unixSeconds);
  CHECK(shanghai->offsetMinutes == 480);
  CHECK(newYork->offsetMinutes == -300);
}

TEST_CASE("Dates, fractions and lowercase separators are accepted", "[time]") {
  auto date = parseIsoTime("2024-02-29");
  REQUIRE(date);
  CHECK(date->unixSeconds == hw::daysFromCivil(2024, 2, 29) * 86400);
  auto fraction = parseIsoTime("2026-01-01T00:00:00.123Z");
  REQUIRE(fraction);
  CHECK(fraction->unixSeconds == hw::daysFromCivil(2026, 1, 1) * 86400);
  CHECK(parseIsoTime("2026-01-01t00:00:00z"));
}

TEST_CASE("Impossible or malformed timestamps are refused", "[time]") {
  for (const char* text : {"", "yesterday", "2026-02-29", "2026-13-01", "2026-00-10",
                           "2026-04-31", "2026-11-20T24:00:00Z", "2026-11-20T10:60:00Z",
                           "2026-11-20T10:00:00", "2026-11-20T10:00:00+25:00",
                           "2026-11-20 10:00:00Z", "20261120", "2026-11-20T10:00:00Z junk",
                           "99999-01-01", "2026-1-1", "２０２６-11-20"}) {
    CAPTURE(text);
    CHECK_FALSE(parseIsoTime(text));
  }
}

TEST_CASE("Leap days exist only in leap years", "[time]") {
  CHECK(parseIsoTime("2000-02-29T12:00:00Z"));
  CHECK_FALSE(parseIsoTime("1900-02-29T12:00:00Z"));
  CHECK(parseIsoTime("2028-02-29T12:00:00Z"));
  CHECK(hw::daysFromCivil(2024, 3, 1) - hw::daysFromCivil(2024, 2, 28) == 2);
  CHECK(hw::daysFromCivil(2025, 3, 1) - hw::daysFromCivil(2025, 2, 28) == 1);
}

TEST_CASE("Calendar days count in the shopper's time zone", "[time]") {
  const auto delivered = parseIsoTime("2026-11-20T23:50:00+08:00")->unixSeconds;
  const auto nextMorning = parseIsoTime("2026-11-21T00:10:00+08:00")->unixSeconds;
  // Twenty minutes later, but another day for a shopper in Shanghai...
  CHECK(hw::calendarDaysBetween(delivered, nextMorning, 480) == 1);
  // ...and the same day for one in London, where both are on the 20th.
  CHECK(hw::calendarDaysBetween(delivered, nextMorning, 0) == 0);
  CHECK(hw::calendarDaysBetween(nextMorning, delivered, 480) == -1);
  const auto feb28 = parseIsoTime("2028-02-28T10:00:00Z")->unixSeconds;
  const auto mar1 = parseIsoTime("2028-03-01T09:00:00Z")->unixSeconds;
  CHECK(hw::calendarDaysBetween(feb28, mar1, 0) == 2);
}

TEST_CASE("Local day handles negative offsets and times before 1970", "[time]") {
  CHECK(hw::localDay(0, 0) == 0);
  CHECK(hw::localDay(0, -60) == -1);
  CHECK(hw::localDay(-1, 0) == -1);
  CHECK(hw::localDay(86399, 0) == 0);
}
