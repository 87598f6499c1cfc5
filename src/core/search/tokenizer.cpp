// Tokenizer and light stemmer. Pure C++: no ImGui, no Emscripten.
#include "core/search/tokenizer.h"

#include "core/search/text_fold.h"
#include "core/utf8.h"

namespace hw::search {

namespace {

// The suffix is a literal, so the comparison is a few inlined byte tests.
template <std::size_t N>
bool endsWith(std::string_view word, const char (&suffix)[N]) {
  constexpr std::size_t length = N - 1;
  if (word.size() < length) return false;
  for (std::size_t i = 0; i < length; ++i)
    if (word[word.size() - length + i] != suffix[i]) return false;
  return true;
}

bool isVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool isAsciiLower(std::string_view word) {
  for (char c : word)
    if (c < 'a' || c > 'z') return false;
  return true;
}


}  // namespace

bool isLatinTerm(std::string_view term) {
  for (char c : term)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return !term.empty();
}

void stemInto(std::string_view word, std::string& out, bool* strippedSuffix) {
  if (strippedSuffix) *strippedSuffix = false;
  const auto keep = [&](std::string_view kept) { out.assign(kept.data(), kept.size()); };
  const auto undoubled = [&](std::string_view base) {
    // "shipp" -> "ship", but keep "sell", "pass", "buzz".
    const std::size_t n = base.size();
    if (n >= 3 && base[n - 1] == base[n - 2] && !isVowel(base[n - 1]) && base[n - 1] != 'l' &&
        base[n - 1] != 's' && base[n - 1] != 'z')
      base.remove_suffix(1);
    keep(base);
  };
  const auto without = [&](std::size_t suffix) { return word.substr(0, word.size() - suffix); };
  if (word.size() < 4 || !isAsciiLower(word)) return keep(word);
  // Every rule below ends in s, g (-ing) or d (-ed): most words leave here.
  const char last = word.back();
  if (last != 's' && last != 'g' && last != 'd') return keep(word);
  if (endsWith(word, "ies") && word.size() > 4) {
    keep(without(3));
    out += 'y';
    return;
  }
  if (endsWith(word, "sses")) return keep(without(2));
  if (endsWith(word, "ches") || endsWith(word, "shes") || endsWith(word, "xes") ||
      endsWith(word, "zzes"))
    return keep(without(2));
  if (endsWith(word, "ing") && word.size() >= 6) {
    const std::string_view base = without(3);
    bool hasVowel = false;
    for (char c : base) hasVowel = hasVowel || isVowel(c) || c == 'y';
    if (hasVowel) {
      if (strippedSuffix) *strippedSuffix = true;
      return undoubled(base);
    }
  }
  if (endsWith(word, "ed") && word.size() >= 5 && !endsWith(word, "eed")) {
    const std::string_view base = without(2);
    if (endsWith(base, "i")) {  // "carried"
      keep(base.substr(0, base.size() - 1));
      out += 'y';
      return;
    }
    if (strippedSuffix) *strippedSuffix = true;
    return undoubled(base);
  }
  if (endsWith(word, "s") && !endsWith(word, "ss") && !endsWith(word, "us") && !endsWith(word, "is"))
    return keep(without(1));
  keep(word);
}

std::string_view stemView(std::string_view word, std::string& scratch, bool* strippedSuffix) {
  // The rules of stemInto change only words of 4 letters or more that end
  // in s, g or d: the others are their own stem, with no copy.
  if (word.size() < 4 || (word.back() != 's' && word.back() != 'g' && word.back() != 'd')) {
    if (strippedSuffix) *strippedSuffix = false;
    return word;
  }
  stemInto(word, scratch, strippedSuffix);
  return scratch;
}

std::string stem(std::string_view word, bool* strippedSuffix) {
  std::string out;
  stemInto(word, out, strippedSuffix);
  return out;
}

namespace {

bool isJoinerByte(char c) { return c == '-' || c == '_' || c == '.' || c == '/' || c == '#'; }

// Classes of the folded ASCII characters, looked up instead of classify()
// for most of any text.
struct AsciiClasses {
  CharClass of[128];
  AsciiClasses() {
    for (int c = 0; c < 128; ++c) of[c] = classify(static_cast<char32_t>(c));
  }
};
const AsciiClasses& asciiClasses() {
  static const AsciiClasses classes;
  return classes;
}

// The class of the character at `pos` after folding (Separator at the end,
// and for a combining mark, which folds to nothing).
bool wordCharAt(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return false;
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) {
    const char folded = static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte);
    return asciiClasses().of[static_cast<unsigned char>(folded)] == CharClass::Word;
  }
  std::string after;
  appendFolded(after, decodeUtf8(text, pos));
  std::size_t p = 0;
  return !after.empty() && classify(decodeUtf8(after, p)) == CharClass::Word;
}

// ASCII letters and digits, the bytes of most words: what each adds to a
// word (0: not part of one).
constexpr unsigned kLower = 1, kUpper = 2, kDigit = 4;
struct AsciiWordKinds {
  unsigned char of[128] = {};
  constexpr AsciiWordKinds() {
    for (int c = 'a'; c <= 'z'; ++c) of[c] = kLower;
    for (int c = 'A'; c <= 'Z'; ++c) of[c] = kUpper;
    for (int c = '0'; c <= '9'; ++c) of[c] = kDigit;
  }
};
constexpr AsciiWordKinds kAsciiWordKinds;
constexpr const unsigned char* kAsciiWordKind = kAsciiWordKinds.of;

// A character of U+3400..U+9FFF (CJK Extension A and the unified
// ideographs) at `pos`: three bytes, lead E3..E9, two continuation bytes.
// Checked on the bytes so that the common case decodes nothing.
bool commonHanAt(std::string_view text, std::size_t pos) {
  if (pos + 3 > text.size()) return false;
  const auto lead = static_cast<unsigned char>(text[pos]);
  const auto second = static_cast<unsigned char>(text[pos + 1]);
  const auto third = static_cast<unsigned char>(text[pos + 2]);
  if (lead < 0xE3 || lead > 0xE9 || (second & 0xC0) != 0x80 || (third & 0xC0) != 0x80) return false;
  return lead != 0xE3 || second >= 0x90;  // U+3000..U+33FF are not in the range
}

}  // namespace

void TokenStream::emit(std::string_view folded, TermKind kind) {
  TokenView token;
  token.surface = folded;
  token.kind = kind;
  if (kind == TermKind::Word) {
    token.term = stemView(folded, m_stem, &token.stemmedFromSuffix);
  } else {
    token.term = folded;
  }
  token.position = m_position++;
  token.byteStart = m_wordStart;
  token.byteEnd = m_wordEnd;
  m_sink(m_context, token);
}

void TokenStream::flushWord() {
  flushWordText(m_word);
  m_word.clear();
}

void TokenStream::flushWordText(std::string_view folded) {
  // Trailing joiners ("refund-") are not part of the word.
  while (!folded.empty() && isJoinerByte(folded.back())) folded.remove_suffix(1);
  if (folded.size() > kMaxTermBytes) folded = folded.substr(0, floorToCharBoundary(folded, kMaxTermBytes));
  if (!folded.empty()) {
    bool hasDigit = false;
    bool hasJoiner = false;
    bool allDigits = true;
    for (char c : folded) {
      const bool digit = c >= '0' && c <= '9';
      hasDigit = hasDigit || digit;
      allDigits = allDigits && (digit || c == '.');
      hasJoiner = hasJoiner || isJoinerByte(c);
    }
    if (hasJoiner && !hasDigit) {
      // "e-mail", "check-out": the parts are words; an id needs a digit.
      std::size_t partStart = 0;
      for (std::size_t i = 0; i <= folded.size(); ++i) {
        if (i == folded.size() || isJoinerByte(folded[i])) {
          if (i > partStart) emit(folded.substr(partStart, i - partStart), TermKind::Word);
          partStart = i + 1;
        }
      }
    } else {
      emit(folded, allDigits ? TermKind::Number : hasDigit ? TermKind::Id : TermKind::Word);
    }
  }
}

void TokenStream::flushCjk() {
  // Each character, and each with the next one: the pairs carry most of
  // the meaning in Chinese, the characters back them up.
  const CjkRun cjk{m_run, m_chars.data(), m_chars.size(), m_position};
  if (m_runSink) {
    m_runSink(m_runContext, cjk);
  } else {
    for (std::size_t i = 0; i < cjk.count; ++i) {
      TokenView single;
      single.term = single.surface = cjk.character(i);
      single.kind = TermKind::CjkChar;
      single.position = cjk.firstPosition + static_cast<std::uint32_t>(i);
      single.byteStart = cjk.chars[i].byteStart;
      single.byteEnd = cjk.chars[i].byteEnd;
      m_sink(m_context, single);
      if (i + 1 < cjk.count) {
        TokenView pair = single;
        pair.term = pair.surface = cjk.pair(i);
        pair.kind = TermKind::CjkPair;
        pair.byteEnd = cjk.chars[i + 1].byteEnd;
        m_sink(m_context, pair);
      }
    }
  }
  m_position += static_cast<std::uint32_t>(cjk.count);
  m_chars.clear();
  m_run.clear();
}

void TokenStream::run(std::string_view text, Sink sink, void* context, RunSink runSink, void* runContext) {
  m_sink = sink;
  m_context = context;
  m_runSink = runSink;
  m_runContext = runContext;
  m_position = 0;
  m_word.clear();
  m_run.clear();
  m_chars.clear();
  const CharClass* ascii = asciiClasses().of;
  char foldedBuffer[16];  // one character folded: at most a few bytes
  std::string foldedSlow;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto start = static_cast<std::uint32_t>(pos);
    std::string_view folded;
    CharClass cls;
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80 && kAsciiWordKind[byte] != 0) {
      // A run of ASCII letters and digits, most of any text, goes into the
      // word at once (one append, not one per letter).
      if (!m_chars.empty()) flushCjk();
      if (m_word.empty()) m_wordStart = start;
      unsigned kinds = 0;
      while (pos < text.size()) {
        const auto b = static_cast<unsigned char>(text[pos]);
        if (b >= 0x80 || kAsciiWordKind[b] == 0) break;
        kinds |= kAsciiWordKind[b];
        ++pos;
      }
      m_wordEnd = static_cast<std::uint32_t>(pos);
      const bool upper = (kinds & kUpper) != 0;
      const std::string_view letters = text.substr(start, pos - start);
      // Most words: lowercase ASCII between separators, read in place.
      const bool whole = m_word.empty() && !upper &&
                         (pos == text.size() ||
                          (static_cast<unsigned char>(text[pos]) < 0x80 &&
                           ascii[static_cast<unsigned char>(text[pos])] == CharClass::Separator));
      if (whole && letters.size() <= kMaxTermBytes) {
        // What flushWordText would find: no joiner, so a word, a number
        // (digits only) or an id (letters and digits).
        emit(letters, (kinds & kDigit) == 0 ? TermKind::Word
                      : (kinds & (kLower | kUpper)) == 0 ? TermKind::Number
                                                         : TermKind::Id);
        continue;
      }
      if (whole) {
        flushWordText(letters);
        continue;
      }
      const std::size_t old = m_word.size();
      m_word.append(letters.data(), letters.size());
      if (upper)
        for (std::size_t i = old; i < m_word.size(); ++i)
          if (m_word[i] >= 'A' && m_word[i] <= 'Z') m_word[i] = static_cast<char>(m_word[i] + ('a' - 'A'));
      continue;
    }
    if (byte < 0x80 && ascii[byte] == CharClass::Separator) {
      // Spaces and punctuation other than joiners and apostrophes (no
      // uppercase letter gets here: those are word bytes above).
      if (!m_word.empty()) flushWord();
      if (!m_chars.empty()) flushCjk();
      ++pos;
      continue;
    }
    if (byte < 0x80) {
      ++pos;
      const auto lower = static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte);
      cls = ascii[static_cast<unsigned char>(lower)];
      foldedBuffer[0] = lower;
      folded = std::string_view(foldedBuffer, 1);
    } else {
      if (commonHanAt(text, pos)) {
        // Common Han characters, most of a Chinese text: they fold to
        // themselves and are CJK, so their bytes are the folded form. The
        // whole run goes into m_run at once.
        if (!m_word.empty()) flushWord();
        const auto runStart = static_cast<std::uint32_t>(m_run.size());
        do {
          const auto at = static_cast<std::uint32_t>(pos);
          const auto folded = static_cast<std::uint32_t>(runStart + (pos - start));
          m_chars.push_back({folded, folded + 3, at, at + 3});
          pos += 3;
        } while (commonHanAt(text, pos));
        m_run.append(text.data() + start, pos - start);
        continue;
      }
      const char32_t cp = decodeUtf8(text, pos);
      foldedSlow.clear();
      appendFolded(foldedSlow, cp);
      if (foldedSlow.empty()) {  // a combining mark: part of the previous letter
        if (!m_word.empty()) m_wordEnd = static_cast<std::uint32_t>(pos);
        continue;
      }
      folded = foldedSlow;
      const auto first = static_cast<unsigned char>(folded[0]);
      if (first < 0x80) {
        cls = ascii[first];
      } else {
        std::size_t probe = 0;
        cls = classify(decodeUtf8(folded, probe));
      }
    }
    const auto end = static_cast<std::uint32_t>(pos);
    switch (cls) {
      case CharClass::Word:
        if (!m_chars.empty()) flushCjk();
        if (m_word.empty()) m_wordStart = start;
        m_word += folded;
        m_wordEnd = end;
        break;
      case CharClass::Joiner:
      case CharClass::Apostrophe:
        // Inside a word, a joiner may link an id ("so-1042"); an apostrophe
        // is dropped ("isn't" -> "isnt"). Elsewhere both separate.
        if (!m_word.empty() && wordCharAt(text, pos)) {
          if (cls == CharClass::Joiner) m_word += folded;
        } else if (!m_word.empty()) {
          flushWord();
        }
        break;
      case CharClass::Cjk: {
        if (!m_word.empty()) flushWord();
        const auto foldedStart = static_cast<std::uint32_t>(m_run.size());
        m_run += folded;
        m_chars.push_back({foldedStart, static_cast<std::uint32_t>(m_run.size()), start, end});
        break;
      }
      case CharClass::Separator:
        if (!m_word.empty()) flushWord();
        if (!m_chars.empty()) flushCjk();
        break;
    }
  }
  if (!m_word.empty()) flushWord();
  if (!m_chars.empty()) flushCjk();
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5 + 1);
  TokenStream stream;
  stream.forEach(text, [&](const TokenView& view) {
    Token token;
    token.term.assign(view.term.data(), view.term.size());
    token.surface.assign(view.surface.data(), view.surface.size());
    token.kind = view.kind;
    token.position = view.position;
    token.byteStart = view.byteStart;
    token.byteEnd = view.byteEnd;
    token.stemmedFromSuffix = view.stemmedFromSuffix;
    tokens.push_back(std::move(token));
  });
  return tokens;
}

}  // namespace hw::search
