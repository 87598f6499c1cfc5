#include "core/context/iso_time.h"

namespace hw {

namespace {

bool isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

unsigned daysInMonth(int year, unsigned month) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

// Reads exactly `count` ASCII digits at `pos`.
bool readDigits(std::string_view text, std::size_t& pos, int count, int& out) {
  if (pos + static_cast<std::size_t>(count) > text.size()) return false;
  out = 0;
  for (int i = 0; i < count; ++i) {
    const char c = text[pos + static_cast<std::size_t>(i)];
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  pos += static_cast<std::size_t>(count);
  return true;
}

bool expect(std::string_view text, std::size_t& pos, char wanted) {
  if (pos >= text.size() || text[pos] != wanted) return false;
  ++pos;
  return true;
}

// "Z", "+HH:MM" or "+HHMM" at `pos`, consuming the rest of the text.
bool readOffset(std::string_view text, std::size_t pos, int& minutes) {
  if (pos >= text.size()) return false;
  if (text[pos] == 'Z' || text[pos] == 'z') {
    minutes = 0;
    return pos + 1 == text.size();
  }
  if (text[pos] != '+' && text[pos] != '-') return false;
  const int sign = text[pos] == '-' ? -1 : 1;
  ++pos;
  int hours = 0, mins = 0;
  if (!readDigits(text, pos, 2, hours)) return false;
  if (pos < text.size() && text[pos] == ':') ++pos;
  if (!readDigits(text, pos, 2, mins)) return false;
  if (hours > 18 || mins > 59 || pos != text.size()) return false;
  minutes = sign * (hours * 60 + mins);
  return true;
}

std::int64_t floorDiv(std::int64_t value, std::int64_t divisor) {
  std::int64_t quotient = value / divisor;
  if ((value % divisor != 0) && ((value < 0) != (divisor < 0))) --quotient;
  return quotient;
}

}  // namespace

// Howard Hinnant's days_from_civil: exact for every Gregorian date.
std::int64_t daysFromCivil(int year, unsigned month, unsigned day) {
  const int y = year - (month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yearOfEra = static_cast<unsigned>(y - era * 400);
  const unsigned dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
  return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(dayOfEra) - 719468;
}

std::optional<Instant> parseIsoTime(std::string_view text) {
  std::size_t pos = 0;
  int year = 0, month = 0, day = 0;
  if (!readDigits(text, pos, 4, year) || !expect(text, pos, '-') ||
      !readDigits(text, pos, 2, month) || !expect(text, pos, '-') ||
      !readDigits(text, pos, 2, day))
    return std::nullopt;
  if (month < 1 || month > 12 || day < 1 ||
      static_cast<unsigned>(day) > daysInMonth(year, static_cast<unsigned>(month)))
    return std::nullopt;
  Instant instant;
  const std::int64_t days = daysFromCivil(year, static_cast<unsigned>(month),
                                          static_cast<unsigned>(day));
  if (pos == text.size()) {
    instant.unixSeconds = days * 86400;
    return instant;
  }
  if (text[pos] != 'T' && text[pos] != 't') return std::nullopt;
  ++pos;
  int hour = 0, minute = 0, second = 0;
  if (!readDigits(text, pos, 2, hour) || !expect(text, pos, ':') ||
      !readDigits(text, pos, 2, minute))
    return std::nullopt;
  if (pos < text.size() && text[pos] == ':') {
    ++pos;
    if (!readDigits(text, pos, 2, second)) return std::nullopt;
    if (pos < text.size() && text[pos] == '.') {
      ++pos;
      const std::size_t start = pos;
      while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
      if (pos == start || pos - start > 9) return std::nullopt;
    }
  }
  // 60 allows a leap second as written; it lands on the next minute.
  if (hour > 23 || minute > 59 || second > 60) return std::nullopt;
  if (!readOffset(text, pos, instant.offsetMinutes)) return std::nullopt;
  instant.unixSeconds = days * 86400 + hour * 3600 + minute * 60 + second -
                        static_cast<std::int64_t>(instant.offsetMinutes) * 60;
  return instant;
}

std::string formatIsoTime(std::int64_t unixSeconds, int offsetMinutes) {
  const std::int64_t local = unixSeconds + static_cast<std::int64_t>(offsetMinutes) * 60;
  std::int64_t days = floorDiv(local, 86400);
  const std::int64_t secondOfDay = local - days * 86400;
  // civil_from_days (Howard Hinnant), the inverse of daysFromCivil.
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const unsigned dayOfEra = static_cast<unsigned>(days - era * 146097);
  const unsigned yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
  const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
  const unsigned mp = (5 * dayOfYear + 2) / 153;
  const unsigned day = dayOfYear - (153 * mp + 2) / 5 + 1;
  const unsigned month = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t year = static_cast<std::int64_t>(yearOfEra) + era * 400 + (month <= 2 ? 1 : 0);
  const auto two = [](std::int64_t value) {
    return std::string(value < 10 ? "0" : "") + std::to_string(value);
  };
  std::string out = std::to_string(year) + "-" + two(month) + "-" + two(day) + "T" +
                    two(secondOfDay / 3600) + ":" + two(secondOfDay / 60 % 60) + ":" + two(secondOfDay % 60);
  if (offsetMinutes == 0) return out + "Z";
  const int magnitude = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
  return out + (offsetMinutes < 0 ? "-" : "+") + two(magnitude / 60) + ":" + two(magnitude % 60);
}

std::int64_t localDay(std::int64_t unixSeconds, int offsetMinutes) {
  return floorDiv(unixSeconds + static_cast<std::int64_t>(offsetMinutes) * 60, 86400);
}

std::int64_t calendarDaysBetween(std::int64_t earlierUnix, std::int64_t laterUnix,
                                 int shopperOffsetMinutes) {
  return localDay(laterUnix, shopperOffsetMinutes) - localDay(earlierUnix, shopperOffsetMinutes);
}

}  // namespace hw
