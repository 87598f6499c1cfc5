// Chooses which of the available interface locales a shopper gets, from a
// BCP 47 tag ("es-MX", "zh-Hant-TW") or the browser's ordered list.
// The loader (web/loader/help-widget.js) does the same in JavaScript; the
// shared cases in tests/strings/locale-cases.json keep them in step.
// Pure C++: no ImGui, no Emscripten.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace hw::i18n {

// The parts of a tag that matter for choosing strings. Extensions and
// private use ("-u-ca-gregory", "-x-...") are ignored; "_" is read as "-".
struct LanguageTag {
  std::string language;  // "zh", lower case; empty when the tag is not one
  std::string script;    // "Hant", title case; for Chinese inferred from the region
  std::string region;    // "TW", upper case
};

LanguageTag parseLanguageTag(std::string_view tag);

// The best of `available` for `requested`: only a locale of the same
// language qualifies; among those the same script first, then the same
// region, then the one without a region ("es" for "es-MX" rather than
// "es-ES"), then the earlier in `available`. With no locale of that
// language, `fallback`.
//
// Chinese: the script decides. "zh", "zh-CN", "zh-SG", "zh-Hans" are
// Simplified; "zh-TW", "zh-HK", "zh-MO", "zh-Hant" are Traditional. With no
// Traditional file, Traditional readers get Simplified Chinese (our choice:
// most can read it, and it is closer to them than English); adding a
// "zh-TW" file gives them their own at once.
std::string matchLocale(std::string_view requested, const std::vector<std::string>& available,
                        std::string_view fallback = "en");

// The first preference with a locale of its language, as above; `fallback`
// when none has one (navigator.languages: ["fr-CA", "es"] gives "es").
std::string matchLocale(const std::vector<std::string>& preferences, const std::vector<std::string>& available,
                        std::string_view fallback = "en");

}  // namespace hw::i18n
