// Large text keeps the panel usable: at the largest text size on a phone,
// every view fits its width (no button or row runs off the edge), and the
// panel draws nothing that moves by itself (so reduced motion has nothing
// to turn off, and nothing gets added unnoticed).
#include <catch_amalgamated.hpp>

#include "test_files.h"

#include <algorithm>
#include <cstdint>

#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include "platform/native/headless_platform.h"
#include "ui/palette.h"

using namespace hw;
using nlohmann::json;

namespace {

// How far anything laid out in the panel's windows reached past the room
// the window had for it, in ImGui units (0 when everything fits). ImGui's
// extent includes the gap kept after the last chip of a row (SameLine),
// which draws nothing: up to one item spacing past the edge is not overflow.
float overflow() {
  float worst = 0;
  for (ImGuiWindow* window : ImGui::GetCurrentContext()->Windows) {
    if (!window->Active) continue;
    worst = std::max(worst, window->DC.CursorMaxPos.x - window->ContentRegionRect.Max.x);
  }
  return worst;
}

// The text size setting draws the panel at `scale` CSS pixels per ImGui
// unit (see the web platform), so a 360 px phone at 1.5 lays out in 240.
struct Panel {
  RecordingShell shell;
  App app;
  HeadlessUi ui;
  json shoppers = json::parse(test::readRepoFile("web/demo/shoppers.json"));

  static AppConfig configFor(const std::string& locale) {
    AppConfig config;
    config.kbUrl = "/help/kb." + locale + ".json";
    config.rulesUrl = "/help/rules.json";
    config.formsUrl = "/help/forms." + locale + ".json";
    config.locale = locale;
    return config;
  }

  Panel(const std::string& locale, float cssWidth, float cssHeight, float scale)
      : app(shell, configFor(locale)), ui(cssWidth / scale, cssHeight / scale) {
    shell.now.nowUnix = parseIsoTime(shoppers["reference_now"].get<std::string>())->unixSeconds;
    app.start();
    for (const RecordingShell::Fetch& fetch : shell.fetches) {
      const std::string& url = fetch.url;
      const std::string file = url.find("/kb.") != std::string::npos      ? "assets/kb/" + locale + ".json"
                               : url.find("/forms.") != std::string::npos ? "assets/forms/" + locale + ".json"
                                                                           : "assets/rules/rules.json";
      app.onFetched(fetch.requestId, 200, test::readRepoFile(file), "");
    }
  }

  void showShopper(const std::string& id) {
    for (const json& shopper : shoppers["shoppers"])
      if (shopper["id"] == id) app.setContext(shopper["context"].dump());
  }

  // Draws a few frames (layout settles) and returns the overflow.
  float draw() {
    for (int i = 0; i < 3; ++i) ui.frame(app);
    return overflow();
  }
};

// Every view a shopper can reach without typing into a form, drawn; the
// worst overflow with the view that caused it.
void checkEveryView(Panel& panel) {
  App& app = panel.app;
  const auto check = [&](const std::string& what) {
    const float reached = panel.draw();
    INFO(what << " overflows by " << reached);
    CHECK(reached <= ImGui::GetStyle().ItemSpacing.x);
  };
  for (const char* shopper : {"late", "delivered", "refund", "payment-failed"}) {
    panel.showShopper(shopper);
    app.dispatch({Action::Kind::Home, {}});
    check(std::string("home for ") + shopper);
  }
  const KnowledgeBase& kb = *app.state().kb();
  for (const Category& category : kb.categories) {
    app.dispatch({Action::Kind::OpenCategory, category.id});
    check("category " + category.id);
  }
  for (const Article& article : kb.articles) {
    app.dispatch({Action::Kind::OpenArticle, article.id});
    check("article " + article.id);
  }
  for (const char* query : {"refund", "delivery", "qqqqzzzz", "退款", "快递"}) {
    app.dispatch({Action::Kind::SetQuery, query});
    check(std::string("search ") + query);
  }
  REQUIRE(app.state().forms);
  for (const Form& form : app.state().forms->forms) {
    app.dispatch({Action::Kind::StartForm, json{{"form", form.id}, {"source", "api"}}.dump()});
    check("form intro " + form.id);
    app.dispatch({Action::Kind::FormBegin, {}});
    check("form first step " + form.id);
    app.dispatch({Action::Kind::FormNext, {}});  // nothing answered: errors shown
    check("form errors " + form.id);
  }
}

}  // namespace

TEST_CASE("the overflow measure sees a button wider than its window", "[layout]") {
  HeadlessUi ui(200, 200);
  ImGui::NewFrame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(200, 200));
  ImGui::Begin("probe", nullptr, ImGuiWindowFlags_NoDecoration);
  ImGui::Button("wide", ImVec2(260, 30));
  ImGui::End();
  ImGui::Render();
  CHECK(overflow() == Catch::Approx(60));
}

TEST_CASE("every view fits the desktop panel at the default text size", "[layout]") {
  for (const std::string locale : {"en", "zh-CN"}) {
    INFO(locale);
    Panel panel(locale, 380, 600, 1.0f);
    checkEveryView(panel);
  }
}

TEST_CASE("every view fits a phone at text size 1.5", "[layout]") {
  for (const std::string locale : {"en", "zh-CN"}) {
    INFO(locale);
    Panel panel(locale, 360, 640, 1.5f);
    checkEveryView(panel);
  }
}

TEST_CASE("every view fits the smallest phone at the largest text size", "[layout]") {
  for (const std::string locale : {"en", "zh-CN"}) {
    INFO(locale);
    Panel panel(locale, 320, 568, ui::kMaxTextScale);
    checkEveryView(panel);
  }
}

TEST_CASE("nothing on the panel moves while nothing happens", "[motion]") {
  Panel panel("en", 380, 600, 1.0f);
  panel.showShopper("late");
  const auto drawn = [&]() {
    panel.ui.frame(panel.app);
    std::uint64_t hash = 1469598103934665603ull;
    const ImDrawData* data = ImGui::GetDrawData();
    for (const ImDrawList* list : data->CmdLists)
      for (const ImDrawVert& vertex : list->VtxBuffer) {
        for (std::uint32_t word : {static_cast<std::uint32_t>(vertex.pos.x * 64), static_cast<std::uint32_t>(vertex.pos.y * 64), vertex.col})
          hash = (hash ^ word) * 1099511628211ull;
      }
    return hash;
  };
  for (int i = 0; i < 10; ++i) drawn();  // layout settles
  const std::uint64_t settled = drawn();
  // Two seconds of frames with no input (the headless clock steps 1/60 s).
  std::uint64_t later = settled;
  for (int i = 0; i < 120; ++i) later = drawn();
  CHECK(later == settled);
}
