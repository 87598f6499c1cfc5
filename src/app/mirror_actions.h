// Names of actions as the accessibility mirror writes them ("article:ID",
// "form:next", "close"). The mirror's buttons send these names back, and the
// views use them to find the item the mirror's keyboard focus is on, so both
// directions live here. No ImGui, no Emscripten.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "app/actions.h"

namespace hw {

// The mirror name of an action; empty for actions with no control of their
// own (a form answer is a field's value, not a button).
std::string mirrorActionName(const Action& action);

// The action a mirror control names; nullopt for names it does not know.
std::optional<Action> actionFromMirrorName(std::string_view name);

}  // namespace hw
