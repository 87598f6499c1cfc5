// The web platform: the App's Shell in the browser, ImGui input and frames on
// demand over our own JS bridge (bridge.js), WebGL2 rendering. The only C++
// that knows Emscripten.
#include <emscripten.h>
#include <GLES3/gl3.h>

#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <cmath>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/mirror_actions.h"
#include "platform/web/browser_font_loader.h"
#include "platform/web/web_keys.h"
#include "core/colour.h"
#include "ui/palette.h"
#include "ui/theme.h"
#include "ui/views.h"

extern "C" {
void hw_js_attach();
int hw_js_create_gl_context();
void hw_js_request_frame();
void hw_js_resize_canvas(int width, int height);
void hw_js_fetch(int requestId, const char* url, int withCredentials, const char* ifNoneMatch);
double hw_js_now_ms();
void hw_js_post_ticket(int requestId, const char* url, const char* ticketJson, const char* reference);
void hw_js_keep_files(const char* reference, const char* fileIdsJson);
void hw_js_pick_files(int requestId, const char* accept, int multiple);
void hw_js_wake_after(double delayMs);
int hw_js_beacon(const char* url, const char* body);
void hw_js_random_bytes(unsigned char* out, int count);
int hw_js_utc_offset_minutes();
void hw_js_emit(const char* name, const char* detailJson);
void hw_js_open_url(const char* url);
void hw_js_request_close();
void hw_js_publish_mirror(const char* mirrorJson);
void hw_js_set_cursor(const char* cursor);
void hw_js_focus_ring(int shown, float x, float y, float width, float height);
void hw_js_set_text_input(int active, float x, float y, float height, unsigned textColor,
                          unsigned background);
void hw_js_font_atlas(int width, int height, int fontBytes);
int hw_js_is_apple();
void hw_js_clipboard_write(const char* text);
void hw_js_store(const char* key, const char* value);
char* hw_js_load(const char* key);  // malloc'd, or null
}

namespace hw::web {

namespace {

class WebShell : public Shell {
 public:
  void fetch(int requestId, const std::string& url, bool withCredentials,
             const std::string& ifNoneMatch) override {
    hw_js_fetch(requestId, url.c_str(), withCredentials ? 1 : 0, ifNoneMatch.c_str());
  }
  Clock clock() const override {
    return Clock{static_cast<std::int64_t>(hw_js_now_ms() / 1000.0), hw_js_utc_offset_minutes()};
  }
  std::int64_t nowMs() const override { return static_cast<std::int64_t>(hw_js_now_ms()); }
  std::string load(const std::string& key) override {
    char* stored = hw_js_load(key.c_str());
    if (!stored) return {};
    std::string value(stored);
    std::free(stored);
    return value;
  }
  void randomBytes(std::uint8_t* out, std::size_t count) override {
    hw_js_random_bytes(out, static_cast<int>(count));
  }
  void postTicket(int requestId, const std::string& url, const std::string& ticketJson,
                  const std::string& reference) override {
    hw_js_post_ticket(requestId, url.c_str(), ticketJson.c_str(), reference.c_str());
  }
  void keepFiles(const std::string& reference, const std::vector<std::string>& fileIds) override {
    hw_js_keep_files(reference.c_str(), nlohmann::json(fileIds).dump().c_str());
  }
  void pickFiles(int requestId, const std::string& accept, bool multiple) override {
    hw_js_pick_files(requestId, accept.c_str(), multiple ? 1 : 0);
  }
  void wakeAfter(std::int64_t delayMs) override { hw_js_wake_after(static_cast<double>(delayMs)); }
  bool beacon(const std::string& url, const std::string& body) override {
    return hw_js_beacon(url.c_str(), body.c_str()) != 0;
  }
  void emit(const std::string& event, const std::string& detailJson) override {
    hw_js_emit(event.c_str(), detailJson.c_str());
  }
  void openExternal(const std::string& url) override { hw_js_open_url(url.c_str()); }
  void requestClose() override { hw_js_request_close(); }
  void publishMirror(const std::string& mirrorJson) override {
    hw_js_publish_mirror(mirrorJson.c_str());
  }
  void requestFrame() override { m_wantsFrame = true; }
  void store(const std::string& key, const std::string& value) override {
    hw_js_store(key.c_str(), value.c_str());
  }

  // Taken (and cleared) by the frame scheduler.
  bool takeFrameRequest() {
    const bool wanted = m_wantsFrame;
    m_wantsFrame = false;
    return wanted;
  }

 private:
  bool m_wantsFrame = false;
};

const char* cssCursor(ImGuiMouseCursor cursor) {
  switch (cursor) {
    case ImGuiMouseCursor_TextInput: return "text";
    case ImGuiMouseCursor_Hand: return "pointer";
    case ImGuiMouseCursor_NotAllowed: return "not-allowed";
    default: return "default";
  }
}

// ImGui needs a few frames after an event to settle hover and layout; after
// that, nothing is drawn until the next event.
constexpr int kSettleFrames = 3;

// CSS pixels per ImGui unit: the text size setting (see resize()). Input
// coordinates are divided by it on the way in, the caret's position
// multiplied on the way out.
float g_textScale = 1.0f;

// The loader's theme: {"scheme": "light"|"dark", "brand": "#rrggbb",
// "radius": px}. What is missing or malformed keeps the default.
ui::Theme themeFromJson(const nlohmann::json& given) {
  ui::ThemeRequest request;
  float radius = -1.0f;
  if (given.is_object()) {
    request.dark = given.contains("scheme") && given["scheme"] == "dark";
    if (given.contains("brand") && given["brand"].is_string())
      request.brand = parseHexColour(given["brand"].get<std::string>());
    if (given.contains("radius") && given["radius"].is_number())
      radius = ui::clampRadius(given["radius"].get<float>());
  }
  return ui::Theme{ui::makePalette(request), radius};
}

class WebPlatform {
 public:
  WebPlatform(AppConfig config, const ui::Theme& theme, float textScale)
      : m_app(m_shell, std::move(config)), m_theme(theme) {
    g_textScale = ui::clampTextScale(textScale);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    // No ImGui keyboard navigation: Tab and arrows move the focus through
    // the accessibility mirror's real controls, and the canvas rings the
    // focused one (ui/focus_ring.h), so there is one focus, not two.
    // A blinking caret would need frames forever; a steady caret needs none.
    io.ConfigInputTextCursorBlink = false;
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    // Cmd+C/X/V/A/Z and Alt+Arrow word moves on Apple keyboards, as in their
    // own text fields; Ctrl elsewhere.
    io.ConfigMacOSXBehaviors = hw_js_is_apple() != 0;
    ImGuiPlatformIO& platformIo = ImGui::GetPlatformIO();
    platformIo.Platform_SetImeDataFn = &WebPlatform::onImeData;
    platformIo.Platform_SetClipboardTextFn = [](ImGuiContext*, const char* text) {
      hw_js_clipboard_write(text);
    };
    ui::applyTheme(ImGui::GetStyle(), m_theme);
    m_fonts.regular = addBrowserFont(io.Fonts, 400, "regular");
    m_fonts.bold = addBrowserFont(io.Fonts, 700, "bold");
    hw_js_attach();
    m_glReady = hw_js_create_gl_context() > 0 && ImGui_ImplOpenGL3_Init("#version 300 es");
  }

  App& app() { return m_app; }
  bool canDraw() const { return m_glReady; }

  // The text size setting draws the whole panel larger, as browser zoom
  // does: ImGui lays out in units of `g_textScale` CSS pixels, so fonts,
  // paddings and hit areas grow together and the canvas keeps its size.
  void resize(float cssWidth, float cssHeight, float dpr) {
    m_cssSize = ImVec2(cssWidth, cssHeight);
    m_dpr = dpr;
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(cssWidth / g_textScale, cssHeight / g_textScale);
    io.DisplayFramebufferScale = ImVec2(dpr * g_textScale, dpr * g_textScale);
    hw_js_resize_canvas(static_cast<int>(std::lround(cssWidth * dpr)),
                        static_cast<int>(std::lround(cssHeight * dpr)));
    wake();
  }

  void setTextScale(float scale) {
    g_textScale = ui::clampTextScale(scale);
    if (m_cssSize.x > 0) resize(m_cssSize.x, m_cssSize.y, m_dpr);
    else wake();
  }

  // The OS colour scheme or the page's theme changed: the next frame draws
  // with the new colours.
  void setTheme(const ui::Theme& theme) {
    m_theme = theme;
    ui::applyTheme(ImGui::GetStyle(), m_theme);
    wake();
  }

  void wake() {
    m_settle = kSettleFrames;
    hw_js_request_frame();
  }

  void frame(double timeMs) {
    if (!m_glReady) return;
    ImGuiIO& io = ImGui::GetIO();
    const double seconds = timeMs / 1000.0;
    io.DeltaTime = m_lastTime > 0 && seconds > m_lastTime ? static_cast<float>(seconds - m_lastTime)
                                                          : 1.0f / 60.0f;
    m_lastTime = seconds;

    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    // Glyphs at the screen's physical size for every font. ImGui updates a
    // font's density only when it becomes the current font; views draw bold
    // text with ImDrawList::AddText without pushing it, and would otherwise
    // get glyphs baked at density 1 and stretched (blurred) on a phone.
    for (ImFont* font : io.Fonts->Fonts) font->CurrentRasterizerDensity = io.DisplayFramebufferScale.x;
    ui::drawPanel(m_app.state(), m_fonts, m_memory, m_actions);
    ImGui::Render();

    const ImVec2 fb(io.DisplaySize.x * io.DisplayFramebufferScale.x,
                    io.DisplaySize.y * io.DisplayFramebufferScale.y);
    glViewport(0, 0, static_cast<int>(fb.x), static_cast<int>(fb.y));
    const Rgb clear = m_theme.palette.background;
    glClearColor(clear.r / 255.0f, clear.g / 255.0f, clear.b / 255.0f, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    syncBrowserState();
    const bool acted = !m_actions.empty();
    m_app.applyAll(m_actions);
    m_app.afterFrame();

    if (acted || m_shell.takeFrameRequest()) m_settle = kSettleFrames;
    if (--m_settle > 0) hw_js_request_frame();
  }

 private:
  // Mouse cursor and the hidden text field follow what ImGui wants.
  void syncBrowserState() {
    const ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
    if (cursor != m_lastCursor) {
      m_lastCursor = cursor;
      hw_js_set_cursor(cssCursor(cursor));
    }
    // In CSS pixels: ImGui lays out in units of the text scale.
    const float k = g_textScale;
    const ImVec2 min = m_memory.focusRingMin;
    const ImVec2 max = m_memory.focusRingMax;
    hw_js_focus_ring(m_memory.focusRingDrawn ? 1 : 0, min.x * k, min.y * k, (max.x - min.x) * k,
                     (max.y - min.y) * k);
    // The glyph atlas grows as new characters are drawn (stats()).
    const ImTextureData* atlas = ImGui::GetIO().Fonts->TexData;
    if (atlas && (atlas->Width != m_atlasWidth || atlas->Height != m_atlasHeight)) {
      m_atlasWidth = atlas->Width;
      m_atlasHeight = atlas->Height;
      hw_js_font_atlas(m_atlasWidth, m_atlasHeight, fontFileBytes(ImGui::GetIO().Fonts));
    }
  }

  // Called by ImGui at the end of a frame when the text caret moves or text
  // input starts or stops: the hidden text field follows, so IME candidate
  // windows open at the caret and phones show their keyboard.
  // The field's text and background colours let the browser show an IME's
  // preedit in the field's own look.
  static void onImeData(ImGuiContext*, ImGuiViewport*, ImGuiPlatformImeData* data) {
    hw_js_set_text_input(data->WantTextInput ? 1 : 0, data->InputPos.x * g_textScale,
                         data->InputPos.y * g_textScale, data->InputLineHeight * g_textScale,
                         ImGui::GetColorU32(ImGuiCol_Text), ImGui::GetColorU32(ImGuiCol_FrameBgActive));
  }

  WebShell m_shell;
  App m_app;
  ui::Theme m_theme;
  ImVec2 m_cssSize = ImVec2(0, 0);
  float m_dpr = 1.0f;
  ui::Fonts m_fonts;
  ui::ViewMemory m_memory;
  ActionList m_actions;
  bool m_glReady = false;
  int m_settle = 0;
  double m_lastTime = 0;
  ImGuiMouseCursor m_lastCursor = ImGuiMouseCursor_Arrow;
  int m_atlasWidth = 0;
  int m_atlasHeight = 0;
};

std::unique_ptr<WebPlatform> g_platform;  // the one instance the exports drive

// Every export ends here: whatever the event changed gets drawn.
void afterEvent() {
  if (g_platform) g_platform->wake();
}

}  // namespace

}  // namespace hw::web

using hw::web::g_platform;

extern "C" {

// `configJson`: {kb, manifest, refreshAfter, rules, contextUrl, locale,
// ticketEndpoint, ...} from the script tag, already resolved to absolute URLs
// by the loader, with the theme ({scheme, brand, radius}) and textScale, so
// the first frame is drawn in the right colours.
EMSCRIPTEN_KEEPALIVE int hw_start(const char* configJson) {
  if (g_platform) return 1;
  const nlohmann::json given = nlohmann::json::parse(configJson ? configJson : "", nullptr, false);
  const auto text = [&](const char* key) {
    return given.is_object() && given.contains(key) && given[key].is_string()
               ? given[key].get<std::string>() : std::string();
  };
  hw::AppConfig config;
  config.kbUrl = text("kb");
  config.manifestUrl = text("manifest");
  // data-refresh-after: whole seconds; anything else keeps the default.
  const std::string refreshAfter = text("refreshAfter");
  if (!refreshAfter.empty() && refreshAfter.find_first_not_of("0123456789") == std::string::npos &&
      refreshAfter.size() <= 9)
    config.refreshAfterSeconds = std::atoll(refreshAfter.c_str());
  config.rulesUrl = text("rules");
  config.contextUrl = text("contextUrl");
  config.locale = text("locale").empty() ? "en" : text("locale");
  config.ticketEndpoint = text("ticketEndpoint");
  config.formsUrl = text("forms");
  config.pageUrl = text("pageUrl");
  if (!text("version").empty()) config.widgetVersion = text("version");
  config.eventsEndpoint = text("eventsEndpoint");
  config.consentRequired = text("consent") == "required";
  config.collectQueries = text("collectQueries") == "true";
  if (!text("eventsSample").empty()) config.eventsSample = std::atof(text("eventsSample").c_str());
  if (char* stored = hw_js_load(hw::kRecentSearchesKey)) {
    const nlohmann::json recent = nlohmann::json::parse(stored, nullptr, false);
    std::free(stored);
    if (recent.is_array())
      for (const auto& item : recent)
        if (item.is_string()) config.recentSearches.push_back(item.get<std::string>());
  }
  const float textScale = given.is_object() && given.contains("textScale") && given["textScale"].is_number()
                              ? given["textScale"].get<float>() : 1.0f;
  g_platform = std::make_unique<hw::web::WebPlatform>(
      std::move(config), hw::web::themeFromJson(given.is_object() ? given.value("theme", nlohmann::json()) : nlohmann::json()),
      textScale);
  if (!g_platform->canDraw()) return 0;  // no WebGL2: the loader explains
  g_platform->app().start();
  return 1;
}

EMSCRIPTEN_KEEPALIVE void hw_resize(float cssWidth, float cssHeight, float dpr) {
  if (g_platform) g_platform->resize(cssWidth, cssHeight, dpr > 0 ? dpr : 1.0f);
}

EMSCRIPTEN_KEEPALIVE void hw_frame(double timeMs) {
  if (g_platform) g_platform->frame(timeMs);
}

EMSCRIPTEN_KEEPALIVE void hw_pointer_move(float x, float y, int source) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(source == 1 ? ImGuiMouseSource_TouchScreen
                         : source == 2 ? ImGuiMouseSource_Pen
                                       : ImGuiMouseSource_Mouse);
  io.AddMousePosEvent(x / hw::web::g_textScale, y / hw::web::g_textScale);
  hw::web::afterEvent();
}

EMSCRIPTEN_KEEPALIVE void hw_pointer_button(int button, int down, int source) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(source == 1 ? ImGuiMouseSource_TouchScreen : ImGuiMouseSource_Mouse);
  io.AddMouseButtonEvent(button, down != 0);
  hw::web::afterEvent();
}

EMSCRIPTEN_KEEPALIVE void hw_wheel(float dx, float dy) {
  ImGui::GetIO().AddMouseWheelEvent(dx, dy);
  hw::web::afterEvent();
}

// Returns 1 when the key means something to the panel.
EMSCRIPTEN_KEEPALIVE int hw_key(const char* code, int down, int modifiers) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, (modifiers & 1) != 0);
  io.AddKeyEvent(ImGuiMod_Shift, (modifiers & 2) != 0);
  io.AddKeyEvent(ImGuiMod_Alt, (modifiers & 4) != 0);
  io.AddKeyEvent(ImGuiMod_Super, (modifiers & 8) != 0);
  const ImGuiKey key = hw::web::keyFromCode(code);
  if (key != ImGuiKey_None) io.AddKeyEvent(key, down != 0);
  hw::web::afterEvent();
  return key != ImGuiKey_None ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void hw_text(const char* utf8) {
  ImGui::GetIO().AddInputCharactersUTF8(utf8);
  hw::web::afterEvent();
}

EMSCRIPTEN_KEEPALIVE void hw_focus(int focused) {
  ImGui::GetIO().AddFocusEvent(focused != 0);
  hw::web::afterEvent();
}

EMSCRIPTEN_KEEPALIVE void hw_fetch_done(int requestId, int status, const char* body, int length,
                                        const char* error, const char* etag) {
  if (!g_platform) return;
  g_platform->app().onFetched(requestId, status,
                              std::string_view(body, static_cast<std::size_t>(length)),
                              error ? error : "", etag ? etag : "");
  hw::web::afterEvent();
}

// The host page's API and the accessibility mirror's buttons: one entry.
EMSCRIPTEN_KEEPALIVE void hw_command(const char* name, const char* arg) {
  if (!g_platform) return;
  const std::string command = name ? name : "";
  std::string argument = arg ? arg : "";
  hw::App& app = g_platform->app();
  using Kind = hw::Action::Kind;
  if (command == "search") app.dispatch({Kind::SetQuery, argument});
  else if (command == "openArticle") app.dispatch({Kind::OpenArticle, argument});
  else if (command == "openCategory") app.dispatch({Kind::OpenCategory, argument});
  else if (command == "back") app.dispatch({Kind::Back, {}});
  else if (command == "home") app.dispatch({Kind::Home, {}});
  else if (command == "retry") app.dispatch({Kind::Retry, {}});
  else if (command == "context") app.setContext(argument);
  else if (command == "opened") app.opened();
  else if (command == "closed") app.closed();
  else if (command == "startForm") app.dispatch({Kind::StartForm, argument});
  else if (command == "answer") app.dispatch({Kind::FormAnswer, argument});
  else if (command == "timer") app.onTimer();
  else if (command == "hidden") app.flushEvents();
  else if (command == "consent") app.consent(argument == "true");
  else if (command == "rate") app.dispatch({Kind::RateArticle, argument});
  else if (command == "online") app.onOnline();
  // Theme and text size changes from the loader (OS setting, page API).
  else if (command == "theme")
    g_platform->setTheme(hw::web::themeFromJson(nlohmann::json::parse(argument, nullptr, false)));
  else if (command == "textSize") g_platform->setTextScale(static_cast<float>(std::atof(argument.c_str())));
  else if (command == "filesPicked") {
    // "REQUEST_ID:[{id,name,type,size}...]"
    const std::size_t colon = argument.find(':');
    if (colon != std::string::npos)
      app.onFilesPicked(std::atoi(argument.substr(0, colon).c_str()), argument.substr(colon + 1));
  }
  else if (command == "focus") app.setFocus(argument);
  else if (command == "activate") {
    // The mirror's controls name their action ("article:ID", "form:next").
    if (std::optional<hw::Action> action = hw::actionFromMirrorName(argument)) app.dispatch(*action);
  }
  hw::web::afterEvent();
}

}  // extern "C"

int main() { return 0; }
