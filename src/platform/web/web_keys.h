// KeyboardEvent.code -> ImGuiKey. Web only.
#pragma once
#include <imgui.h>

namespace hw::web {

ImGuiKey keyFromCode(const char* code);

}  // namespace hw::web
