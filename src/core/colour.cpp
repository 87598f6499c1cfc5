// Colour maths for accessible themes. Pure C++: no ImGui, no Emscripten.
#include "core/colour.h"

#include <algorithm>
#include <cmath>

namespace hw {

namespace {

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// sRGB channel to linear light, with the thresholds WCAG 2.x gives.
double linear(std::uint8_t channel) {
  const double c = channel / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

std::optional<Rgb> parseHexColour(std::string_view text) {
  if (text.size() != 4 && text.size() != 7) return std::nullopt;
  if (text[0] != '#') return std::nullopt;
  int digits[6] = {};
  const std::size_t count = text.size() - 1;
  for (std::size_t i = 0; i < count; ++i) {
    digits[i] = hexDigit(text[i + 1]);
    if (digits[i] < 0) return std::nullopt;
  }
  const auto channel = [&](int index) {
    return count == 3 ? static_cast<std::uint8_t>(digits[index] * 17)
                      : static_cast<std::uint8_t>(digits[2 * index] * 16 + digits[2 * index + 1]);
  };
  return Rgb{channel(0), channel(1), channel(2)};
}

std::string toHex(Rgb colour) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out = "#";
  for (std::uint8_t channel : {colour.r, colour.g, colour.b}) {
    out += kDigits[channel >> 4];
    out += kDigits[channel & 15];
  }
  return out;
}

double relativeLuminance(Rgb colour) {
  return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b);
}

double contrastRatio(Rgb a, Rgb b) {
  const double la = relativeLuminance(a);
  const double lb = relativeLuminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgb mix(Rgb from, Rgb to, double amount) {
  const double t = std::clamp(amount, 0.0, 1.0);
  const auto channel = [t](std::uint8_t a, std::uint8_t b) {
    return static_cast<std::uint8_t>(std::lround(a + (b - a) * t));
  };
  return Rgb{channel(from.r, to.r), channel(from.g, to.g), channel(from.b, to.b)};
}

double lowestContrast(Rgb colour, const std::vector<Rgb>& against) {
  double lowest = 21.0;
  for (Rgb other : against) lowest = std::min(lowest, contrastRatio(colour, other));
  return lowest;
}

Rgb shadeForContrast(Rgb colour, Rgb towards, const std::vector<Rgb>& against, double minRatio) {
  // A linear walk rather than a bisection: contrast against a background is
  // not monotonic in the mix when the colour starts on the other side of it.
  for (int step = 0; step <= 255; ++step) {
    const Rgb shade = mix(colour, towards, step / 255.0);
    if (lowestContrast(shade, against) >= minRatio) return shade;
  }
  return towards;
}

}  // namespace hw
