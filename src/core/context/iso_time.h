// ISO 8601 timestamps with offsets ("2026-11-20T09:30:00+08:00") and the
// calendar arithmetic rules need ("shipped 5 days ago"). Pure C++: the clock
// itself is passed in by the shell.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hw {

// A moment in time as the shell and the content know it.
struct Instant {
  std::int64_t unixSeconds = 0;
  int offsetMinutes = 0;  // the offset the timestamp was written with
};

// "Now" as the shell tells it: the core never reads a clock itself.
struct Clock {
  std::int64_t nowUnix = 0;
  int offsetMinutes = 0;  // the shopper's UTC offset: decides where a day ends
};

// Accepts "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM|±HHMM)".
// A date alone means midnight UTC. Returns nullopt for anything else,
// including impossible dates (2026-02-29) and times (24:30).
std::optional<Instant> parseIsoTime(std::string_view text);

// "2026-11-23T10:15:00+01:00" (or "...Z" at offset 0): the moment as the
// shopper's clock shows it.
std::string formatIsoTime(std::int64_t unixSeconds, int offsetMinutes);

// Days since 1970-01-01 for a civil date (proleptic Gregorian).
std::int64_t daysFromCivil(int year, unsigned month, unsigned day);

// The calendar day (days since epoch) of `unixSeconds` as seen at a UTC
// offset: what a shopper in that time zone calls "today".
std::int64_t localDay(std::int64_t unixSeconds, int offsetMinutes);

// Whole calendar days from `earlier` to `later` in the shopper's time zone:
// delivered at 23:50 and asked at 00:10 the next day is 1 day ago.
std::int64_t calendarDaysBetween(std::int64_t earlierUnix, std::int64_t laterUnix,
                                 int shopperOffsetMinutes);

}  // namespace hw
