// Look of the panel: colours, sizes and the fonts views draw with. ImGui only.
#pragma once
#include <imgui.h>

namespace hw::ui {

struct Fonts {
  ImFont* regular = nullptr;
  ImFont* bold = nullptr;
};

// Sizes are ImGui line heights in CSS pixels; the browser font loader maps
// them to CSS font sizes so that a line of text fills exactly this height.
namespace size {
inline constexpr float kBody = 21.0f;
inline constexpr float kSmall = 18.0f;
inline constexpr float kHeading = 24.0f;
inline constexpr float kTitle = 28.0f;
inline constexpr float kHeaderBar = 52.0f;
inline constexpr float kPadding = 16.0f;
}  // namespace size

namespace color {
inline constexpr ImU32 kBackground = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 kText = IM_COL32(31, 35, 40, 255);
inline constexpr ImU32 kMuted = IM_COL32(89, 99, 110, 255);
inline constexpr ImU32 kAccent = IM_COL32(31, 95, 204, 255);
inline constexpr ImU32 kAccentHover = IM_COL32(26, 81, 173, 255);
inline constexpr ImU32 kHighlight = IM_COL32(255, 236, 153, 255);
inline constexpr ImU32 kAccentText = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 kCard = IM_COL32(246, 248, 250, 255);
inline constexpr ImU32 kCardHover = IM_COL32(234, 240, 250, 255);
inline constexpr ImU32 kBorder = IM_COL32(208, 215, 222, 255);
inline constexpr ImU32 kLink = IM_COL32(9, 86, 196, 255);
inline constexpr ImU32 kErrorBackground = IM_COL32(255, 240, 240, 255);
inline constexpr ImU32 kErrorText = IM_COL32(150, 20, 30, 255);
// The stripe on a first-screen card says how urgent it is.
inline constexpr ImU32 kToneInfo = IM_COL32(31, 95, 204, 255);
inline constexpr ImU32 kToneWarning = IM_COL32(191, 110, 0, 255);
inline constexpr ImU32 kToneSuccess = IM_COL32(26, 127, 55, 255);
inline constexpr ImU32 kToneProblem = IM_COL32(190, 30, 45, 255);
}  // namespace color

void applyTheme(ImGuiStyle& style);

}  // namespace hw::ui
