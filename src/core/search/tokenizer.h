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

// A token as the stream sees it: `term` and `surface` point into the
// stream's buffers and are valid only during the callback.
struct TokenView {
  std::string_view term;
  std::string_view surface;
  TermKind kind = TermKind::Word;
  std::uint32_t position = 0;
  std::uint32_t byteStart = 0;
  std::uint32_t byteEnd = 0;
  bool stemmedFromSuffix = false;
};

// Tokenizes text after text with the same scratch buffers, so indexing a
// whole knowledge base allocates nothing per token (the index build spends
// most of its time here).
class TokenStream {
 public:
  template <class Callback>
  void forEach(std::string_view text, Callback&& callback) {
    run(text, [](void* context, const TokenView& token) { (*static_cast<Callback*>(context))(token); },
        &callback);
  }

 private:
  using Sink = void (*)(void*, const TokenView&);
  struct CjkChar {
    std::uint32_t foldedStart, foldedEnd;  // in m_run
    std::uint32_t byteStart, byteEnd;      // in the text
  };

  void run(std::string_view text, Sink sink, void* context);
  void flushWord();
  void flushWordText(std::string_view folded);  // a whole folded word
  void flushCjk();
  void emit(std::string_view folded, TermKind kind);

  Sink m_sink = nullptr;
  void* m_context = nullptr;
  std::uint32_t m_position = 0;
  std::string m_word;  // folded word being read
  std::uint32_t m_wordStart = 0;
  std::uint32_t m_wordEnd = 0;
  std::string m_stem;
  std::string m_run;  // folded CJK run being read
  std::vector<CjkChar> m_chars;
};

std::vector<Token> tokenize(std::string_view text);

// Light English stemmer for folded lowercase words: plurals, -ing, -ed.
// Sets `strippedSuffix` when -ed or -ing was removed.
std::string stem(std::string_view word, bool* strippedSuffix = nullptr);
// The same into `out` (reused by the caller: no allocation once it is big
// enough).
void stemInto(std::string_view word, std::string& out, bool* strippedSuffix = nullptr);
// The same as a view: `word` itself when it is its own stem (most words),
// else `scratch` holding the stem.
std::string_view stemView(std::string_view word, std::string& scratch, bool* strippedSuffix = nullptr);

bool isLatinTerm(std::string_view term);

}  // namespace hw::search
