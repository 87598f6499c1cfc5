// BCP 47 locale matching for interface strings. Pure C++.
#include "core/i18n/locale_match.h"

namespace hw::i18n {

namespace {

bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

bool allOf(std::string_view text, bool (*test)(char)) {
  for (char c : text)
    if (!test(c)) return false;
  return !text.empty();
}

// A score for how well `candidate` serves `wanted`; -1 when it cannot.
int score(const LanguageTag& wanted, const LanguageTag& candidate) {
  if (wanted.language.empty() || candidate.language != wanted.language) return -1;
  int points = 0;
  if (candidate.script == wanted.script) points += 4;
  if (!wanted.region.empty() && candidate.region == wanted.region) points += 2;
  if (candidate.region.empty()) points += 1;
  return points;
}

}  // namespace

LanguageTag parseLanguageTag(std::string_view tag) {
  LanguageTag parsed;
  std::size_t pos = 0;
  bool first = true;
  while (pos <= tag.size()) {
    std::size_t end = tag.find_first_of("-_", pos);
    if (end == std::string_view::npos) end = tag.size();
    const std::string_view part = tag.substr(pos, end - pos);
    pos = end + 1;
    if (first) {
      if (part.size() < 2 || part.size() > 3 || !allOf(part, isAlpha)) return {};
      for (char c : part) parsed.language += lower(c);
      first = false;
      continue;
    }
    if (part.size() <= 1) break;  // an extension or private use: the rest is not about language
    if (part.size() == 4 && allOf(part, isAlpha) && parsed.script.empty() && parsed.region.empty()) {
      parsed.script = {upper(part[0]), lower(part[1]), lower(part[2]), lower(part[3])};
    } else if ((part.size() == 2 && allOf(part, isAlpha)) || (part.size() == 3 && allOf(part, isDigit))) {
      if (parsed.region.empty())
        parsed.region = part.size() == 2 ? std::string{upper(part[0]), upper(part[1])} : std::string(part);
    }
    // Variants ("-valencia") do not change which strings fit.
  }
  // Chinese is written in two scripts; the region says which when the tag
  // does not.
  if (parsed.language == "zh" && parsed.script.empty())
    parsed.script = parsed.region == "TW" || parsed.region == "HK" || parsed.region == "MO" ? "Hant" : "Hans";
  return parsed;
}

std::string matchLocale(std::string_view requested, const std::vector<std::string>& available,
                        std::string_view fallback) {
  const LanguageTag wanted = parseLanguageTag(requested);
  const std::string* best = nullptr;
  int bestScore = -1;
  for (const std::string& locale : available) {
    const int points = score(wanted, parseLanguageTag(locale));
    if (points > bestScore) {
      bestScore = points;
      best = &locale;
    }
  }
  return best ? *best : std::string(fallback);
}

std::string matchLocale(const std::vector<std::string>& preferences, const std::vector<std::string>& available,
                        std::string_view fallback) {
  for (const std::string& preference : preferences) {
    const std::string match = matchLocale(preference, available, {});
    if (!match.empty()) return match;
  }
  return std::string(fallback);
}

}  // namespace hw::i18n
