// Search normalization of characters. Pure C++: no ImGui, no Emscripten.
#include "core/search/text_fold.h"

#include "core/utf8.h"

namespace hw::search {

namespace {

// Base letters of U+00C0..U+017F (Latin-1 Supplement letters and Latin
// Extended-A), lowercase; '\0' where the character needs more than one
// letter or is not a letter. Index = cp - 0xC0.
constexpr char kLatinBase[] =
    "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyt\0"   // C0-DF (Æ, ×, ß handled apart)
    "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyty"   // E0-FF (æ, ÷ handled apart)
    "aaaaaaccccccccdd" "ddeeeeeeeeeegggg"   // 100-11F
    "gggghhhhiiiiiiii" "iijjjjkkklllllll"   // 120-13F
    "lllnnnnnnnnnoooo" "oooorrrrrrssssss"   // 140-15F
    "ssttttttuuuuuuuu" "uuuuwwyyyzzzzzzs";  // 160-17F

bool isCombiningMark(char32_t cp) {
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
         (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F);
}

}  // namespace

void appendFolded(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
    return;
  }
  if (cp >= 0xFF01 && cp <= 0xFF5E) {  // full-width ASCII
    appendFolded(out, cp - 0xFEE0);
    return;
  }
  if (cp == 0x3000 || cp == 0x00A0) {  // ideographic and no-break spaces
    out += ' ';
    return;
  }
  if (isCombiningMark(cp)) return;
  switch (cp) {
    case 0xC6: case 0xE6: out += "ae"; return;
    case 0xDF: case 0x1E9E: out += "ss"; return;
    case 0x152: case 0x153: out += "oe"; return;
    case 0xD8: case 0xF8: out += 'o'; return;
    case 0xD0: case 0xF0: out += 'd'; return;
    case 0xDE: case 0xFE: out += "th"; return;
    case 0x2018: case 0x2019: case 0x2032: out += '\''; return;  // typographic apostrophes
    default: break;
  }
  if (cp >= 0xC0 && cp <= 0x17F && cp != 0xD7 && cp != 0xF7) {
    const char base = kLatinBase[cp - 0xC0];
    if (base != '\0') {
      out += base;
      return;
    }
  }
  if (cp >= 0x391 && cp <= 0x3A9) cp += 0x20;        // Greek capitals
  else if (cp >= 0x410 && cp <= 0x42F) cp += 0x20;   // Cyrillic capitals
  else if (cp >= 0x400 && cp <= 0x40F) cp += 0x50;   // Cyrillic Ѐ..Џ
  else if (cp == 0x3C2) cp = 0x3C3;                  // final sigma
  appendUtf8(out, cp);
}

CharClass classify(char32_t cp) {
  if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) return CharClass::Word;
  if (cp == '-' || cp == '_' || cp == '.' || cp == '/' || cp == '#') return CharClass::Joiner;
  if (cp == '\'') return CharClass::Apostrophe;
  if (cp < 0x80) return CharClass::Separator;
  if (isCjk(cp)) {
    // CJK punctuation and full-width symbols separate words.
    if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF)) return CharClass::Separator;
    return CharClass::Cjk;
  }
  if (cp == 0xFFFD) return CharClass::Separator;
  if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 ||
      (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0xFE30 && cp <= 0xFE4F))
    return CharClass::Separator;  // punctuation, symbols, emoji
  return CharClass::Word;          // other scripts' letters
}

std::string foldText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) appendFolded(out, decodeUtf8(text, pos));
  return out;
}

}  // namespace hw::search
