// Colour maths: hex parsing, WCAG 2.x luminance and contrast, shades.
#include <catch_amalgamated.hpp>

#include "core/colour.h"

using namespace hw;
using Catch::Approx;

TEST_CASE("hex colours parse in short and long form, any case", "[colour]") {
  CHECK(parseHexColour("#0a7d4f") == Rgb{10, 125, 79});
  CHECK(parseHexColour("#0A7D4F") == Rgb{10, 125, 79});
  CHECK(parseHexColour("#fff") == Rgb{255, 255, 255});
  CHECK(parseHexColour("#f80") == Rgb{255, 136, 0});
  CHECK(toHex(Rgb{10, 125, 79}) == "#0a7d4f");
}

TEST_CASE("anything but #rgb or #rrggbb is refused", "[colour]") {
  for (const char* bad : {"", "#", "0a7d4f", "#0a7d4", "#0a7d4f0", "#ggg", "#12345g", " #0a7d4f",
                          "#0a7d4f ", "red", "rgb(0,0,0)", "#0a7d4f;}"})
    CHECK_FALSE(parseHexColour(bad).has_value());
}

TEST_CASE("relative luminance follows WCAG 2.x", "[colour]") {
  CHECK(relativeLuminance(kBlack) == Approx(0.0));
  CHECK(relativeLuminance(kWhite) == Approx(1.0));
  // Pure primaries weigh in with the formula's coefficients.
  CHECK(relativeLuminance(Rgb{255, 0, 0}) == Approx(0.2126));
  CHECK(relativeLuminance(Rgb{0, 255, 0}) == Approx(0.7152));
  CHECK(relativeLuminance(Rgb{0, 0, 255}) == Approx(0.0722));
  // Below the 0.04045 knee the curve is linear.
  CHECK(relativeLuminance(Rgb{10, 10, 10}) == Approx(10 / 255.0 / 12.92));
}

TEST_CASE("contrast ratios match the well-known reference values", "[colour]") {
  CHECK(contrastRatio(kBlack, kWhite) == Approx(21.0));
  CHECK(contrastRatio(kWhite, kWhite) == Approx(1.0));
  CHECK(contrastRatio(kWhite, kBlack) == Approx(contrastRatio(kBlack, kWhite)));
  // #767676 is the lightest grey that passes 4.5:1 on white; #777777 fails.
  CHECK(contrastRatio(Rgb{0x76, 0x76, 0x76}, kWhite) == Approx(4.54).margin(0.005));
  CHECK(contrastRatio(Rgb{0x77, 0x77, 0x77}, kWhite) < 4.5);
  // Mid grey #808080 against white and black.
  CHECK(contrastRatio(Rgb{128, 128, 128}, kWhite) == Approx(3.95).margin(0.01));
  CHECK(contrastRatio(Rgb{128, 128, 128}, kBlack) == Approx(5.32).margin(0.01));
}

TEST_CASE("mixing moves channel by channel between two colours", "[colour]") {
  const Rgb brand{10, 125, 79};
  CHECK(mix(brand, kBlack, 0.0) == brand);
  CHECK(mix(brand, kBlack, 1.0) == kBlack);
  CHECK(mix(kBlack, kWhite, 0.5) == Rgb{128, 128, 128});
  CHECK(mix(brand, kWhite, 7.0) == kWhite);  // clamped
}

TEST_CASE("a shade for contrast is the least change that reaches the ratio", "[colour]") {
  const Rgb yellow{255, 215, 0};
  const Rgb shade = shadeForContrast(yellow, kBlack, {kWhite}, 4.5);
  CHECK(contrastRatio(shade, kWhite) >= 4.5);
  // One step less would not do.
  bool previousFails = false;
  for (int step = 1; step <= 255; ++step)
    if (mix(yellow, kBlack, step / 255.0) == shade) {
      previousFails = contrastRatio(mix(yellow, kBlack, (step - 1) / 255.0), kWhite) < 4.5;
      break;
    }
  CHECK(previousFails);
  // The hue is kept: still more red than blue, like the yellow it came from.
  CHECK(shade.r > shade.b);
  CHECK(shade.g > shade.b);
}

TEST_CASE("a colour that already contrasts enough is kept as it is", "[colour]") {
  const Rgb green{10, 125, 79};
  CHECK(shadeForContrast(green, kBlack, {kWhite}, 4.5) == green);
  CHECK(lowestContrast(green, {}) == Approx(21.0));
}

TEST_CASE("a shade must contrast with every background given", "[colour]") {
  const Rgb grey{128, 128, 128};
  const std::vector<Rgb> surfaces = {kWhite, Rgb{246, 248, 250}, Rgb{234, 240, 250}};
  const Rgb shade = shadeForContrast(grey, kBlack, surfaces, 4.5);
  CHECK(lowestContrast(shade, surfaces) >= 4.5);
  CHECK(contrastRatio(shade, kWhite) > lowestContrast(shade, surfaces));
}

TEST_CASE("a colour on the wrong side of the background is walked through it", "[colour]") {
  // White text wanted on a dark card, starting from a colour darker than it.
  const Rgb darkCard{32, 37, 44};
  const Rgb shade = shadeForContrast(kBlack, kWhite, {darkCard}, 4.5);
  CHECK(contrastRatio(shade, darkCard) >= 4.5);
  CHECK(relativeLuminance(shade) > relativeLuminance(darkCard));
}
