// A small, safe regular-expression subset for field patterns written in
// content ("SO-\d{4,8}"). std::regex backtracks (exponential time, deep
// recursion on long input) and throws on bad syntax, which a core built
// without exception handling cannot survive; this matcher runs in time
// linear in the input (a Thompson NFA), never recurses while matching, and
// reports bad syntax as a message. Pure C++.
//
// Supported: literals (any UTF-8), `.`, `\d \D \w \W \s \S`, escaped
// punctuation (`\.`), classes `[a-z0-9_-]` and `[^...]`, groups `( )` and
// `(?: )`, alternation `|`, quantifiers `? * + {n} {n,} {n,m}` (n, m <= 100).
// A pattern always matches the whole value; a leading `^` and trailing `$`
// are accepted and change nothing.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hw {

class Pattern {
 public:
  // Returns nothing and sets `error` when `source` is outside the subset.
  static std::optional<Pattern> compile(std::string_view source, std::string& error);

  bool matches(std::string_view text) const;

  struct Range {
    char32_t first, last;
  };
  struct CharClass {
    std::vector<Range> ranges;
    bool negated = false;
    bool contains(char32_t cp) const;
  };
  enum class Op { Char, Any, Class, Split, Jump, Match };
  struct Instruction {
    Op op = Op::Match;
    char32_t cp = 0;
    int classIndex = -1;
    int x = -1, y = -1;  // jump targets
  };

 private:
  friend class PatternCompiler;
  std::vector<Instruction> m_program;
  std::vector<CharClass> m_classes;
};

}  // namespace hw
