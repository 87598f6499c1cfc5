#include "core/forms/text_length.h"

#include "core/utf8.h"

namespace hw {

namespace {

// Code points that attach to the one before them.
bool extendsPrevious(char32_t cp) {
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
         (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
         (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xFE20 && cp <= 0xFE2F) ||
         (cp >= 0x1F3FB && cp <= 0x1F3FF) ||  // skin tones
         (cp >= 0xE0020 && cp <= 0xE007F) ||  // emoji tag sequences (flags of regions)
         (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0x200D;
}

bool isRegionalIndicator(char32_t cp) { return cp >= 0x1F1E6 && cp <= 0x1F1FF; }

}  // namespace

std::size_t countVisibleCharacters(std::string_view text) {
  std::size_t count = 0;
  std::size_t pos = 0;
  char32_t previous = 0;
  bool openRegionalPair = false;
  while (pos < text.size()) {
    const char32_t cp = decodeUtf8(text, pos);
    const bool joined = previous == 0x200D;  // the code point after a ZWJ joins
    const bool pairsFlag = isRegionalIndicator(cp) && openRegionalPair;
    const bool crlf = cp == '\n' && previous == '\r';  // one line break
    if (count == 0 || !(extendsPrevious(cp) || joined || pairsFlag || crlf)) ++count;
    openRegionalPair = isRegionalIndicator(cp) && !pairsFlag;
    previous = cp;
  }
  return count;
}

}  // namespace hw
