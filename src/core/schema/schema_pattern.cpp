// Pattern syntax pre-check and compilation. Pure C++.
#include "core/schema/schema_pattern.h"

#include <cctype>
#include <cstddef>

namespace hw::schema {

namespace {

// Length of a "{n}", "{n,}" or "{n,m}" quantifier at `pos`, or 0.
std::size_t braceQuantifier(std::string_view p, std::size_t pos) {
  std::size_t i = pos + 1;
  const auto number = [&](long& value) {
    const std::size_t start = i;
    value = 0;
    while (i < p.size() && std::isdigit(static_cast<unsigned char>(p[i])) && i - start < 6)
      value = value * 10 + (p[i++] - '0');
    return i > start;
  };
  long low = 0, high = 0;
  if (!number(low)) return 0;
  if (i < p.size() && p[i] == '}') return i + 1 - pos;
  if (i >= p.size() || p[i] != ',') return 0;
  ++i;
  if (i < p.size() && p[i] == '}') return i + 1 - pos;
  if (!number(high) || i >= p.size() || p[i] != '}' || high < low) return 0;
  return i + 1 - pos;
}

}  // namespace

std::string patternSyntaxError(std::string_view p) {
  int groups = 0;
  bool atomBefore = false;       // a quantifier needs something to repeat
  bool quantifierBefore = false;  // "a**" is an error; "a*?" (lazy) is not
  for (std::size_t i = 0; i < p.size(); ++i) {
    const char c = p[i];
    if (c == '\\') {
      if (i + 1 >= p.size()) return "ends with a lone backslash";
      ++i;
      atomBefore = true;
      quantifierBefore = false;
    } else if (c == '[') {
      std::size_t j = i + 1;
      if (j < p.size() && p[j] == '^') ++j;
      if (j < p.size() && p[j] == ']') ++j;  // "[]a]" keeps ']' literal
      while (j < p.size() && p[j] != ']') j += p[j] == '\\' ? 2 : 1;
      if (j >= p.size()) return "has a '[' without its closing ']'";
      i = j;
      atomBefore = true;
      quantifierBefore = false;
    } else if (c == '(') {
      if (i + 1 < p.size() && p[i + 1] == '?') {
        if (i + 2 >= p.size() || std::string_view(":=!").find(p[i + 2]) == std::string_view::npos)
          return "uses a group kind \"(?\" that is not supported (only (?: (?= (?!)";
        i += 2;
      }
      ++groups;
      atomBefore = false;
      quantifierBefore = false;
    } else if (c == ')') {
      if (groups == 0) return "has a ')' without its '('";
      --groups;
      atomBefore = true;
      quantifierBefore = false;
    } else if (c == '|') {
      atomBefore = false;
      quantifierBefore = false;
    } else if (c == '*' || c == '+' || c == '?' || c == '{') {
      std::size_t length = 1;
      if (c == '{') {
        length = braceQuantifier(p, i);
        if (length == 0) return "has a '{' that is not a quantifier {n}, {n,} or {n,m}";
      }
      if (c == '?' && quantifierBefore) {
        quantifierBefore = false;  // lazy quantifier
        continue;
      }
      if (!atomBefore || quantifierBefore)
        return std::string("has a quantifier '") + c + "' with nothing to repeat";
      i += length - 1;
      quantifierBefore = true;
    } else if (c == '}' || c == ']') {
      return std::string("has an unmatched '") + c + "' (escape it as \\" + c + ")";
    } else {
      atomBefore = c != '^' && c != '$';
      quantifierBefore = false;
    }
  }
  if (groups > 0) return "has a '(' without its closing ')'";
  return {};
}

std::optional<std::regex> compilePattern(const std::string& pattern, std::string& error) {
  error = patternSyntaxError(pattern);
  if (!error.empty()) return std::nullopt;
#if defined(__cpp_exceptions)
  // Native builds: a case the pre-check missed still becomes a message.
  try {
    return std::regex(pattern, std::regex::ECMAScript);
  } catch (const std::regex_error& e) {
    error = std::string("is not a valid regular expression (") + e.what() + ")";
    return std::nullopt;
  }
#else
  return std::regex(pattern, std::regex::ECMAScript);
#endif
}

}  // namespace hw::schema
