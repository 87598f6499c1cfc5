// The panel's views: header, home, category, search results, article,
// loading and error. Views draw state and emit actions; they never fetch,
// parse or store. ImGui only: no Emscripten.
#pragma once
#include <map>
#include <string>

#include "app/actions.h"
#include "app/app_state.h"
#include "ui/theme.h"

namespace hw::ui {

// Widget state ImGui needs between frames that is not application state:
// the search box's edit buffer and which scroll reset was last applied.
struct ViewMemory {
  char searchBuffer[256] = {};
  std::string lastSyncedQuery;
  int appliedScrollReset = -1;
  bool focusSearch = false;
  // The mirror's keyboard focus as drawn: the last focus scrolled into view
  // or handed to a text field, and this frame's ring (for tests and stats).
  std::string appliedFocus;
  bool focusRingDrawn = false;
  ImVec2 focusRingMin, focusRingMax;
  // Edit buffers of the open form's text fields, refreshed from the answers
  // when the step or the answers change from outside the view.
  std::map<std::string, std::string> fieldText;
  std::string syncedFormStep;
  int syncedAnswersSerial = -1;
};

void drawPanel(const AppState& state, const Fonts& fonts, ViewMemory& memory,
               ActionList& actions);

}  // namespace hw::ui
