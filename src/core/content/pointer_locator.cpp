// One-pass JSON pointer locator. Pure C++.
#include "core/content/pointer_locator.h"

#include <cstdlib>
#include <vector>

#include "core/text_position.h"
#include "core/utf8.h"

namespace hw::content {

namespace {

class Scanner {
 public:
  Scanner(std::string_view text, const std::set<std::string>& wanted) : m_text(text), m_wanted(wanted) {}

  std::map<std::string, std::size_t> run() {
    struct Frame {
      bool array;
      std::size_t index;
      std::size_t baseLength;
    };
    std::vector<Frame> stack;
    std::string path;
    skipSpace();
    record(path);
    while (m_pos < m_text.size() && m_found.size() < m_wanted.size()) {
      const char c = m_text[m_pos];
      bool valueDone = true;
      if (c == '{' || c == '[') {
        stack.push_back({c == '[', 0, path.size()});
        ++m_pos;
        skipSpace();
        if (peek() == '}' || peek() == ']') {
          ++m_pos;
          stack.pop_back();
        } else {
          enterChild(stack.back().array, 0, path, stack.back().baseLength);
          valueDone = false;
        }
      } else if (c == '"') {
        skipString();
      } else {
        while (m_pos < m_text.size() && std::string_view(",]} \t\r\n").find(m_text[m_pos]) == std::string_view::npos)
          ++m_pos;
      }
      if (!valueDone) continue;
      // After a value: close containers or move to the next member.
      while (true) {
        skipSpace();
        if (stack.empty() || m_pos >= m_text.size()) return m_found;
        if (peek() == ',') {
          ++m_pos;
          skipSpace();
          Frame& top = stack.back();
          enterChild(top.array, ++top.index, path, top.baseLength);
          break;
        }
        ++m_pos;  // '}' or ']'
        path.resize(stack.back().baseLength);
        stack.pop_back();
      }
    }
    return m_found;
  }

 private:
  char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }

  void skipSpace() {
    while (m_pos < m_text.size() && std::string_view(" \t\r\n").find(m_text[m_pos]) != std::string_view::npos) ++m_pos;
  }

  void skipString() {
    ++m_pos;
    while (m_pos < m_text.size() && m_text[m_pos] != '"') m_pos += m_text[m_pos] == '\\' ? 2 : 1;
    ++m_pos;
  }

  std::string readKey() {
    std::string out;
    ++m_pos;
    while (m_pos < m_text.size() && m_text[m_pos] != '"') {
      const char c = m_text[m_pos++];
      if (c != '\\') {
        out += c;
        continue;
      }
      const char escape = peek();
      ++m_pos;
      switch (escape) {
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          char32_t cp = hex4();
          if (cp >= 0xD800 && cp <= 0xDBFF && peek() == '\\' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == 'u') {
            m_pos += 2;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4() - 0xDC00);
          }
          appendUtf8(out, cp);
          break;
        }
        default: out += escape; break;
      }
    }
    ++m_pos;
    return out;
  }

  char32_t hex4() {
    const std::string hex(m_text.substr(m_pos, 4));
    m_pos += 4;
    return static_cast<char32_t>(std::strtoul(hex.c_str(), nullptr, 16));
  }

  // Positions the scanner on a container's child and records where it is.
  void enterChild(bool array, std::size_t index, std::string& path, std::size_t baseLength) {
    path.resize(baseLength);
    if (array) {
      path += "/" + std::to_string(index);
    } else {
      path += "/" + escapePointerToken(readKey());
      skipSpace();
      ++m_pos;  // ':'
      skipSpace();
    }
    record(path);
  }

  void record(const std::string& path) {
    if (m_wanted.count(path)) m_found.emplace(path, m_pos);
  }

  std::string_view m_text;
  const std::set<std::string>& m_wanted;
  std::map<std::string, std::size_t> m_found;
  std::size_t m_pos = 0;
};

}  // namespace

std::map<std::string, std::size_t> locatePointers(std::string_view text, const std::set<std::string>& wanted) {
  return Scanner(text, wanted).run();
}

}  // namespace hw::content
