// Panel theme: the current colours and shapes, and ImGui's style from them.
// ImGui only: no I/O, no Emscripten.
#include "ui/theme.h"

namespace hw::ui {

namespace {

ImU32 packed(Rgb colour) { return IM_COL32(colour.r, colour.g, colour.b, 255); }
ImVec4 vec(Rgb colour, float alpha = 1.0f) {
  return ImVec4(colour.r / 255.0f, colour.g / 255.0f, colour.b / 255.0f, alpha);
}

DrawColours drawColours(const Palette& p) {
  DrawColours c;
  c.background = packed(p.background);
  c.text = packed(p.text);
  c.muted = packed(p.muted);
  c.card = packed(p.card);
  c.cardHover = packed(p.cardHover);
  c.border = packed(p.border);
  c.controlBorder = packed(p.controlBorder);
  c.accent = packed(p.accent);
  c.accentHover = packed(p.accentHover);
  c.accentText = packed(p.accentText);
  c.link = packed(p.link);
  c.focus = packed(p.focus);
  c.highlight = packed(p.highlight);
  c.errorBackground = packed(p.errorBackground);
  c.errorText = packed(p.errorText);
  c.toneInfo = packed(p.toneInfo);
  c.toneWarning = packed(p.toneWarning);
  c.toneSuccess = packed(p.toneSuccess);
  c.toneProblem = packed(p.toneProblem);
  return c;
}

Shapes shapesFor(float radius) {
  if (radius < 0) return Shapes();
  const float r = clampRadius(radius);
  return Shapes{r, r, r};
}

// The current theme (see theme.h): one panel per page, like ImGui's context.
DrawColours g_colours = drawColours(lightPalette());
Shapes g_shapes;

}  // namespace

const DrawColours& palette() { return g_colours; }
const Shapes& shapes() { return g_shapes; }

void applyTheme(ImGuiStyle& style, const Theme& theme) {
  const Palette& p = theme.palette;
  g_colours = drawColours(p);
  g_shapes = shapesFor(theme.radius);

  style = ImGuiStyle();
  if (p.dark) ImGui::StyleColorsDark(&style);
  else ImGui::StyleColorsLight(&style);
  style.WindowPadding = ImVec2(0, 0);
  style.WindowRounding = 0;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 0;
  style.FramePadding = ImVec2(12, 9);
  style.FrameRounding = g_shapes.frame;
  style.FrameBorderSize = 1;
  style.ItemSpacing = ImVec2(8, 8);
  style.ScrollbarSize = 10;
  style.ScrollbarRounding = 6;
  style.GrabRounding = 6;
  style.FontSizeBase = size::kBody;

  ImVec4* colors = style.Colors;
  colors[ImGuiCol_WindowBg] = vec(p.background);
  colors[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  colors[ImGuiCol_PopupBg] = vec(p.card);
  colors[ImGuiCol_Text] = vec(p.text);
  colors[ImGuiCol_TextDisabled] = vec(p.muted);
  colors[ImGuiCol_FrameBg] = vec(p.background);
  colors[ImGuiCol_FrameBgHovered] = vec(p.background);
  colors[ImGuiCol_FrameBgActive] = vec(p.background);
  // An input's outline is what shows it is an input: 3:1 (WCAG 1.4.11).
  colors[ImGuiCol_Border] = vec(p.controlBorder);
  colors[ImGuiCol_Button] = ImVec4(0, 0, 0, 0);
  colors[ImGuiCol_ButtonHovered] = vec(p.cardHover);
  colors[ImGuiCol_ButtonActive] = vec(p.cardHover);
  colors[ImGuiCol_CheckMark] = vec(p.link);
  colors[ImGuiCol_NavCursor] = vec(p.focus);
  colors[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  colors[ImGuiCol_ScrollbarGrab] = vec(p.controlBorder, 0.7f);
  colors[ImGuiCol_ScrollbarGrabHovered] = vec(p.controlBorder);
  colors[ImGuiCol_ScrollbarGrabActive] = vec(p.muted);
  colors[ImGuiCol_TextSelectedBg] = vec(p.link, 0.3f);
}

}  // namespace hw::ui
