// Format checks for JSON Schema "format". Pure C++.
#include "core/schema/schema_format.h"

#include <cctype>
#include <cstddef>
#include <string>

namespace hw::schema {

namespace {

// Reads exactly `count` digits at `pos` into `value`.
bool digits(std::string_view text, std::size_t& pos, int count, int& value) {
  value = 0;
  for (int i = 0; i < count; ++i, ++pos) {
    if (pos >= text.size() || !std::isdigit(static_cast<unsigned char>(text[pos]))) return false;
    value = value * 10 + (text[pos] - '0');
  }
  return true;
}

bool expect(std::string_view text, std::size_t& pos, char c) {
  if (pos >= text.size() || text[pos] != c) return false;
  ++pos;
  return true;
}

int daysInMonth(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

}  // namespace

bool isDateTime(std::string_view text) {
  std::size_t pos = 0;
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (!digits(text, pos, 4, year) || !expect(text, pos, '-') || !digits(text, pos, 2, month) ||
      !expect(text, pos, '-') || !digits(text, pos, 2, day))
    return false;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (pos >= text.size() || (text[pos] != 'T' && text[pos] != 't')) return false;
  ++pos;
  if (!digits(text, pos, 2, hour) || !expect(text, pos, ':') || !digits(text, pos, 2, minute) ||
      !expect(text, pos, ':') || !digits(text, pos, 2, second))
    return false;
  // 60 allows a leap second, as RFC 3339 does.
  if (hour > 23 || minute > 59 || second > 60) return false;
  if (pos < text.size() && text[pos] == '.') {
    const std::size_t start = ++pos;
    while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos]))) ++pos;
    if (pos == start) return false;
  }
  if (pos < text.size() && (text[pos] == 'Z' || text[pos] == 'z')) return pos + 1 == text.size();
  if (pos >= text.size() || (text[pos] != '+' && text[pos] != '-')) return false;
  ++pos;
  int offsetHour = 0, offsetMinute = 0;
  if (!digits(text, pos, 2, offsetHour) || !expect(text, pos, ':') ||
      !digits(text, pos, 2, offsetMinute))
    return false;
  return offsetHour <= 23 && offsetMinute <= 59 && pos == text.size();
}

bool isHttpUri(std::string_view text) {
  std::size_t schemeEnd = text.find("://");
  if (schemeEnd == std::string_view::npos) return false;
  std::string scheme;
  for (char c : text.substr(0, schemeEnd))
    scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (scheme != "http" && scheme != "https") return false;
  for (char c : text)
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f || c == '"' || c == '<' || c == '>' ||
        c == '\\')
      return false;
  const std::string_view rest = text.substr(schemeEnd + 3);
  const std::size_t hostEnd = rest.find_first_of("/?#");
  std::string_view authority = rest.substr(0, hostEnd);
  const std::size_t at = authority.rfind('@');
  if (at != std::string_view::npos) authority = authority.substr(at + 1);
  const std::size_t colon = authority.rfind(':');
  std::string_view host = authority;
  if (colon != std::string_view::npos && authority.find(']') == std::string_view::npos) {
    const std::string_view port = authority.substr(colon + 1);
    for (char c : port)
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    host = authority.substr(0, colon);
  }
  return !host.empty() && host.front() != '.' && host.back() != '.';
}

}  // namespace hw::schema
