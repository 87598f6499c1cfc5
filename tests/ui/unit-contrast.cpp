// Every colour pair the panel draws reaches WCAG 2.2 AA, in the light and
// dark palettes and with any brand colour a shop may give: 4.5:1 for all
// text (large text included: no 3:1 allowance is taken), 3:1 for control
// outlines, the focus ring and card stripes (1.4.11, non-text contrast).
#include <catch_amalgamated.hpp>

#include <cmath>
#include <cstdlib>

#include <imgui.h>

#include "core/colour.h"
#include "ui/palette.h"
#include "ui/theme.h"

using namespace hw;
using namespace hw::ui;

namespace {

// Brand colours chosen to be awkward: too light for text on white (yellow,
// white, cyan), too dark for text on the dark panel (black, navy), in the
// middle where neither white nor black text reaches 4.5:1 (mid-grey,
// orange), and typical shop colours.
const char* const kBrands[] = {
    "#0a7d4f", "#ffff00", "#ffd700", "#ffffff", "#000000", "#808080", "#777777", "#767676",
    "#ff7f00", "#00bcd4", "#e91e63", "#1f5fcc", "#000080", "#7fff00", "#ff0000", "#6c3",
    "#f5f5dc", "#333333"};

void checkPairs(const Palette& palette, const std::string& name) {
  for (const ColourPair& pair : drawnPairs(palette)) {
    INFO(name << ": " << pair.what << ": " << toHex(pair.foreground) << " on " << toHex(pair.background));
    CHECK(contrastRatio(pair.foreground, pair.background) >= pair.minimum);
  }
}

}  // namespace

TEST_CASE("the light and dark palettes pass every pair they draw", "[contrast]") {
  checkPairs(lightPalette(), "light");
  checkPairs(darkPalette(), "dark");
  CHECK_FALSE(lightPalette().dark);
  CHECK(darkPalette().dark);
  CHECK(relativeLuminance(darkPalette().background) < 0.05);
  CHECK(relativeLuminance(darkPalette().text) > 0.7);
}

TEST_CASE("every brand colour gives palettes that pass every pair", "[contrast]") {
  for (const char* hex : kBrands) {
    const Rgb brand = *parseHexColour(hex);
    checkPairs(withBrand(lightPalette(), brand), std::string("light + ") + hex);
    checkPairs(withBrand(darkPalette(), brand), std::string("dark + ") + hex);
  }
}

TEST_CASE("the list of drawn pairs covers text, links, accents and outlines", "[contrast]") {
  // A pair dropped from the list would silently stop being checked.
  const std::vector<ColourPair> pairs = drawnPairs(lightPalette());
  int text = 0, nonText = 0;
  for (const ColourPair& pair : pairs) (pair.minimum == kTextContrast ? text : nonText)++;
  CHECK(text >= 15);
  CHECK(nonText >= 9);
  CHECK(kTextContrast == 4.5);
  CHECK(kNonTextContrast == 3.0);
}

TEST_CASE("a brand colour that reads well is used unchanged", "[contrast][brand]") {
  const Rgb green = *parseHexColour("#0a7d4f");
  const Palette light = withBrand(lightPalette(), green);
  CHECK(light.accent == green);
  CHECK(light.link == green);
  CHECK(light.accentText == kWhite);
  CHECK(light.accentHover != light.accent);
}

TEST_CASE("yellow gets near-black text and a darker shade for links on light", "[contrast][brand]") {
  const Rgb yellow = *parseHexColour("#ffd700");
  const Palette light = withBrand(lightPalette(), yellow);
  CHECK(light.accent == yellow);  // near-black reads on it: the fill stays
  CHECK(light.accentText == kNearBlack);
  CHECK(relativeLuminance(light.link) < relativeLuminance(yellow));
  CHECK(contrastRatio(light.link, light.background) >= 4.5);
  // On the dark panel yellow reads as it is.
  const Palette dark = withBrand(darkPalette(), yellow);
  CHECK(dark.link == yellow);
}

TEST_CASE("black and navy get a lighter shade for links on dark", "[contrast][brand]") {
  for (const char* hex : {"#000000", "#000080"}) {
    const Rgb brand = *parseHexColour(hex);
    const Palette dark = withBrand(darkPalette(), brand);
    CHECK(dark.accent == brand);
    CHECK(dark.accentText == kWhite);
    CHECK(relativeLuminance(dark.link) > relativeLuminance(brand));
    CHECK(withBrand(lightPalette(), brand).link == brand);
  }
}

TEST_CASE("a mid-grey fill is nudged until its text reaches 4.5:1", "[contrast][brand]") {
  const Rgb grey = *parseHexColour("#777777");
  // Neither white (4.48) nor near-black (4.21) reads on #777777 itself.
  CHECK(contrastRatio(kWhite, grey) < 4.5);
  CHECK(contrastRatio(kNearBlack, grey) < 4.5);
  const Palette light = withBrand(lightPalette(), grey);
  CHECK(light.accent != grey);
  CHECK(contrastRatio(light.accentText, light.accent) >= 4.5);
  // Only a small step: still a neutral grey.
  CHECK(light.accent.r == light.accent.g);
  CHECK(std::abs(int(light.accent.r) - 0x77) < 24);
}

TEST_CASE("a pure black or white fill still shows a hover", "[contrast][brand]") {
  for (const char* hex : {"#000000", "#ffffff"}) {
    const Palette p = withBrand(lightPalette(), *parseHexColour(hex));
    CHECK(p.accentHover != p.accent);
    CHECK(contrastRatio(p.accentText, p.accentHover) >= 4.5);
  }
}

TEST_CASE("the page's request picks the palette", "[contrast]") {
  CHECK_FALSE(makePalette({}).dark);
  CHECK(makePalette({true, std::nullopt}).dark);
  CHECK(makePalette({true, std::nullopt}).background == darkPalette().background);
  const Palette branded = makePalette({false, parseHexColour("#ad1457")});
  CHECK(branded.accent == Rgb{0xad, 0x14, 0x57});
}

TEST_CASE("radius and text size are kept to what the layout takes", "[theme]") {
  CHECK(clampRadius(12) == 12);
  CHECK(clampRadius(-4) == 0);
  CHECK(clampRadius(500) == kMaxRadius);
  CHECK(clampRadius(std::nanf("")) == 0);
  CHECK(clampTextScale(1.5f) == 1.5f);
  CHECK(clampTextScale(0.2f) == kMinTextScale);
  CHECK(clampTextScale(9.0f) == kMaxTextScale);
  CHECK(kMaxTextScale == 1.5f);
  CHECK(clampTextScale(0.0f) == 1.0f);
  CHECK(clampTextScale(std::nanf("")) == 1.0f);
}

TEST_CASE("applying a theme makes its colours and radius current", "[theme]") {
  ImGuiStyle style;
  Theme dark;
  dark.palette = withBrand(darkPalette(), *parseHexColour("#0a7d4f"));
  dark.radius = 4;
  applyTheme(style, dark);
  CHECK(palette().background == IM_COL32(21, 24, 29, 255));
  CHECK(palette().accent == IM_COL32(10, 125, 79, 255));
  CHECK(shapes().frame == 4);
  CHECK(shapes().card == 4);
  CHECK(shapes().chip == 4);
  CHECK(style.FrameRounding == 4);
  CHECK(style.Colors[ImGuiCol_WindowBg].x == Catch::Approx(21 / 255.0f));
  CHECK(style.Colors[ImGuiCol_Text].x == Catch::Approx(230 / 255.0f));

  applyTheme(style);  // back to the default for the tests that follow
  CHECK(palette().background == IM_COL32(255, 255, 255, 255));
  CHECK(shapes().frame == 8);
  CHECK(shapes().chip > 100);
}
