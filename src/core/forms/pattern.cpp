#include "core/forms/pattern.h"

#include <algorithm>
#include <memory>

#include "core/utf8.h"

namespace hw {

namespace {

constexpr int kMaxRepeat = 100;
constexpr int kMaxDepth = 16;
constexpr std::size_t kMaxSourceBytes = 500;
constexpr std::size_t kMaxProgram = 10000;

struct Node {
  enum class Kind { Char, Any, Class, Concat, Alt, Repeat };
  Kind kind = Kind::Concat;
  char32_t cp = 0;
  int classIndex = -1;
  int min = 0, max = 0;  // Repeat; max < 0 = unbounded
  std::vector<std::unique_ptr<Node>> children;
};

bool isMeta(char32_t cp) {
  return cp < 128 && std::string_view(".[](){}*+?|\\^$-/").find(static_cast<char>(cp)) !=
                         std::string_view::npos;
}

}  // namespace

bool Pattern::CharClass::contains(char32_t cp) const {
  const bool inside = std::any_of(ranges.begin(), ranges.end(),
                                  [&](const Range& r) { return cp >= r.first && cp <= r.last; });
  return inside != negated;
}

// Parses the source into a tree, then lays the tree out as NFA instructions.
class PatternCompiler {
 public:
  PatternCompiler(std::string_view source, Pattern& out) : m_src(source), m_out(out) {}

  bool run(std::string& error) {
    if (m_src.size() > kMaxSourceBytes) return fail(error, "is longer than 500 bytes");
    if (findInvalidUtf8(m_src) != std::string_view::npos) return fail(error, "is not valid UTF-8");
    if (!m_src.empty() && m_src.front() == '^') m_pos = 1;
    std::size_t end = m_src.size();
    if (end > m_pos && m_src[end - 1] == '$' && !(end >= 2 && m_src[end - 2] == '\\')) --end;
    m_src = m_src.substr(0, end);
    std::unique_ptr<Node> root = parseAlt(0);
    if (!root) return fail(error, m_error);
    if (m_pos < m_src.size())
      return fail(error, std::string("unexpected '") + m_src[m_pos] + "' at byte " +
                             std::to_string(m_pos));
    if (!emit(*root)) return fail(error, "is too large once its repeats are expanded");
    push({Pattern::Op::Match});
    return true;
  }

 private:
  static bool fail(std::string& error, std::string message) {
    error = std::move(message);
    return false;
  }
  std::unique_ptr<Node> bad(std::string message) {
    if (m_error.empty()) m_error = std::move(message);
    return nullptr;
  }
  bool atEnd() const { return m_pos >= m_src.size(); }
  char peek() const { return m_src[m_pos]; }

  std::unique_ptr<Node> parseAlt(int depth) {
    if (depth > kMaxDepth) return bad("nests groups too deeply");
    auto alt = std::make_unique<Node>();
    alt->kind = Node::Kind::Alt;
    for (;;) {
      auto branch = parseConcat(depth);
      if (!branch) return nullptr;
      alt->children.push_back(std::move(branch));
      if (atEnd() || peek() != '|') break;
      ++m_pos;
    }
    if (alt->children.size() == 1) return std::move(alt->children.front());
    return alt;
  }

  std::unique_ptr<Node> parseConcat(int depth) {
    auto concat = std::make_unique<Node>();
    concat->kind = Node::Kind::Concat;
    while (!atEnd() && peek() != '|' && peek() != ')') {
      auto atom = parseAtom(depth);
      if (!atom) return nullptr;
      atom = parseQuantifier(std::move(atom));
      if (!atom) return nullptr;
      concat->children.push_back(std::move(atom));
    }
    return concat;
  }

  std::unique_ptr<Node> parseQuantifier(std::unique_ptr<Node> atom) {
    if (atEnd()) return atom;
    int min = 0, max = 0;
    const char c = peek();
    if (c == '?') { min = 0; max = 1; }
    else if (c == '*') { min = 0; max = -1; }
    else if (c == '+') { min = 1; max = -1; }
    else if (c == '{') {
      ++m_pos;
      if (!readNumber(min)) return nullptr;
      max = min;
      if (!atEnd() && peek() == ',') {
        ++m_pos;
        if (!atEnd() && peek() == '}') max = -1;
        else if (!readNumber(max)) return nullptr;
      }
      if (atEnd() || peek() != '}') return bad("misses the '}' of a repeat");
      if (max >= 0 && max < min) return bad("has a repeat {n,m} with m smaller than n");
    } else {
      return atom;
    }
    ++m_pos;
    if (!atEnd() && (peek() == '?' || peek() == '*' || peek() == '+' || peek() == '{'))
      return bad("has two quantifiers in a row");
    auto repeat = std::make_unique<Node>();
    repeat->kind = Node::Kind::Repeat;
    repeat->min = min;
    repeat->max = max;
    repeat->children.push_back(std::move(atom));
    return repeat;
  }

  bool readNumber(int& out) {
    std::size_t start = m_pos;
    out = 0;
    while (!atEnd() && peek() >= '0' && peek() <= '9') {
      if (m_pos - start >= 4) return bad("repeats more than 100 times"), false;
      out = out * 10 + (peek() - '0');
      ++m_pos;
    }
    if (m_pos == start) return bad("needs a number in {n,m}"), false;
    if (out > kMaxRepeat) return bad("repeats more than 100 times"), false;
    return true;
  }

  std::unique_ptr<Node> parseAtom(int depth) {
    const char c = peek();
    if (c == '(') {
      ++m_pos;
      if (m_src.substr(m_pos, 2) == "?:") m_pos += 2;
      else if (!atEnd() && peek() == '?') return bad("supports only (...) and (?:...) groups");
      auto inner = parseAlt(depth + 1);
      if (!inner) return nullptr;
      if (atEnd() || peek() != ')') return bad("misses a ')'");
      ++m_pos;
      return inner;
    }
    if (c == '[') return parseClass();
    if (c == '.') {
      ++m_pos;
      auto node = std::make_unique<Node>();
      node->kind = Node::Kind::Any;
      return node;
    }
    if (c == '*' || c == '+' || c == '?' || c == '{') return bad(std::string("has '") + c + "' with nothing to repeat");
    if (c == ']' || c == '}' || c == '^' || c == '$')
      return bad(std::string("has an unescaped '") + c + "' (write \\" + c + ")");
    if (c == '\\') {
      Pattern::CharClass cls;
      char32_t literal = 0;
      if (!readEscape(cls, literal, false)) return nullptr;
      return literal ? charNode(literal) : classNode(std::move(cls));
    }
    return charNode(decodeUtf8(m_src, m_pos));
  }

  // After a backslash: either a class shorthand (fills `cls`) or a literal.
  bool readEscape(Pattern::CharClass& cls, char32_t& literal, bool inClass) {
    ++m_pos;
    if (atEnd()) return bad("ends with a lone backslash"), false;
    const char e = peek();
    ++m_pos;
    const auto add = [&](char32_t a, char32_t b) { cls.ranges.push_back({a, b}); };
    switch (e) {
      case 'd': case 'D': add('0', '9'); break;
      case 'w': case 'W': add('a', 'z'); add('A', 'Z'); add('0', '9'); add('_', '_'); break;
      case 's': case 'S': add(' ', ' '); add('\t', '\r'); add(0x3000, 0x3000); break;
      case 'n': literal = '\n'; return true;
      case 't': literal = '\t'; return true;
      default:
        if (isMeta(static_cast<unsigned char>(e))) {
          literal = static_cast<unsigned char>(e);
          return true;
        }
        bad(std::string("has an unknown escape \\") + e);
        return false;
    }
    if (e == 'D' || e == 'W' || e == 'S') {
      if (inClass) return bad(std::string("cannot use \\") + e + " inside [...]"), false;
      cls.negated = true;
    }
    return true;
  }

  std::unique_ptr<Node> parseClass() {
    ++m_pos;  // '['
    Pattern::CharClass cls;
    if (!atEnd() && peek() == '^') {
      cls.negated = true;
      ++m_pos;
    }
    bool first = true;
    while (!atEnd() && (peek() != ']' || first)) {
      first = false;
      char32_t low = 0;
      if (peek() == '\\') {
        Pattern::CharClass shorthand;
        if (!readEscape(shorthand, low, true)) return nullptr;
        if (!low) {
          cls.ranges.insert(cls.ranges.end(), shorthand.ranges.begin(), shorthand.ranges.end());
          continue;
        }
      } else {
        low = decodeUtf8(m_src, m_pos);
      }
      char32_t high = low;
      if (m_pos + 1 < m_src.size() && peek() == '-' && m_src[m_pos + 1] != ']') {
        ++m_pos;
        if (peek() == '\\') {
          Pattern::CharClass unused;
          if (!readEscape(unused, high, true)) return nullptr;
          if (!high) return bad("has a range ending in a class shorthand");
        } else {
          high = decodeUtf8(m_src, m_pos);
        }
        if (high < low) return bad("has a range [b-a] written backwards");
      }
      cls.ranges.push_back({low, high});
    }
    if (atEnd()) return bad("misses the ']' of a [...] class");
    ++m_pos;
    return classNode(std::move(cls));
  }

  std::unique_ptr<Node> charNode(char32_t cp) {
    auto node = std::make_unique<Node>();
    node->kind = Node::Kind::Char;
    node->cp = cp;
    return node;
  }
  std::unique_ptr<Node> classNode(Pattern::CharClass cls) {
    auto node = std::make_unique<Node>();
    node->kind = Node::Kind::Class;
    node->classIndex = static_cast<int>(m_out.m_classes.size());
    m_out.m_classes.push_back(std::move(cls));
    return node;
  }

  int push(Pattern::Instruction instruction) {
    m_out.m_program.push_back(instruction);
    return static_cast<int>(m_out.m_program.size()) - 1;
  }
  int here() const { return static_cast<int>(m_out.m_program.size()); }

  // Thompson construction; repeats are expanded into copies, which the size
  // cap keeps bounded.
  bool emit(const Node& node) {
    if (m_out.m_program.size() > kMaxProgram) return false;
    using Op = Pattern::Op;
    switch (node.kind) {
      case Node::Kind::Char: push({Op::Char, node.cp}); return true;
      case Node::Kind::Any: push({Op::Any}); return true;
      case Node::Kind::Class: push({Op::Class, 0, node.classIndex}); return true;
      case Node::Kind::Concat:
        for (const auto& child : node.children)
          if (!emit(*child)) return false;
        return true;
      case Node::Kind::Alt: {
        std::vector<int> jumps;
        for (std::size_t i = 0; i < node.children.size(); ++i) {
          if (i + 1 < node.children.size()) {
            const int split = push({Op::Split});
            m_out.m_program[split].x = here();
            if (!emit(*node.children[i])) return false;
            jumps.push_back(push({Op::Jump}));
            m_out.m_program[split].y = here();
          } else if (!emit(*node.children[i])) {
            return false;
          }
        }
        for (int jump : jumps) m_out.m_program[jump].x = here();
        return true;
      }
      case Node::Kind::Repeat: {
        const Node& child = *node.children.front();
        for (int i = 0; i < node.min; ++i)
          if (!emit(child)) return false;
        if (node.max < 0) {
          const int split = push({Op::Split});
          m_out.m_program[split].x = here();
          if (!emit(child)) return false;
          push({Op::Jump, 0, -1, split});
          m_out.m_program[split].y = here();
          return true;
        }
        std::vector<int> splits;
        for (int i = node.min; i < node.max; ++i) {
          const int split = push({Op::Split});
          m_out.m_program[split].x = here();
          splits.push_back(split);
          if (!emit(child)) return false;
        }
        for (int split : splits) m_out.m_program[split].y = here();
        return true;
      }
    }
    return false;
  }

  std::string_view m_src;
  Pattern& m_out;
  std::size_t m_pos = 0;
  std::string m_error;
};

std::optional<Pattern> Pattern::compile(std::string_view source, std::string& error) {
  Pattern pattern;
  PatternCompiler compiler(source, pattern);
  if (!compiler.run(error)) return std::nullopt;
  return pattern;
}

bool Pattern::matches(std::string_view text) const {
  // Pike-style simulation: the set of live instructions advances one code
  // point at a time; each instruction is added at most once per position.
  const std::size_t size = m_program.size();
  std::vector<int> current, next, stack;
  std::vector<std::size_t> mark(size, 0);
  std::size_t generation = 1;
  const auto addThread = [&](std::vector<int>& list, int start) {
    stack.push_back(start);
    while (!stack.empty()) {
      const int pc = stack.back();
      stack.pop_back();
      if (pc < 0 || static_cast<std::size_t>(pc) >= size || mark[pc] == generation) continue;
      mark[pc] = generation;
      const Instruction& in = m_program[pc];
      if (in.op == Op::Jump) stack.push_back(in.x);
      else if (in.op == Op::Split) {
        stack.push_back(in.y);
        stack.push_back(in.x);
      } else list.push_back(pc);
    }
  };
  addThread(current, 0);
  std::size_t pos = 0;
  while (pos < text.size() && !current.empty()) {
    const char32_t cp = decodeUtf8(text, pos);
    ++generation;
    next.clear();
    for (int pc : current) {
      const Instruction& in = m_program[pc];
      const bool step = (in.op == Op::Char && in.cp == cp) || (in.op == Op::Any && cp != '\n') ||
                        (in.op == Op::Class && m_classes[in.classIndex].contains(cp));
      if (step) addThread(next, pc + 1);
    }
    current.swap(next);
  }
  if (pos < text.size()) return false;
  return std::any_of(current.begin(), current.end(),
                     [&](int pc) { return m_program[pc].op == Op::Match; });
}

}  // namespace hw
