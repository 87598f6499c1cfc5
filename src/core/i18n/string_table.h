// One locale's interface strings, read from its JSON file, and the checks
// that compare a translation with English. Pure C++: no ImGui, no
// Emscripten.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace hw::i18n {

struct StringTable {
  std::string locale;        // "es"
  std::string languageName;  // "Español"
  // By dotted key: the file's groups {"search": {"hint": ...}} give "search.hint".
  std::map<std::string, std::string, std::less<>> strings;

  const std::string* find(std::string_view key) const;
};

// Reads a strings file (assets/schemas/strings.schema.json). Anything that
// is not one gives nullopt and a reason in `error`; values of an unexpected
// type inside "strings" are skipped (the schema check reports them).
std::optional<StringTable> parseStringTable(std::string_view text, std::string* error = nullptr);

// Adds the strings under `group` to `out`, keys prefixed with `prefix`.
void collectStrings(const nlohmann::json& group, const std::string& prefix,
                    std::map<std::string, std::string, std::less<>>& out);

// Where the next placeholder of `pattern` at or after `from` is: the
// positions of its '{' and '}'. A name holds no brace, so in "a {b {c}"
// the placeholder is "{c}" and "{b " stays text.
struct PlaceholderSpan {
  std::size_t open;
  std::size_t close;
};
std::optional<PlaceholderSpan> findPlaceholder(std::string_view pattern, std::size_t from);

// The placeholder names of a pattern, each once, in order of appearance:
// "{count} results for {query}" gives {"count", "query"}. Read as formatString
// reads them (findPlaceholder).
std::vector<std::string> placeholdersOf(std::string_view pattern);

// How a translation differs from English.
struct StringsDifference {
  enum class Kind {
    Missing,             // a key of English the translation lacks: English is shown
    Extra,               // a key English does not have: never shown
    UnknownPlaceholder,  // a placeholder English does not use: nothing fills it
  };
  Kind kind;
  std::string key;
  std::string placeholder;  // for UnknownPlaceholder
};

// In key order; English first then the translation's own keys.
std::vector<StringsDifference> compareWithEnglish(const StringTable& english, const StringTable& translation);

}  // namespace hw::i18n
