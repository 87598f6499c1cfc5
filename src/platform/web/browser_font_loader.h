// A Dear ImGui 1.92 font loader whose glyphs are drawn by the browser's own
// fonts (any script the browser can show, no font file shipped). Web only.
#pragma once
#include <imgui.h>

namespace hw::web {

// Adds a font whose glyphs the browser rasterizes at CSS `weight` (400, 700).
ImFont* addBrowserFont(ImFontAtlas* atlas, int weight, const char* name);

// Bytes of font files the atlas holds: sources not drawn by the browser.
// Zero for the panel, which ships no font.
int fontFileBytes(const ImFontAtlas* atlas);

}  // namespace hw::web
