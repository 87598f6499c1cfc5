// Every locale's interface strings, with English as the reference: a key a
// locale lacks reads as its English text. Pure C++: no ImGui, no Emscripten.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n/string_table.h"

namespace hw::i18n {

class StringCatalog {
 public:
  StringCatalog() = default;
  // The table whose locale is "en" is the reference. A later table of the
  // same locale replaces the earlier.
  explicit StringCatalog(std::vector<StringTable> tables);

  // The locales, in the order given ("en", "es", "zh-CN").
  std::vector<std::string> locales() const;
  // The locale whose strings a BCP 47 tag gets (locale_match.h); "en" when
  // none shares its language.
  std::string resolve(std::string_view requested) const;
  const StringTable* table(std::string_view locale) const;  // exact locale, or null
  const StringTable& english() const { return m_english; }

  // The text of `key` for a BCP 47 tag: its locale's, else English, else
  // the key itself (so a missing string is seen, not blank).
  std::string_view text(std::string_view requested, std::string_view key) const;
  // Keys English has and the resolved locale lacks, in key order: what
  // shows in English. Empty for English itself.
  std::vector<std::string> missingKeys(std::string_view requested) const;

 private:
  std::vector<StringTable> m_tables;
  StringTable m_english;
};

// "2 interface strings are not translated and show in English:
// panel.title, search.hint" for a tag whose locale lacks keys; "" when it
// lacks none. What the panel reports, once, when it starts.
std::string missingStringsMessage(const StringCatalog& catalog, std::string_view requested);

// The strings of assets/strings/, embedded at build time; read on first use.
const StringCatalog& builtinStrings();

}  // namespace hw::i18n
