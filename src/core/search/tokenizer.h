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

// A run of Chinese, Japanese or Korean characters handed over whole: the
// tokens it stands for are each character (at `firstPosition` + i) and each
// character with the next (at the first one's position).
struct CjkRun {
  struct Char {
    std::uint32_t foldedStart, foldedEnd;  // in `folded`
    std::uint32_t byteStart, byteEnd;      // in the text
  };
  std::string_view folded;  // the characters' folded forms back to back
  const Char* chars = nullptr;
  std::size_t count = 0;
  std::uint32_t firstPosition = 0;

  std::string_view character(std::size_t i) const {
    return folded.substr(chars[i].foldedStart, chars[i].foldedEnd - chars[i].foldedStart);
  }
  std::string_view pair(std::size_t i) const {  // i + 1 < count
    return folded.substr(chars[i].foldedStart, chars[i + 1].foldedEnd - chars[i].foldedStart);
  }
};

// Tokenizes text after text with the same scratch buffers, so indexing a
// whole knowledge base allocates nothing per token (the index build spends
// most of its time here).
class TokenStream {
 public:
  template <class Callback>
  void forEach(std::string_view text, Callback&& callback) {
    run(text, [](void* context, const TokenView& token) { (*static_cast<Callback*>(context))(token); },
        &callback, nullptr, nullptr);
  }
  // The same, except that each run of CJK characters reaches `onRun` whole
  // instead of as single characters and pairs: the index build reads a
  // Chinese text's tokens in one loop, without two calls through a function
  // pointer per character.
  template <class Callback, class RunCallback>
  void forEach(std::string_view text, Callback&& callback, RunCallback&& onRun) {
    run(text, [](void* context, const TokenView& token) { (*static_cast<Callback*>(context))(token); },
        &callback, [](void* context, const CjkRun& cjk) { (*static_cast<RunCallback*>(context))(cjk); }, &onRun);
  }

 private:
  using Sink = void (*)(void*, const TokenView&);
  using RunSink = void (*)(void*, const CjkRun&);

  void run(std::string_view text, Sink sink, void* context, RunSink runSink, void* runContext);
  void flushWord();
  void flushWordText(std::string_view folded);  // a whole folded word
  void flushCjk();
  void emit(std::string_view folded, TermKind kind);

  Sink m_sink = nullptr;
  void* m_context = nullptr;
  RunSink m_runSink = nullptr;
  void* m_runContext = nullptr;
  std::uint32_t m_position = 0;
  std::string m_word;  // folded word being read
  std::uint32_t m_wordStart = 0;
  std::uint32_t m_wordEnd = 0;
  std::string m_stem;
  std::string m_run;  // folded CJK run being read
  std::vector<CjkRun::Char> m_chars;
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
