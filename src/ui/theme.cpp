// Panel theme. ImGui only: no I/O, no Emscripten.
#include "ui/theme.h"

namespace hw::ui {

void applyTheme(ImGuiStyle& style) {
  style = ImGuiStyle();
  ImGui::StyleColorsLight(&style);
  style.WindowPadding = ImVec2(0, 0);
  style.WindowRounding = 0;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 0;
  style.FramePadding = ImVec2(12, 9);
  style.FrameRounding = 8;
  style.FrameBorderSize = 1;
  style.ItemSpacing = ImVec2(8, 8);
  style.ScrollbarSize = 10;
  style.ScrollbarRounding = 6;
  style.GrabRounding = 6;
  style.FontSizeBase = size::kBody;

  ImVec4* colors = style.Colors;
  colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(color::kBackground);
  colors[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  colors[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(color::kText);
  colors[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(color::kMuted);
  colors[ImGuiCol_FrameBg] = ImGui::ColorConvertU32ToFloat4(color::kBackground);
  colors[ImGuiCol_FrameBgHovered] = ImGui::ColorConvertU32ToFloat4(color::kBackground);
  colors[ImGuiCol_FrameBgActive] = ImGui::ColorConvertU32ToFloat4(color::kBackground);
  colors[ImGuiCol_Border] = ImGui::ColorConvertU32ToFloat4(color::kBorder);
  colors[ImGuiCol_Button] = ImVec4(0, 0, 0, 0);
  colors[ImGuiCol_ButtonHovered] = ImGui::ColorConvertU32ToFloat4(color::kCardHover);
  colors[ImGuiCol_ButtonActive] = ImGui::ColorConvertU32ToFloat4(color::kCardHover);
  colors[ImGuiCol_NavCursor] = ImGui::ColorConvertU32ToFloat4(color::kAccent);
  colors[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  colors[ImGuiCol_TextSelectedBg] = ImVec4(0.12f, 0.37f, 0.80f, 0.25f);
}

}  // namespace hw::ui
