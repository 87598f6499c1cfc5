// UTF-8 helpers. Pure C++: no ImGui, no Emscripten.
#include "core/utf8.h"

namespace hw {

namespace {

bool isContinuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Length of the valid sequence at `pos`, or 0 when it is invalid (overlong,
// surrogate, above U+10FFFF or truncated).
std::size_t validSequenceLength(std::string_view text, std::size_t pos) {
  const auto at = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = at(pos);
  const std::size_t left = text.size() - pos;
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return left >= 2 && isContinuation(at(pos + 1)) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (left < 3 || !isContinuation(at(pos + 1)) || !isContinuation(at(pos + 2))) return 0;
    if (lead == 0xE0 && at(pos + 1) < 0xA0) return 0;   // overlong
    if (lead == 0xED && at(pos + 1) >= 0xA0) return 0;  // UTF-16 surrogate
    return 3;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (left < 4 || !isContinuation(at(pos + 1)) || !isContinuation(at(pos + 2)) ||
        !isContinuation(at(pos + 3)))
      return 0;
    if (lead == 0xF0 && at(pos + 1) < 0x90) return 0;  // overlong
    if (lead == 0xF4 && at(pos + 1) >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace

std::size_t findInvalidUtf8(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t length = validSequenceLength(text, pos);
    if (length == 0) return pos;
    pos += length;
  }
  return std::string_view::npos;
}

char32_t decodeUtf8(std::string_view text, std::size_t& pos) {
  const std::size_t length = validSequenceLength(text, pos);
  const auto at = [&](std::size_t i) { return static_cast<unsigned char>(text[pos + i]); };
  char32_t cp = 0xFFFD;
  switch (length) {
    case 1: cp = at(0); break;
    case 2: cp = ((at(0) & 0x1Fu) << 6) | (at(1) & 0x3Fu); break;
    case 3: cp = ((at(0) & 0x0Fu) << 12) | ((at(1) & 0x3Fu) << 6) | (at(2) & 0x3Fu); break;
    case 4:
      cp = ((at(0) & 0x07u) << 18) | ((at(1) & 0x3Fu) << 12) | ((at(2) & 0x3Fu) << 6) |
           (at(3) & 0x3Fu);
      break;
    default: break;
  }
  pos += length == 0 ? 1 : length;
  return cp;
}

std::string sanitizeUtf8(std::string_view text) {
  if (findInvalidUtf8(text) == std::string_view::npos) return std::string(text);
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) appendUtf8(out, decodeUtf8(text, pos));
  return out;
}

void appendUtf8(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::size_t floorToCharBoundary(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return text.size();
  while (pos > 0 && isContinuation(static_cast<unsigned char>(text[pos]))) --pos;
  return pos;
}

bool isCjk(char32_t cp) {
  return (cp >= 0x2E80 && cp <= 0x9FFF) ||    // radicals, CJK punctuation, kana, Han
         (cp >= 0xAC00 && cp <= 0xD7AF) ||    // Hangul syllables
         (cp >= 0xF900 && cp <= 0xFAFF) ||    // compatibility ideographs
         (cp >= 0xFF00 && cp <= 0xFFEF) ||    // full-width forms
         (cp >= 0x20000 && cp <= 0x3FFFF);    // Han extensions
}

}  // namespace hw
