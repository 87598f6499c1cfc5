// Splits text into search terms with their places in the original text.
// Latin words are folded and lightly stemmed; numbers and order-like ids
// ("SO-1042") stay whole; runs of Chinese, Japanese or Korean characters
// give single characters and overlapping pairs. Pure C++: no ImGui, no
// Emscripten.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hw::search {

enum class TermKind : std::uint8_t { Word, Number, Id, CjkChar, CjkPair };

struct Token {
  std::string term;        // folded (and stemmed) form used in the index
  std::string surface;     // folded form before stemming
  TermKind kind = TermKind::Word;
  std::uint32_t position = 0;   // word or character index in the field
  std::uint32_t byteStart = 0;  // where it is in the original text
  std::uint32_t byteEnd = 0;
  bool stemmedFromSuffix = false;  // "-ed"/"-ing" were removed
};

inline constexpr std::size_t kMaxTermBytes = 48;

std::vector<Token> tokenize(std::string_view text);

// Light English stemmer for folded lowercase words: plurals, -ing, -ed.
// Sets `strippedSuffix` when -ed or -ing was removed.
std::string stem(std::string_view word, bool* strippedSuffix = nullptr);

bool isLatinTerm(std::string_view term);

}  // namespace hw::search
