// Reading interface strings and comparing translations. Pure C++.
#include "core/i18n/string_table.h"

#include <algorithm>

namespace hw::i18n {

using nlohmann::json;

const std::string* StringTable::find(std::string_view key) const {
  const auto found = strings.find(key);
  return found == strings.end() ? nullptr : &found->second;
}

void collectStrings(const json& group, const std::string& prefix,
                    std::map<std::string, std::string, std::less<>>& out) {
  if (!group.is_object()) return;
  for (const auto& [name, value] : group.items()) {
    const std::string key = prefix.empty() ? name : prefix + "." + name;
    if (value.is_string()) out[key] = value.get<std::string>();
    else if (value.is_object()) collectStrings(value, key, out);
  }
}

std::optional<StringTable> parseStringTable(std::string_view text, std::string* error) {
  const auto fail = [&](const char* why) -> std::optional<StringTable> {
    if (error) *error = why;
    return std::nullopt;
  };
  const json root = json::parse(text.begin(), text.end(), nullptr, false);
  if (root.is_discarded()) return fail("not valid JSON");
  if (!root.is_object()) return fail("not a JSON object");
  const auto locale = root.find("locale");
  if (locale == root.end() || !locale->is_string() || locale->get_ref<const std::string&>().empty())
    return fail("no \"locale\"");
  const auto strings = root.find("strings");
  if (strings == root.end() || !strings->is_object()) return fail("no \"strings\" object");
  StringTable table;
  table.locale = locale->get<std::string>();
  if (const auto name = root.find("language_name"); name != root.end() && name->is_string())
    table.languageName = name->get<std::string>();
  collectStrings(*strings, "", table.strings);
  return table;
}

std::optional<PlaceholderSpan> findPlaceholder(std::string_view pattern, std::size_t from) {
  std::size_t open = pattern.find('{', from);
  while (open != std::string_view::npos) {
    const std::size_t next = pattern.find_first_of("{}", open + 1);
    if (next == std::string_view::npos) return std::nullopt;
    if (pattern[next] == '}') return PlaceholderSpan{open, next};
    open = next;  // "{b {c}": the inner brace starts the placeholder
  }
  return std::nullopt;
}

std::vector<std::string> placeholdersOf(std::string_view pattern) {
  std::vector<std::string> names;
  std::size_t pos = 0;
  while (const auto found = findPlaceholder(pattern, pos)) {
    std::string name(pattern.substr(found->open + 1, found->close - found->open - 1));
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
    pos = found->close + 1;
  }
  return names;
}

std::vector<StringsDifference> compareWithEnglish(const StringTable& english, const StringTable& translation) {
  using Kind = StringsDifference::Kind;
  std::vector<StringsDifference> differences;
  for (const auto& [key, englishText] : english.strings) {
    const std::string* text = translation.find(key);
    if (!text) {
      differences.push_back({Kind::Missing, key, {}});
      continue;
    }
    const std::vector<std::string> known = placeholdersOf(englishText);
    for (const std::string& name : placeholdersOf(*text))
      if (std::find(known.begin(), known.end(), name) == known.end())
        differences.push_back({Kind::UnknownPlaceholder, key, name});
  }
  for (const auto& entry : translation.strings)
    if (!english.find(entry.first)) differences.push_back({Kind::Extra, entry.first, {}});
  return differences;
}

}  // namespace hw::i18n
