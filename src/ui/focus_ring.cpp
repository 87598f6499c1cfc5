// The canvas side of the mirror's keyboard focus. ImGui only.
#include "ui/focus_ring.h"

#include <utility>

#include <imgui_internal.h>

#include "app/mirror_actions.h"
#include "ui/theme.h"

namespace hw::ui {

namespace {

// ImGui draws one frame at a time, on one thread: the frame's focus is
// plain state here rather than a parameter threaded through every view.
const std::string* g_focus = nullptr;
ViewMemory* g_memory = nullptr;

void ringLastItem() {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  // Two rings, the focus colour outside and the panel's background inside,
  // stay visible on the body, on cards and on the accent header alike.
  ImDrawList* drawList = ImGui::GetWindowDrawList();
  drawList->AddRect(ImVec2(min.x - 3, min.y - 3), ImVec2(max.x + 3, max.y + 3), palette().focus, 11.0f,
                    ImDrawFlags_None, 3.0f);
  drawList->AddRect(ImVec2(min.x - 1, min.y - 1), ImVec2(max.x + 1, max.y + 1), palette().background, 9.0f,
                    ImDrawFlags_None, 1.5f);
  g_memory->focusRingDrawn = true;
  g_memory->focusRingMin = min;
  g_memory->focusRingMax = max;
  // Scroll the newly focused control into view once; after that the
  // shopper's own scrolling wins.
  if (g_memory->appliedFocus == *g_focus) return;
  g_memory->appliedFocus = *g_focus;
  const float top = ImGui::GetWindowPos().y;
  const float bottom = top + ImGui::GetWindowHeight();
  if (min.y < top + 4) ImGui::SetScrollFromPosY(min.y - top - 12, 0.0f);
  else if (max.y > bottom - 4) ImGui::SetScrollFromPosY(max.y - top + 12, 1.0f);
}

bool focusedOn(std::string_view name) {
  return g_focus && g_memory && !g_focus->empty() && !name.empty() && *g_focus == name;
}

}  // namespace

void beginFocusFrame(const std::string& focus, ViewMemory& memory) {
  g_focus = &focus;
  g_memory = &memory;
  memory.focusRingDrawn = false;
  if (focus.empty()) memory.appliedFocus.clear();
  // The keyboard left the text field for a button: the field lets go too,
  // so no caret blinks in one place while the ring is in another.
  const bool onTextField = focus == "searchbox" || focus.rfind("field:", 0) == 0;
  if (!focus.empty() && !onTextField && focus != memory.appliedFocus && ImGui::GetIO().WantTextInput)
    ImGui::ClearActiveID();
}

void act(bool pressed, Action action, ActionList& actions) {
  if (g_focus && !g_focus->empty() && focusedOn(mirrorActionName(action))) ringLastItem();
  if (pressed) actions.push_back(std::move(action));
}

void ringIfFocused(std::string_view name) {
  if (focusedOn(name)) ringLastItem();
}

bool takeFieldFocus(std::string_view name) {
  if (!focusedOn(name) || g_memory->appliedFocus == name) return false;
  g_memory->appliedFocus = std::string(name);
  return true;
}

}  // namespace hw::ui
