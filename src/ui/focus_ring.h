// Keyboard focus lives in the accessibility mirror (real DOM controls that
// screen readers and the Tab key use); the canvas shows where it is. Views
// report each control they draw with `act`, and the one the mirror's focus is
// on gets a ring and is scrolled into view. ImGui only.
#pragma once
#include <string>
#include <string_view>

#include "app/actions.h"
#include "ui/views.h"

namespace hw::ui {

// Once per frame, before the views: the mirror's focus ("article:ID",
// "field:search", or empty) and the memory where the ring is recorded.
void beginFocusFrame(const std::string& focus, ViewMemory& memory);

// The control just drawn does `action`: queues it when pressed, and rings it
// when the mirror's focus is on it.
void act(bool pressed, Action action, ActionList& actions);

// Rings the item just drawn when the mirror's focus is on `name`.
void ringIfFocused(std::string_view name);

// True once when the mirror's focus moves onto the text field `name`
// ("field:search", "field:email"): the view then gives it ImGui's keyboard.
bool takeFieldFocus(std::string_view name);

}  // namespace hw::ui
