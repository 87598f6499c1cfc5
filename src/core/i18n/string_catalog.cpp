// The catalogue of interface strings. Pure C++.
#include "core/i18n/string_catalog.h"

#include "core/i18n/embedded_strings.h"
#include "core/i18n/locale_match.h"

namespace hw::i18n {

StringCatalog::StringCatalog(std::vector<StringTable> tables) {
  for (StringTable& table : tables) {
    bool replaced = false;
    for (StringTable& existing : m_tables)
      if (existing.locale == table.locale) {
        existing = table;
        replaced = true;
      }
    if (!replaced) m_tables.push_back(table);
    if (table.locale == "en") m_english = std::move(table);
  }
}

std::vector<std::string> StringCatalog::locales() const {
  std::vector<std::string> out;
  for (const StringTable& table : m_tables) out.push_back(table.locale);
  return out;
}

std::string StringCatalog::resolve(std::string_view requested) const {
  return matchLocale(requested, locales(), "en");
}

const StringTable* StringCatalog::table(std::string_view locale) const {
  for (const StringTable& table : m_tables)
    if (table.locale == locale) return &table;
  return nullptr;
}

std::string_view StringCatalog::text(std::string_view requested, std::string_view key) const {
  if (const StringTable* chosen = table(resolve(requested)))
    if (const std::string* found = chosen->find(key)) return *found;
  if (const std::string* found = m_english.find(key)) return *found;
  return key;
}

std::vector<std::string> StringCatalog::missingKeys(std::string_view requested) const {
  std::vector<std::string> missing;
  const StringTable* chosen = table(resolve(requested));
  if (!chosen || chosen->locale == "en") return missing;
  for (const auto& entry : m_english.strings)
    if (!chosen->find(entry.first)) missing.push_back(entry.first);
  return missing;
}

std::string missingStringsMessage(const StringCatalog& catalog, std::string_view requested) {
  const std::vector<std::string> missing = catalog.missingKeys(requested);
  if (missing.empty()) return {};
  std::string message = std::to_string(missing.size()) +
                        (missing.size() == 1 ? " interface string is" : " interface strings are") +
                        " not translated and show" + (missing.size() == 1 ? "s" : "") + " in English: ";
  for (std::size_t i = 0; i < missing.size(); ++i) message += (i ? ", " : "") + missing[i];
  return message;
}

const StringCatalog& builtinStrings() {
  // Parsed once: the files are part of the binary and never change. A file
  // that does not parse is left out (its tests fail first).
  static const StringCatalog catalog = [] {
    std::vector<StringTable> tables;
    for (const EmbeddedStrings& file : embeddedStringFiles())
      if (auto table = parseStringTable(file.text)) tables.push_back(std::move(*table));
    return StringCatalog(std::move(tables));
  }();
  return catalog;
}

}  // namespace hw::i18n
