// Describes the current view as plain data for the off-screen DOM mirror
// that screen readers and browser tests read. No ImGui, no Emscripten.
#pragma once
#include <string>

#include "app/app_state.h"

namespace hw {

// JSON: {"view", "heading", "status", "live", "items": [{"label", "detail",
// "action"}], "text"}. "action" is "article:ID", "category:ID" or "back".
std::string buildMirrorJson(const AppState& state);

}  // namespace hw
