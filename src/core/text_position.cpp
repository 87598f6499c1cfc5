// Positions in JSON text. Pure C++: no ImGui, no Emscripten.
#include "core/text_position.h"

#include <cstdlib>
#include <vector>

#include "core/utf8.h"

namespace hw {

TextPosition positionAt(std::string_view text, std::size_t offset) {
  TextPosition position;
  if (offset > text.size()) offset = text.size();
  std::size_t pos = 0;
  while (pos < offset) {
    if (text[pos] == '\n') {
      ++position.line;
      position.column = 1;
      ++pos;
      continue;
    }
    decodeUtf8(text, pos);
    ++position.column;
  }
  return position;
}

namespace {

// A forward-only cursor over well-formed JSON text.
class JsonCursor {
 public:
  explicit JsonCursor(std::string_view text) : m_text(text) {}

  std::size_t offset() const { return m_pos; }
  bool atEnd() const { return m_pos >= m_text.size(); }
  char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
  void advance() { ++m_pos; }

  void skipSpace() {
    while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
      ++m_pos;
  }

  // Reads a string starting at the opening quote, decoding escapes.
  std::string readString() {
    std::string out;
    ++m_pos;  // opening quote
    while (!atEnd() && peek() != '"') {
      char c = peek();
      ++m_pos;
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
          char32_t cp = readHex4();
          if (cp >= 0xD800 && cp <= 0xDBFF && peek() == '\\' && m_pos + 1 < m_text.size() &&
              m_text[m_pos + 1] == 'u') {
            m_pos += 2;
            const char32_t low = readHex4();
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          appendUtf8(out, cp);
          break;
        }
        default: out += escape; break;
      }
    }
    ++m_pos;  // closing quote
    return out;
  }

  // Skips one complete value (scalar or nested container) without recursion.
  void skipValue() {
    int depth = 0;
    do {
      skipSpace();
      const char c = peek();
      if (c == '"') {
        readString();
      } else if (c == '{' || c == '[') {
        ++depth;
        ++m_pos;
      } else if (c == '}' || c == ']') {
        --depth;
        ++m_pos;
      } else if (c == ',' || c == ':') {
        ++m_pos;
      } else {
        while (!atEnd() && std::string_view(",]} \t\r\n").find(peek()) == std::string_view::npos)
          ++m_pos;
      }
      skipSpace();
      // Inside a container, keep going over separators until it closes.
    } while (depth > 0 && !atEnd());
  }

 private:
  char32_t readHex4() {
    const std::string hex(m_text.substr(m_pos, 4));
    m_pos += 4;
    return static_cast<char32_t>(std::strtoul(hex.c_str(), nullptr, 16));
  }

  std::string_view m_text;
  std::size_t m_pos = 0;
};

std::vector<std::string> splitPointer(std::string_view pointer) {
  std::vector<std::string> tokens;
  std::size_t pos = 1;  // skip the leading '/'
  while (pos <= pointer.size() && !pointer.empty()) {
    std::size_t end = pointer.find('/', pos);
    if (end == std::string_view::npos) end = pointer.size();
    std::string token;
    for (std::size_t i = pos; i < end; ++i) {
      if (pointer[i] == '~' && i + 1 < end) {
        token += pointer[i + 1] == '1' ? '/' : '~';
        ++i;
      } else {
        token += pointer[i];
      }
    }
    tokens.push_back(token);
    pos = end + 1;
  }
  return tokens;
}

}  // namespace

std::optional<std::size_t> locatePointer(std::string_view text, std::string_view pointer) {
  JsonCursor cursor(text);
  cursor.skipSpace();
  for (const std::string& token : splitPointer(pointer)) {
    if (cursor.peek() == '{') {
      cursor.advance();
      bool found = false;
      while (!found) {
        cursor.skipSpace();
        if (cursor.peek() != '"') return std::nullopt;
        const std::string key = cursor.readString();
        cursor.skipSpace();
        cursor.advance();  // ':'
        cursor.skipSpace();
        if (key == token) {
          found = true;
          break;
        }
        cursor.skipValue();
        if (cursor.peek() != ',') return std::nullopt;
        cursor.advance();
      }
    } else if (cursor.peek() == '[') {
      char* end = nullptr;
      const long index = std::strtol(token.c_str(), &end, 10);
      if (token.empty() || *end != '\0' || index < 0) return std::nullopt;
      cursor.advance();
      cursor.skipSpace();
      for (long i = 0; i < index; ++i) {
        if (cursor.peek() == ']') return std::nullopt;
        cursor.skipValue();
        if (cursor.peek() != ',') return std::nullopt;
        cursor.advance();
        cursor.skipSpace();
      }
      if (cursor.peek() == ']') return std::nullopt;
    } else {
      return std::nullopt;
    }
    cursor.skipSpace();
  }
  return cursor.offset();
}

std::optional<std::size_t> findNestingBeyond(std::string_view text, int maxDepth) {
  int depth = 0;
  bool inString = false;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (inString) {
      if (c == '\\') ++pos;
      else if (c == '"') inString = false;
    } else if (c == '"') {
      inString = true;
    } else if (c == '{' || c == '[') {
      if (++depth > maxDepth) return pos;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return std::nullopt;
}

std::string escapePointerToken(std::string_view token) {
  std::string out;
  for (char c : token) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

}  // namespace hw
