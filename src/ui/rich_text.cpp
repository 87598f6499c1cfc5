// Rich text layout and drawing. ImGui only: no I/O, no Emscripten.
#include "ui/rich_text.h"

#include <string>

#include "core/utf8.h"

namespace hw::ui {

namespace {

enum class UnitKind { Space, Word, Ideograph };

// Closing punctuation that must not start a line (a simple kinsoku rule).
bool isNoBreakBefore(char32_t cp) {
  return std::u32string_view(U"，。、；：？！）》」』】…,.;:?!)").find(cp) != std::u32string_view::npos;
}

UnitKind classify(char32_t cp) {
  if (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x3000) return UnitKind::Space;
  if (isCjk(cp)) return UnitKind::Ideograph;
  return UnitKind::Word;
}

float textWidth(const TextRun& run, std::string_view text) {
  return run.font->CalcTextSizeA(run.size, FLT_MAX, 0.0f, text.data(), text.data() + text.size()).x;
}

class LineBuilder {
 public:
  LineBuilder(float maxWidth, float lineHeight) : m_maxWidth(maxWidth), m_lineHeight(lineHeight) {}

  void addUnit(const TextRun& run, int runIndex, std::string_view text, UnitKind kind,
               bool glueToPrevious) {
    if (kind == UnitKind::Space) {
      if (m_x > 0) m_pendingSpace = textWidth(run, " ");
      return;
    }
    float width = textWidth(run, text);
    const float start = m_x + m_pendingSpace;
    if (start + width > m_maxWidth && m_x > 0 && !glueToPrevious) newLine();
    else m_x = start;
    m_pendingSpace = 0;
    // A word wider than the whole line is split by characters.
    if (width > m_maxWidth && kind == UnitKind::Word) {
      std::size_t pos = 0;
      while (pos < text.size()) {
        std::size_t next = pos;
        decodeUtf8(text, next);
        const std::string_view one = text.substr(pos, next - pos);
        const float w = textWidth(run, one);
        if (m_x + w > m_maxWidth && m_x > 0) newLine();
        place(runIndex, one, w);
        pos = next;
      }
      return;
    }
    place(runIndex, text, width);
  }

  TextLayout finish() {
    m_layout.height = m_layout.pieces.empty() ? 0 : m_y + m_lineHeight;
    return std::move(m_layout);
  }

 private:
  void newLine() {
    m_x = 0;
    m_y += m_lineHeight;
  }

  void place(int runIndex, std::string_view text, float width) {
    // Merge with the previous piece of the same run on the same line, so a
    // sentence is drawn (and hit-tested) as one piece.
    if (!m_layout.pieces.empty()) {
      PlacedPiece& last = m_layout.pieces.back();
      if (last.run == runIndex && last.offset.y == m_y &&
          last.text.data() + last.text.size() <= text.data() &&
          last.offset.x + last.width <= m_x + 0.01f) {
        last.text = std::string_view(last.text.data(),
                                     static_cast<std::size_t>(text.data() + text.size() - last.text.data()));
        last.width = m_x + width - last.offset.x;
        m_x += width;
        m_layout.width = std::max(m_layout.width, m_x);
        return;
      }
    }
    m_layout.pieces.push_back({ImVec2(m_x, m_y), width, text, runIndex});
    m_x += width;
    m_layout.width = std::max(m_layout.width, m_x);
  }

  float m_maxWidth;
  float m_lineHeight;
  float m_x = 0;
  float m_y = 0;
  float m_pendingSpace = 0;
  TextLayout m_layout;
};

}  // namespace

TextLayout layoutRuns(const std::vector<TextRun>& runs, float maxWidth, float lineHeight) {
  LineBuilder builder(maxWidth, lineHeight);
  for (int r = 0; r < static_cast<int>(runs.size()); ++r) {
    const std::string_view text = runs[r].text;
    std::size_t pos = 0;
    while (pos < text.size()) {
      const std::size_t start = pos;
      const char32_t first = decodeUtf8(text, pos);
      const UnitKind kind = classify(first);
      const bool glue = isNoBreakBefore(first);
      if (kind == UnitKind::Word) {
        // Extend the word up to the next space or ideograph.
        std::size_t next = pos;
        while (next < text.size()) {
          std::size_t probe = next;
          const char32_t cp = decodeUtf8(text, probe);
          if (classify(cp) != UnitKind::Word) break;
          next = probe;
        }
        pos = next;
      } else if (kind == UnitKind::Space) {
        while (pos < text.size()) {
          std::size_t probe = pos;
          if (classify(decodeUtf8(text, probe)) != UnitKind::Space) break;
          pos = probe;
        }
      }
      builder.addUnit(runs[r], r, text.substr(start, pos - start), kind, glue);
    }
  }
  return builder.finish();
}

int drawRuns(const char* id, const std::vector<TextRun>& runs, float maxWidth, float lineHeight) {
  const TextLayout layout = layoutRuns(runs, maxWidth, lineHeight);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* drawList = ImGui::GetWindowDrawList();
  int activated = -1;
  ImGui::PushID(id);
  for (std::size_t i = 0; i < layout.pieces.size(); ++i) {
    const PlacedPiece& piece = layout.pieces[i];
    const TextRun& run = runs[piece.run];
    // Centre the glyphs vertically in the (taller) line.
    const ImVec2 pos(origin.x + piece.offset.x,
                     origin.y + piece.offset.y + (lineHeight - run.size) * 0.5f);
    ImU32 color = run.color;
    if (run.link >= 0) {
      ImGui::SetCursorScreenPos(pos);
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::InvisibleButton("link", ImVec2(std::max(piece.width, 1.0f), run.size),
                                 ImGuiButtonFlags_EnableNav))
        activated = run.link;
      const bool hovered = ImGui::IsItemHovered();
      ImGui::PopID();
      if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      const float underlineY = pos.y + run.size - 1.0f;
      drawList->AddLine(ImVec2(pos.x, underlineY), ImVec2(pos.x + piece.width, underlineY), color,
                        hovered ? 2.0f : 1.0f);
    }
    if (run.background != 0)
      drawList->AddRectFilled(ImVec2(pos.x - 1, pos.y), ImVec2(pos.x + piece.width + 1, pos.y + run.size),
                              run.background, 3.0f);
    drawList->AddText(run.font, run.size, pos, color, piece.text.data(),
                      piece.text.data() + piece.text.size());
  }
  ImGui::PopID();
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(ImVec2(maxWidth, layout.height));
  return activated;
}

std::vector<TextRun> highlightedRuns(std::string_view text,
                                     const std::vector<std::pair<std::uint32_t, std::uint32_t>>& highlights,
                                     const TextRun& plain, const TextRun& marked) {
  std::vector<TextRun> runs;
  std::size_t at = 0;
  const auto add = [&](const TextRun& style, std::size_t from, std::size_t to) {
    if (to <= from) return;
    TextRun run = style;
    run.text = text.substr(from, to - from);
    runs.push_back(run);
  };
  for (const auto& [start, end] : highlights) {
    // Ranges come from the engine on character boundaries; clamp anyway.
    const std::size_t from = std::min<std::size_t>(std::max<std::size_t>(start, at), text.size());
    const std::size_t to = std::min<std::size_t>(end, text.size());
    add(plain, at, from);
    add(marked, from, to);
    at = std::max(at, to);
  }
  add(plain, at, text.size());
  return runs;
}

void drawWrapped(std::string_view text, ImFont* font, float size, ImU32 color, float maxWidth,
                 float lineSpacing) {
  drawRuns("wrapped", {TextRun{text, font, size, color, -1}}, maxWidth, size * lineSpacing);
}

}  // namespace hw::ui
