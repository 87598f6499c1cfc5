// Look of the panel: the active colours and shapes, sizes and the fonts
// views draw with. ImGui only.
#pragma once
#include <imgui.h>

#include "ui/palette.h"

namespace hw::ui {

struct Fonts {
  ImFont* regular = nullptr;
  ImFont* bold = nullptr;
};

// Sizes are ImGui line heights in CSS pixels; the browser font loader maps
// them to CSS font sizes so that a line of text fills exactly this height.
// The text size setting does not change them: the web platform draws the
// whole panel at a larger scale instead, so paddings grow with the text.
namespace size {
inline constexpr float kBody = 21.0f;
inline constexpr float kSmall = 18.0f;
inline constexpr float kHeading = 24.0f;
inline constexpr float kTitle = 28.0f;
inline constexpr float kHeaderBar = 52.0f;
inline constexpr float kPadding = 16.0f;
}  // namespace size

// The active palette (see palette.h for what each colour is for) as ImGui
// colours.
struct DrawColours {
  ImU32 background = 0;
  ImU32 text = 0;
  ImU32 muted = 0;
  ImU32 card = 0;
  ImU32 cardHover = 0;
  ImU32 border = 0;
  ImU32 controlBorder = 0;
  ImU32 accent = 0;
  ImU32 accentHover = 0;
  ImU32 accentText = 0;
  ImU32 link = 0;
  ImU32 focus = 0;
  ImU32 highlight = 0;
  ImU32 errorBackground = 0;
  ImU32 errorText = 0;
  ImU32 toneInfo = 0;
  ImU32 toneWarning = 0;
  ImU32 toneSuccess = 0;
  ImU32 toneProblem = 0;
};

// Corner radii in CSS pixels. `data-radius` sets them all to one value.
struct Shapes {
  float frame = 8.0f;    // inputs and buttons
  float card = 10.0f;    // rows, cards, message boxes
  float chip = 1000.0f;  // chips: pills unless a radius is given
};

struct Theme {
  Palette palette = lightPalette();
  float radius = -1.0f;  // CSS px; negative keeps the default shapes
};

// What views draw with. Like ImGui's own style, this is the one current
// theme of the panel, set by applyTheme; views read it while drawing.
const DrawColours& palette();
const Shapes& shapes();

// Makes `theme` current and styles ImGui's own widgets with it.
void applyTheme(ImGuiStyle& style, const Theme& theme = Theme());

}  // namespace hw::ui
