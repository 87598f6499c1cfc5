#include "core/events/event_fields.h"

#include <algorithm>
#include <cmath>

#include "core/events/event.h"
#include "core/utf8.h"

namespace hw::events {

using nlohmann::json;

namespace {
bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlpha(char c) { return isLower(c) || (c >= 'A' && c <= 'Z'); }
}  // namespace

std::size_t countChars(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < text.size(); ++count) decodeUtf8(text, pos);
  return count;
}

std::string truncateChars(std::string_view text, std::size_t maxChars) {
  std::size_t pos = 0;
  for (std::size_t count = 0; pos < text.size() && count < maxChars; ++count) decodeUtf8(text, pos);
  return std::string(text.substr(0, pos));
}

const char* jsonTypeName(const json& value) {
  switch (value.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::string: return "a string";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "a number";
    default: return "an unsupported value";
  }
}

std::optional<std::int64_t> wholeNumber(const json& value) {
  if (value.is_number_integer()) return value.get<std::int64_t>();
  if (value.is_number_unsigned()) {
    const auto n = value.get<std::uint64_t>();
    if (n > static_cast<std::uint64_t>(INT64_MAX)) return std::nullopt;
    return static_cast<std::int64_t>(n);
  }
  if (value.is_number_float()) {
    const double d = value.get<double>();
    if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15)
      return static_cast<std::int64_t>(d);
  }
  return std::nullopt;
}

bool isContentId(std::string_view id) {
  if (id.empty() || id.size() > event_limits::kMaxIdChars || !(isLower(id[0]) || isDigit(id[0])))
    return false;
  return std::all_of(id.begin(), id.end(),
                     [](char c) { return isLower(c) || isDigit(c) || c == '-' || c == '_'; });
}

bool isSessionId(std::string_view id) {
  if (id.size() < event_limits::kMinSessionChars || id.size() > event_limits::kMaxSessionChars)
    return false;
  return std::all_of(id.begin(), id.end(),
                     [](char c) { return isAlpha(c) || isDigit(c) || c == '-' || c == '_'; });
}

bool isLanguageTag(std::string_view tag) {
  std::size_t pos = 0;
  while (pos < tag.size() && isAlpha(tag[pos])) ++pos;
  if (pos < 2 || pos > 3) return false;
  while (pos < tag.size()) {
    if (tag[pos] != '-') return false;
    const std::size_t start = ++pos;
    while (pos < tag.size() && (isAlpha(tag[pos]) || isDigit(tag[pos]))) ++pos;
    if (pos == start || pos - start > 8) return false;
  }
  return true;
}

bool isPagePath(std::string_view path) {
  return !path.empty() && path[0] == '/' && path.find_first_of("?#") == std::string_view::npos &&
         std::none_of(path.begin(), path.end(),
                      [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
}

std::string pagePath(std::string_view url) {
  url = url.substr(0, url.find_first_of("?#"));
  // Drop "scheme://host" when there is one.
  const std::size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) {
    const std::size_t path = url.find('/', scheme + 3);
    url = path == std::string_view::npos ? std::string_view("/") : url.substr(path);
  }
  std::string out;
  for (char c : url)
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) out += c;
  if (out.empty() || out[0] != '/') return {};
  return truncateChars(out, event_limits::kMaxPageChars);
}

}  // namespace hw::events
