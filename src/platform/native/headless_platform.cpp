// Headless platform for native UI tests. No Emscripten.
#include "platform/native/headless_platform.h"

#include <imgui.h>

namespace hw {

int RecordingShell::countEvents(const std::string& name) const {
  int count = 0;
  for (const auto& event : events)
    if (event.first == name) ++count;
  return count;
}

HeadlessUi::HeadlessUi(float width, float height) {
  m_context = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(width, height);
  io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;
  m_fonts.regular = io.Fonts->AddFontDefault();
  m_fonts.bold = m_fonts.regular;
  ui::applyTheme(ImGui::GetStyle());
}

HeadlessUi::~HeadlessUi() { ImGui::DestroyContext(m_context); }

ImGuiIO& HeadlessUi::io() { return ImGui::GetIO(); }

void HeadlessUi::frame(App& app) {
  ImGui::SetCurrentContext(m_context);
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = 1.0f / 60.0f;
  ImGui::NewFrame();
  ui::drawPanel(app.state(), m_fonts, m_memory, m_actions);
  ImGui::Render();
  ImDrawData* drawData = ImGui::GetDrawData();
  m_lastVertexCount = drawData->TotalVtxCount;
  // Accept every texture request as a GPU renderer would.
  if (drawData->Textures)
    for (ImTextureData* texture : *drawData->Textures) {
      if (texture->Status == ImTextureStatus_WantCreate) texture->SetTexID(1);
      if (texture->Status == ImTextureStatus_WantDestroy) texture->SetTexID(ImTextureID_Invalid);
      if (texture->Status != ImTextureStatus_OK && texture->Status != ImTextureStatus_Destroyed)
        texture->SetStatus(texture->Status == ImTextureStatus_WantDestroy ? ImTextureStatus_Destroyed
                                                                           : ImTextureStatus_OK);
    }
  app.applyAll(m_actions);
  app.afterFrame();
}

}  // namespace hw
