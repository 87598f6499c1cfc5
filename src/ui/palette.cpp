// Light, dark and brand palettes. Pure C++: no ImGui, no Emscripten.
#include "ui/palette.h"

#include <algorithm>
#include <cmath>

namespace hw::ui {

Palette lightPalette() {
  Palette p;
  p.dark = false;
  p.background = {255, 255, 255};
  p.text = {31, 35, 40};
  p.muted = {89, 99, 110};
  p.card = {246, 248, 250};
  p.cardHover = {234, 240, 250};
  p.border = {208, 215, 222};
  p.controlBorder = {129, 139, 152};
  p.accent = {31, 95, 204};
  p.accentHover = {26, 81, 173};
  p.accentText = {255, 255, 255};
  p.link = {9, 86, 196};
  p.focus = {9, 86, 196};
  p.highlight = {255, 236, 153};
  p.errorBackground = {255, 240, 240};
  p.errorText = {150, 20, 30};
  p.toneInfo = {31, 95, 204};
  p.toneWarning = {191, 110, 0};
  p.toneSuccess = {26, 127, 55};
  p.toneProblem = {190, 30, 45};
  return p;
}

// Not an inverted light palette: a dark surface a little lighter than black
// (pure black against light text is harsh), lighter cards for depth, and
// links and stripes lightened to keep their contrast.
Palette darkPalette() {
  Palette p;
  p.dark = true;
  p.background = {21, 24, 29};
  p.text = {230, 237, 243};
  p.muted = {163, 173, 184};
  p.card = {32, 37, 44};
  p.cardHover = {42, 49, 58};
  p.border = {58, 66, 76};
  p.controlBorder = {110, 118, 129};
  p.accent = {31, 95, 204};
  p.accentHover = {42, 106, 214};
  p.accentText = {255, 255, 255};
  p.link = {122, 180, 255};
  p.focus = {122, 180, 255};
  p.highlight = {92, 74, 0};
  p.errorBackground = {59, 20, 24};
  p.errorText = {255, 158, 166};
  p.toneInfo = {91, 155, 255};
  p.toneWarning = {217, 154, 43};
  p.toneSuccess = {63, 185, 80};
  p.toneProblem = {255, 107, 118};
  return p;
}

Palette withBrand(const Palette& base, Rgb brand) {
  Palette p = base;
  // Text on the fill: whichever of white and near-black contrasts more. For
  // colours in the middle (mid-grey, some oranges) neither reaches 4.5:1, so
  // the fill moves away from the text until it does.
  const bool whiteText = contrastRatio(kWhite, brand) >= contrastRatio(kNearBlack, brand);
  p.accentText = whiteText ? kWhite : kNearBlack;
  const Rgb away = whiteText ? kBlack : kWhite;
  p.accent = shadeForContrast(brand, away, {p.accentText}, kTextContrast);
  // Hover: a step further from the text, so it keeps (and gains) contrast;
  // a fill already at black or white steps towards the text instead, as far
  // as its contrast allows.
  p.accentHover = mix(p.accent, away, 0.14);
  if (contrastRatio(p.accentHover, p.accent) < 1.1) {
    const Rgb towardsText = mix(p.accent, p.accentText, 0.14);
    if (contrastRatio(towardsText, p.accentText) >= kTextContrast) p.accentHover = towardsText;
  }
  // As text on the panel: the brand colour itself when it reads, else the
  // nearest shade that does, darker on light panels and lighter on dark.
  const std::vector<Rgb> surfaces = {p.background, p.card, p.cardHover};
  p.link = shadeForContrast(brand, base.dark ? kWhite : kBlack, surfaces, kTextContrast);
  p.focus = p.link;
  p.toneInfo = p.link;
  return p;
}

Palette makePalette(const ThemeRequest& request) {
  const Palette base = request.dark ? darkPalette() : lightPalette();
  return request.brand ? withBrand(base, *request.brand) : base;
}

std::vector<ColourPair> drawnPairs(const Palette& p) {
  std::vector<ColourPair> pairs = {
      {"text on background", p.text, p.background, kTextContrast},
      {"text on card", p.text, p.card, kTextContrast},
      {"text on hovered card", p.text, p.cardHover, kTextContrast},
      {"text on search highlight", p.text, p.highlight, kTextContrast},
      {"text on error background", p.text, p.errorBackground, kTextContrast},
      {"muted text on background", p.muted, p.background, kTextContrast},
      {"muted text on card", p.muted, p.card, kTextContrast},
      {"muted text on hovered card", p.muted, p.cardHover, kTextContrast},
      {"link on background", p.link, p.background, kTextContrast},
      {"link on card", p.link, p.card, kTextContrast},
      {"link on hovered card", p.link, p.cardHover, kTextContrast},
      {"text on accent (header, buttons, chips)", p.accentText, p.accent, kTextContrast},
      {"text on hovered accent", p.accentText, p.accentHover, kTextContrast},
      {"error text on background", p.errorText, p.background, kTextContrast},
      {"error text on error background", p.errorText, p.errorBackground, kTextContrast},
      // Non-text (WCAG 1.4.11).
      {"input and chip outline on background", p.controlBorder, p.background, kNonTextContrast},
      {"chip outline on card", p.controlBorder, p.card, kNonTextContrast},
      {"focus ring on background", p.focus, p.background, kNonTextContrast},
      {"focus ring on card", p.focus, p.card, kNonTextContrast},
      {"header focus ring and icons on accent", p.accentText, p.accent, kNonTextContrast},
      {"info stripe on card", p.toneInfo, p.card, kNonTextContrast},
      {"warning stripe on card", p.toneWarning, p.card, kNonTextContrast},
      {"success stripe on card", p.toneSuccess, p.card, kNonTextContrast},
      {"problem stripe on card", p.toneProblem, p.card, kNonTextContrast},
  };
  return pairs;
}

float clampRadius(float radius) {
  if (!std::isfinite(radius)) return 0.0f;
  return std::clamp(radius, 0.0f, kMaxRadius);
}

float clampTextScale(float scale) {
  if (!std::isfinite(scale) || scale <= 0.0f) return 1.0f;
  return std::clamp(scale, kMinTextScale, kMaxTextScale);
}

}  // namespace hw::ui
