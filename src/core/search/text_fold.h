// Search normalization of single characters: Unicode case folding for the
// Latin, Greek and Cyrillic letters shoppers type, full-width forms to their
// plain forms, Latin diacritics removed. Pure C++: no ImGui, no Emscripten.
#pragma once
#include <string>
#include <string_view>

namespace hw::search {

enum class CharClass { Separator, Word, Cjk, Joiner, Apostrophe };

// Appends the folded form of `cp` to `out` (nothing for combining marks,
// "ss" for ß, ...).
void appendFolded(std::string& out, char32_t cp);

// Classifies a code point after folding.
CharClass classify(char32_t cp);

// The whole string folded; invalid UTF-8 bytes become U+FFFD (a separator).
std::string foldText(std::string_view text);

}  // namespace hw::search
