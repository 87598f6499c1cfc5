// Colour maths for accessible themes: hex parsing, WCAG 2.x relative
// luminance and contrast ratio, and shades that reach a contrast target.
// Pure C++: no ImGui, no Emscripten.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hw {

// An opaque sRGB colour, 8 bits per channel.
struct Rgb {
  std::uint8_t r = 0;
  std::uint8_t g = 0;
  std::uint8_t b = 0;
};

inline bool operator==(Rgb a, Rgb b) { return a.r == b.r && a.g == b.g && a.b == b.b; }
inline bool operator!=(Rgb a, Rgb b) { return !(a == b); }

inline constexpr Rgb kWhite{255, 255, 255};
inline constexpr Rgb kBlack{0, 0, 0};

// "#rgb" or "#rrggbb" (either case); anything else is nullopt, so a typo in
// a page's attribute falls back to the default theme instead of a wrong one.
std::optional<Rgb> parseHexColour(std::string_view text);
// "#rrggbb", lowercase.
std::string toHex(Rgb colour);

// WCAG 2.x relative luminance: 0 for black, 1 for white.
double relativeLuminance(Rgb colour);
// WCAG 2.x contrast ratio (L1 + 0.05) / (L2 + 0.05), from 1 to 21, symmetric.
double contrastRatio(Rgb a, Rgb b);

// Channel-wise sRGB mix: `amount` 0 gives `from`, 1 gives `to`. Mixing with
// black or white keeps the hue, so a shade still reads as the brand colour.
Rgb mix(Rgb from, Rgb to, double amount);

// The least mix of `colour` towards `towards` (black or white) whose
// contrast with every colour in `against` is at least `minRatio`; `colour`
// itself when it already is. Searched in 1/255 steps, so the answer holds
// after rounding to 8 bits; `towards` when nothing short of it does.
Rgb shadeForContrast(Rgb colour, Rgb towards, const std::vector<Rgb>& against, double minRatio);

// The lowest contrast of `colour` against any of `against` (21 for none).
double lowestContrast(Rgb colour, const std::vector<Rgb>& against);

}  // namespace hw
