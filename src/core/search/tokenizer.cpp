// Tokenizer and light stemmer. Pure C++: no ImGui, no Emscripten.
#include "core/search/tokenizer.h"

#include "core/search/text_fold.h"
#include "core/utf8.h"

namespace hw::search {

namespace {

bool endsWith(std::string_view word, std::string_view suffix) {
  return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

bool isVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool isAsciiLower(std::string_view word) {
  for (char c : word)
    if (c < 'a' || c > 'z') return false;
  return true;
}

// "shipp" -> "ship", but keep "sell", "pass", "buzz".
std::string undouble(std::string stemmed) {
  const std::size_t n = stemmed.size();
  if (n >= 3 && stemmed[n - 1] == stemmed[n - 2] && !isVowel(stemmed[n - 1]) &&
      stemmed[n - 1] != 'l' && stemmed[n - 1] != 's' && stemmed[n - 1] != 'z')
    stemmed.pop_back();
  return stemmed;
}

}  // namespace

bool isLatinTerm(std::string_view term) {
  for (char c : term)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return !term.empty();
}

std::string stem(std::string_view word, bool* strippedSuffix) {
  if (strippedSuffix) *strippedSuffix = false;
  if (word.size() < 4 || !isAsciiLower(word)) return std::string(word);
  // Every rule below ends in s, g (-ing) or d (-ed): most words leave here.
  const char last = word.back();
  if (last != 's' && last != 'g' && last != 'd') return std::string(word);
  if (endsWith(word, "ies") && word.size() > 4) return std::string(word.substr(0, word.size() - 3)) + "y";
  if (endsWith(word, "sses")) return std::string(word.substr(0, word.size() - 2));
  if (endsWith(word, "ches") || endsWith(word, "shes") || endsWith(word, "xes") ||
      endsWith(word, "zzes"))
    return std::string(word.substr(0, word.size() - 2));
  if (endsWith(word, "ing") && word.size() >= 6) {
    std::string base(word.substr(0, word.size() - 3));
    bool hasVowel = false;
    for (char c : base) hasVowel = hasVowel || isVowel(c) || c == 'y';
    if (hasVowel) {
      if (strippedSuffix) *strippedSuffix = true;
      return undouble(base);
    }
  }
  if (endsWith(word, "ed") && word.size() >= 5 && !endsWith(word, "eed")) {
    std::string base(word.substr(0, word.size() - 2));
    if (endsWith(base, "i")) return base.substr(0, base.size() - 1) + "y";  // "carried"
    if (strippedSuffix) *strippedSuffix = true;
    return undouble(base);
  }
  if (endsWith(word, "s") && !endsWith(word, "ss") && !endsWith(word, "us") && !endsWith(word, "is"))
    return std::string(word.substr(0, word.size() - 1));
  return std::string(word);
}

namespace {

class TokenWriter {
 public:
  explicit TokenWriter(std::vector<Token>& out) : m_out(out) {}

  void addWord(std::string folded, std::uint32_t start, std::uint32_t end) {
    // Trailing joiners ("refund-") are not part of the word.
    while (!folded.empty() && classify(static_cast<unsigned char>(folded.back())) == CharClass::Joiner) folded.pop_back();
    if (folded.empty()) return;
    if (folded.size() > kMaxTermBytes) folded.resize(floorToCharBoundary(folded, kMaxTermBytes));
    bool hasDigit = false;
    bool hasJoiner = false;
    bool allDigits = true;
    for (char c : folded) {
      hasDigit = hasDigit || (c >= '0' && c <= '9');
      allDigits = allDigits && ((c >= '0' && c <= '9') || c == '.');
      hasJoiner = hasJoiner || classify(static_cast<unsigned char>(c)) == CharClass::Joiner;
    }
    if (hasJoiner && !hasDigit) {
      // "e-mail", "check-out": the parts are words; an id needs a digit.
      std::size_t partStart = 0;
      for (std::size_t i = 0; i <= folded.size(); ++i) {
        if (i == folded.size() || classify(static_cast<unsigned char>(folded[i])) == CharClass::Joiner) {
          if (i > partStart) push(folded.substr(partStart, i - partStart), TermKind::Word, start, end);
          partStart = i + 1;
        }
      }
      return;
    }
    const TermKind kind = allDigits ? TermKind::Number : hasDigit ? TermKind::Id : TermKind::Word;
    push(folded, kind, start, end);
  }

  void addCjkRun(const std::vector<std::pair<std::string, std::pair<std::uint32_t, std::uint32_t>>>& run) {
    const std::uint32_t base = m_position;
    for (std::size_t i = 0; i < run.size(); ++i) {
      Token single;
      single.term = single.surface = run[i].first;
      single.kind = TermKind::CjkChar;
      single.position = base + static_cast<std::uint32_t>(i);
      single.byteStart = run[i].second.first;
      single.byteEnd = run[i].second.second;
      m_out.push_back(single);
      if (i + 1 < run.size()) {
        Token pair;
        pair.term = pair.surface = run[i].first + run[i + 1].first;
        pair.kind = TermKind::CjkPair;
        pair.position = single.position;
        pair.byteStart = run[i].second.first;
        pair.byteEnd = run[i + 1].second.second;
        m_out.push_back(pair);
      }
    }
    m_position = base + static_cast<std::uint32_t>(run.size());
  }

 private:
  void push(const std::string& folded, TermKind kind, std::uint32_t start, std::uint32_t end) {
    Token token;
    token.surface = folded;
    token.kind = kind;
    token.term = kind == TermKind::Word ? stem(folded, &token.stemmedFromSuffix) : folded;
    token.position = m_position++;
    token.byteStart = start;
    token.byteEnd = end;
    m_out.push_back(std::move(token));
  }

  std::vector<Token>& m_out;
  std::uint32_t m_position = 0;
};

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  TokenWriter writer(tokens);
  std::string word;
  std::uint32_t wordStart = 0;
  std::uint32_t wordEnd = 0;
  std::vector<std::pair<std::string, std::pair<std::uint32_t, std::uint32_t>>> cjkRun;

  const auto flushWord = [&]() {
    if (!word.empty()) writer.addWord(std::move(word), wordStart, wordEnd);
    word.clear();
  };
  const auto flushCjk = [&]() {
    if (!cjkRun.empty()) writer.addCjkRun(cjkRun);
    cjkRun.clear();
  };

  tokens.reserve(text.size() / 5 + 1);
  std::string folded;  // reused: one character's folded form
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto start = static_cast<std::uint32_t>(pos);
    folded.clear();
    CharClass cls;
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      // ASCII, most of any text: fold and classify without decoding.
      ++pos;
      folded += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte);
      cls = classify(static_cast<unsigned char>(folded[0]));
    } else {
      appendFolded(folded, decodeUtf8(text, pos));
      if (folded.empty()) {  // a combining mark: part of the previous letter
        if (!word.empty()) wordEnd = static_cast<std::uint32_t>(pos);
        continue;
      }
      std::size_t probe = 0;
      cls = classify(decodeUtf8(folded, probe));
    }
    const auto end = static_cast<std::uint32_t>(pos);
    switch (cls) {
      case CharClass::Word:
        flushCjk();
        if (word.empty()) wordStart = start;
        word += folded;
        wordEnd = end;
        break;
      case CharClass::Joiner:
      case CharClass::Apostrophe: {
        // Inside a word, a joiner may link an id ("so-1042"); an apostrophe
        // is dropped ("isn't" -> "isnt"). Elsewhere both separate.
        std::size_t next = pos;
        const bool wordFollows =
            next < text.size() && [&] {
              std::string after;
              appendFolded(after, decodeUtf8(text, next));
              std::size_t p = 0;
              return !after.empty() && classify(decodeUtf8(after, p)) == CharClass::Word;
            }();
        if (!word.empty() && wordFollows) {
          if (cls == CharClass::Joiner) word += folded;
        } else {
          flushWord();
        }
        break;
      }
      case CharClass::Cjk:
        flushWord();
        cjkRun.emplace_back(folded, std::make_pair(start, end));
        break;
      case CharClass::Separator:
        flushWord();
        flushCjk();
        break;
    }
  }
  flushWord();
  flushCjk();
  return tokens;
}

}  // namespace hw::search
