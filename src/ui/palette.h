// The panel's colours as data: the light and dark palettes, a retailer's
// brand colour folded in with the contrast WCAG 2.2 AA asks for, and the
// list of colour pairs the views actually draw (which the tests check).
// Pure C++: no ImGui, no Emscripten.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/colour.h"

namespace hw::ui {

struct Palette {
  bool dark = false;
  Rgb background;       // the panel
  Rgb text;             // body text
  Rgb muted;            // secondary text
  Rgb card;             // rows, cards, chips
  Rgb cardHover;
  Rgb border;           // decorative only: the progress track
  Rgb controlBorder;    // outlines that identify a control (inputs, chips)
  Rgb accent;           // header bar, primary buttons, accent chips
  Rgb accentHover;
  Rgb accentText;       // text and icons on accent
  Rgb link;             // links and accent-coloured text on the panel
  Rgb focus;            // the keyboard focus ring
  Rgb highlight;        // behind matched search words (text on it: `text`)
  Rgb errorBackground;
  Rgb errorText;
  Rgb toneInfo;         // the stripe on a first-screen card says how urgent it is
  Rgb toneWarning;
  Rgb toneSuccess;
  Rgb toneProblem;
};

Palette lightPalette();
Palette darkPalette();

// Text drawn on a brand-coloured fill: white, or near-black when that
// contrasts more.
inline constexpr Rgb kNearBlack{17, 17, 17};

// `base` with the brand colour as accent: the fill is the brand colour (made
// darker or lighter only when neither white nor near-black text reaches
// 4.5:1 on it, as for mid-greys), and links use the brand colour, or the
// nearest darker (light theme) / lighter (dark theme) shade that reaches
// 4.5:1 on the background and cards.
Palette withBrand(const Palette& base, Rgb brand);

// What the page asked for, already parsed; see makePalette.
struct ThemeRequest {
  bool dark = false;
  std::optional<Rgb> brand;
};
Palette makePalette(const ThemeRequest& request);

// WCAG 2.2 AA minimums. All text uses 4.5:1, large text included: headings
// get no 3:1 allowance, so a size change can never break a pair. 3:1 is used
// only where WCAG 1.4.11 (non-text contrast) applies: control outlines, the
// focus ring and the card stripes.
inline constexpr double kTextContrast = 4.5;
inline constexpr double kNonTextContrast = 3.0;

struct ColourPair {
  std::string what;  // e.g. "muted text on card"
  Rgb foreground;
  Rgb background;
  double minimum;
};

// Every foreground/background pair the views draw with this palette.
std::vector<ColourPair> drawnPairs(const Palette& palette);

// The radius the page asked for (`data-radius`, CSS px) kept to what the
// panel's shapes can take.
float clampRadius(float radius);
inline constexpr float kMaxRadius = 32.0f;

// The text size scale (`data-text-size` or setTextSize times the browser's
// default font size over 16px) kept to the range the layout is checked at
// (tests/ui/unit-theme-layout.cpp); NaN and nonsense give 1.
float clampTextScale(float scale);
inline constexpr float kMinTextScale = 0.85f;
inline constexpr float kMaxTextScale = 1.5f;

}  // namespace hw::ui
