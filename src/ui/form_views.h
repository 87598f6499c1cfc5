// Guided forms in the panel: the "you will need" screen, steps with their
// fields, answer steps, the review, the receipt and "My requests". ImGui
// only: no I/O, no Emscripten.
#pragma once
#include "app/actions.h"
#include "app/app_state.h"
#include "ui/theme.h"
#include "ui/views.h"

namespace hw::ui {

void drawForm(const AppState& state, const Fonts& fonts, ViewMemory& memory, ActionList& actions);
void drawReceipt(const AppState& state, const Fonts& fonts, ActionList& actions);
void drawRequests(const AppState& state, const Fonts& fonts, ActionList& actions);
// The home screen's way into forms and the shopper's requests.
void drawFormLinks(const AppState& state, const Fonts& fonts, ActionList& actions);

// "Sent", "Waiting to send", ... for a request's state.
std::string requestStateLabel(const AppState& state, OutboxState outboxState, const std::string& reason);

}  // namespace hw::ui
