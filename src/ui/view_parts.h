// Pieces the panel's views share: spacing, rows, chips, headings and
// Markdown blocks. ImGui only: no I/O, no Emscripten.
#pragma once
#include <string>
#include <vector>

#include "app/actions.h"
#include "core/markdown.h"
#include "ui/rich_text.h"
#include "ui/theme.h"

namespace hw::ui {

float contentWidth();
void gap(float height);
// A full-width clickable row with a title and an optional muted detail line.
bool listRow(const char* id, const std::string& title, const std::string& detail, const Fonts& fonts);
// A rounded chip that flows with the ones before it; true when pressed.
bool chip(const char* id, const std::string& label, const Fonts& fonts, bool accent);
void endChips();
void sectionHeading(const std::string& text, const Fonts& fonts);
void drawBlocks(const std::vector<Block>& blocks, const Fonts& fonts, ActionList& actions, float width);

}  // namespace hw::ui
