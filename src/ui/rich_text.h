// Wrapped text with mixed fonts and links, breaking between words and
// between CJK characters (ImGui's own wrapping breaks only at spaces).
// ImGui only: no I/O, no Emscripten.
#pragma once
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include <imgui.h>

namespace hw::ui {

struct TextRun {
  std::string_view text;
  ImFont* font = nullptr;
  float size = 0;
  ImU32 color = 0;
  int link = -1;  // >= 0: index the caller maps to a link target
  ImU32 background = 0;  // a highlight behind the text, 0 for none
};

struct PlacedPiece {
  ImVec2 offset;  // from the block's top-left corner
  float width = 0;
  std::string_view text;
  int run = 0;
};

struct TextLayout {
  std::vector<PlacedPiece> pieces;
  float width = 0;   // widest line
  float height = 0;
};

TextLayout layoutRuns(const std::vector<TextRun>& runs, float maxWidth, float lineHeight);

// Draws runs at the cursor and advances it. Returns the link index that was
// activated (click, tap or Enter), or -1.
int drawRuns(const char* id, const std::vector<TextRun>& runs, float maxWidth, float lineHeight);

// Runs for `text` with the byte ranges in `highlights` drawn in `marked`.
std::vector<TextRun> highlightedRuns(std::string_view text, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& highlights,
                                     const TextRun& plain, const TextRun& marked);

// One run of plain wrapped text at the cursor.
void drawWrapped(std::string_view text, ImFont* font, float size, ImU32 color, float maxWidth,
                 float lineSpacing = 1.25f);

}  // namespace hw::ui
