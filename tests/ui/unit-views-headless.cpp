// Draws every view of the panel headlessly with real content, and checks the
// app's behaviour through its shell: fetches, events, mirror, actions.
#include <catch_amalgamated.hpp>

#include "test_files.h"

#include <nlohmann/json.hpp>

#include "platform/native/headless_platform.h"

using namespace hw;
using nlohmann::json;

namespace {

json lastMirror(const RecordingShell& shell) {
  REQUIRE_FALSE(shell.mirrors.empty());
  return json::parse(shell.mirrors.back());
}

struct Fixture {
  RecordingShell shell;
  App app;
  HeadlessUi ui{380, 600};

  static AppConfig configFor(const std::string& locale) {
    AppConfig config;
    config.kbUrl = "/help/kb." + locale + ".json";
    config.locale = locale;
    return config;
  }

  explicit Fixture(const std::string& locale = "en") : app(shell, configFor(locale)) {
    app.start();
  }
  void deliver(const std::string& body, int status = 200) {
    REQUIRE_FALSE(shell.fetches.empty());
    app.onFetched(shell.fetches.back().requestId, status, body, status ? "" : "Failed to fetch");
  }
  void frames(int count = 2) {
    for (int i = 0; i < count; ++i) ui.frame(app);
  }
};

}  // namespace

TEST_CASE("the panel fetches its content on start and says ready", "[app]") {
  Fixture f;
  REQUIRE(f.shell.fetches.size() == 1);
  CHECK(f.shell.fetches[0].url == "/help/kb.en.json");
  f.frames();
  CHECK(lastMirror(f.shell)["view"] == "loading");
  f.deliver(test::readRepoFile("assets/kb/en.json"));
  f.frames();
  CHECK(f.app.state().status == ContentStatus::Ready);
  CHECK(f.shell.countEvents("ready") == 1);
  CHECK(f.ui.lastVertexCount() > 1000);
  const json mirror = lastMirror(f.shell);
  CHECK(mirror["view"] == "home");
  CHECK(mirror["items"].size() >= 8);
}

TEST_CASE("every view draws in English and Chinese", "[app]") {
  for (const std::string locale : {"en", "zh-CN"}) {
    Fixture f(locale);
    f.deliver(test::readRepoFile("assets/kb/" + locale + ".json"));
    f.frames();
    const KnowledgeBase& kb = *f.app.state().kb();
    for (const Category& category : kb.categories) {
      f.app.dispatch({Action::Kind::OpenCategory, category.id});
      f.frames();
      CHECK(lastMirror(f.shell)["heading"] == category.title);
    }
    for (const Article& article : kb.articles) {
      f.app.dispatch({Action::Kind::OpenArticle, article.id});
      f.frames();
      const json mirror = lastMirror(f.shell);
      CHECK(mirror["view"] == "article");
      CHECK(mirror["heading"] == article.title);
      CHECK_FALSE(mirror["text"].get<std::string>().empty());
    }
    f.app.dispatch({Action::Kind::SetQuery, locale == "en" ? "refund" : "退款"});
    f.frames();
    CHECK(lastMirror(f.shell)["view"] == "search");
    CHECK_FALSE(f.app.state().results.empty());
    f.app.dispatch({Action::Kind::SetQuery, "qqqqzzzz"});
    f.frames();
    CHECK(f.app.state().results.empty());
  }
}

TEST_CASE("searching shows results and emits a search event", "[app]") {
  Fixture f;
  f.deliver(test::readRepoFile("assets/kb/en.json"));
  f.app.dispatch({Action::Kind::SetQuery, "refund"});
  f.frames();
  const json mirror = lastMirror(f.shell);
  CHECK(mirror["view"] == "search");
  CHECK(mirror["live"].get<std::string>().find("results for") != std::string::npos);
  CHECK(f.shell.countEvents("search") == 1);
  f.app.dispatch({Action::Kind::SetQuery, ""});
  CHECK(f.app.state().route.view == View::Home);
}

TEST_CASE("a vague query asks which intent instead of doubting its results", "[app]") {
  Fixture f;
  f.deliver(test::readRepoFile("assets/kb/en.json"));
  f.app.dispatch({Action::Kind::SetQuery, "refund"});  // spreads over refunds, returns, invoices
  f.frames();
  json mirror = lastMirror(f.shell);
  REQUIRE_FALSE(f.app.state().response.confident);
  REQUIRE_FALSE(f.app.state().response.intents.empty());
  CHECK(mirror["live"].get<std::string>().find("What do you need help with?") != std::string::npos);
  CHECK(mirror["status"] == "");
  // A question the content only half answers still gets the doubt, beside
  // the intents it offers.
  f.app.dispatch({Action::Kind::SetQuery, "do you sell pizza"});
  f.frames();
  mirror = lastMirror(f.shell);
  REQUIRE_FALSE(f.app.state().results.empty());
  CHECK(mirror["status"] == "Not sure we have the answer to that.");
}

TEST_CASE("a vague Chinese query asks which intent too", "[app]") {
  Fixture f("zh-CN");
  f.deliver(test::readRepoFile("assets/kb/zh-CN.json"));
  f.app.dispatch({Action::Kind::SetQuery, "订单"});  // order: spreads over tracking, changes, returns
  f.frames();
  const json mirror = lastMirror(f.shell);
  REQUIRE_FALSE(f.app.state().response.confident);
  REQUIRE_FALSE(f.app.state().response.intents.empty());
  CHECK(mirror["status"] == "");
}

TEST_CASE("back returns along the path the shopper took", "[app]") {
  Fixture f;
  f.deliver(test::readRepoFile("assets/kb/en.json"));
  f.app.dispatch({Action::Kind::OpenCategory, "returns"});
  f.app.dispatch({Action::Kind::OpenArticle, "start-return"});
  CHECK(f.shell.countEvents("article_view") == 1);
  f.app.dispatch({Action::Kind::Back, {}});
  CHECK(f.app.state().route == Route{View::Category, "returns"});
  f.app.dispatch({Action::Kind::Back, {}});
  CHECK(f.app.state().route == Route{});
}

TEST_CASE("malformed content shows a clear message and emits error with the place", "[app]") {
  Fixture f;
  f.deliver("{\n  \"schema_version\": 1,\n  \"locale\": \"en\",,\n}");
  f.frames();
  CHECK(f.app.state().status == ContentStatus::Failed);
  const json mirror = lastMirror(f.shell);
  CHECK(mirror["view"] == "error");
  CHECK(mirror["text"].get<std::string>().rfind("kb.en.json:3:", 0) == 0);
  REQUIRE(f.shell.countEvents("error") == 1);
  const json error = json::parse(f.shell.events[0].second);
  CHECK(error["code"] == "syntax");
  CHECK(error["line"] == 3);
  CHECK(f.shell.countEvents("ready") == 1);
}

TEST_CASE("a failed refresh keeps the last good content", "[app]") {
  Fixture f;
  f.deliver(test::readRepoFile("assets/kb/en.json"));
  f.app.dispatch({Action::Kind::Retry, {}});
  REQUIRE(f.shell.fetches.size() == 2);
  f.deliver("", 0);
  f.frames();
  CHECK(f.app.state().status == ContentStatus::Ready);
  CHECK(f.app.state().kb() != nullptr);
  CHECK(f.shell.countEvents("error") == 1);
  f.app.dispatch({Action::Kind::Retry, {}});
  f.deliver("{\"schema_version\": 1}");
  CHECK(f.app.state().kb()->articles.size() >= 30);
  CHECK(f.shell.countEvents("error") == 2);
}

TEST_CASE("an HTTP error names the file and the status", "[app]") {
  Fixture f;
  f.deliver("Not found", 404);
  f.frames();
  CHECK(f.app.state().problemDetail == "kb.en.json: the server answered HTTP 404");
}

TEST_CASE("answers to superseded requests are ignored", "[app]") {
  Fixture f;
  const int first = f.shell.fetches[0].requestId;
  f.app.dispatch({Action::Kind::Retry, {}});
  f.app.onFetched(first, 200, test::readRepoFile("assets/kb/en.json"), "");
  CHECK(f.app.state().status == ContentStatus::Loading);
}

TEST_CASE("only http(s) links are opened", "[app]") {
  Fixture f;
  f.deliver(test::readRepoFile("assets/kb/en.json"));
  f.app.dispatch({Action::Kind::OpenExternal, "javascript:alert(1)"});
  f.app.dispatch({Action::Kind::OpenExternal, "https://example.com/help"});
  REQUIRE(f.shell.openedUrls.size() == 1);
  CHECK(f.shell.openedUrls[0] == "https://example.com/help");
}

TEST_CASE("hostile strings in content draw without harm", "[app]") {
  Fixture f;
  std::string longWord(5000, 'W');
  json kb = {{"schema_version", 1}, {"locale", "en"},
             {"categories", {{{"id", "c"}, {"title", "<b>C</b>"}}}},
             {"articles", {{{"id", "a"}, {"title", "<script>alert(1)</script>"}, {"category", "c"},
                            {"body", longWord + "\n\n**unclosed [x](javascript:y) \xF0\x9F\x9A\x9A"}}}}};
  f.deliver(kb.dump());
  f.app.dispatch({Action::Kind::OpenArticle, "a"});
  f.frames(3);
  CHECK(lastMirror(f.shell)["heading"] == "<script>alert(1)</script>");
}

TEST_CASE("every control in the mirror is drawn on the canvas and rings when focused", "[app][keyboard]") {
  Fixture f;
  f.deliver(test::readRepoFile("assets/kb/en.json"));
  const bool searching = GENERATE(true, false);
  if (searching) f.app.dispatch({Action::Kind::SetQuery, "refund"});
  f.frames(3);
  const json mirror = lastMirror(f.shell);
  REQUIRE(mirror["view"] == (searching ? "search" : "home"));
  std::vector<std::string> names;
  for (const json& item : mirror["toolbar"]) names.push_back(item["action"]);
  if (searching)
    for (const json& item : mirror["results"]) names.push_back(item["action"]);
  for (const json& item : mirror["items"]) names.push_back(item["action"]);
  REQUIRE(names.size() >= 5);
  for (const std::string& name : names) {
    INFO(name);
    f.app.setFocus(name);
    f.frames(3);
    CHECK(f.ui.memory().focusRingDrawn);
    const ImVec2 min = f.ui.memory().focusRingMin;
    const ImVec2 max = f.ui.memory().focusRingMax;
    CHECK(max.x > min.x);
    CHECK(max.y > min.y);
    // Rows are rung whole, not the text drawn on them.
    if (name.rfind("article:", 0) == 0 || name.rfind("category:", 0) == 0) CHECK(max.x - min.x > 300);
    // Scrolled into view: the ring is inside the panel.
    CHECK(min.y >= 0);
    CHECK(max.y <= 600);
  }
  f.app.setFocus("");
  f.frames(2);
  CHECK_FALSE(f.ui.memory().focusRingDrawn);
  f.app.setFocus("article:no-such-article");
  f.frames(2);
  CHECK_FALSE(f.ui.memory().focusRingDrawn);
}

TEST_CASE("the search box takes the typing when the mirror's focus is on it", "[app][keyboard]") {
  Fixture f;
  f.deliver(test::readRepoFile("assets/kb/en.json"));
  f.frames(3);
  CHECK(lastMirror(f.shell)["search"]["name"] == "searchbox");
  f.app.setFocus("searchbox");
  f.frames(2);
  CHECK(f.ui.memory().focusRingDrawn);
  f.ui.io().AddInputCharactersUTF8("parcel");
  f.frames(3);
  CHECK(f.app.state().query == "parcel");
  CHECK(lastMirror(f.shell)["view"] == "search");
  CHECK(f.ui.io().WantTextInput);
  // Tab to a result and back: the box lets go of the keyboard, then takes it again.
  f.app.setFocus(lastMirror(f.shell)["results"][0]["action"].get<std::string>());
  f.frames(3);
  CHECK_FALSE(f.ui.io().WantTextInput);
  f.app.setFocus("searchbox");
  f.frames(3);
  CHECK(f.ui.io().WantTextInput);
  // Enter in the search box opens the best result.
  f.ui.io().AddKeyEvent(ImGuiKey_Enter, true);
  f.frames(1);
  f.ui.io().AddKeyEvent(ImGuiKey_Enter, false);
  f.frames(2);
  CHECK(f.shell.countEvents("article_view") == 1);
  const json article = lastMirror(f.shell);
  CHECK(article["view"] == "article");
  CHECK(article["toolbar"][0]["action"] == "back");
  CHECK_FALSE(article["blocks"].empty());
}


TEST_CASE("an article asked for before the content arrives opens when it does", "[app]") {
  Fixture f;
  f.app.dispatch({Action::Kind::OpenArticle, "track-order"});
  f.frames();
  f.deliver(test::readRepoFile("assets/kb/en.json"));
  f.frames();
  const json mirror = lastMirror(f.shell);
  CHECK(mirror["view"] == "article");
  CHECK(f.shell.countEvents("article_view") == 1);
}

TEST_CASE("a form started before the help content arrives stays open when it does", "[app]") {
  RecordingShell shell;
  AppConfig config;
  config.kbUrl = "/help/kb.en.json";
  config.formsUrl = "/help/forms.en.json";
  config.locale = "en";
  App app(shell, config);
  HeadlessUi ui{380, 600};
  app.start();
  app.dispatch({Action::Kind::StartForm, R"({"form":"other","source":"api"})"});
  const auto answer = [&](const std::string& suffix, const std::string& file) {
    for (const RecordingShell::Fetch& fetch : shell.fetches)
      if (fetch.url.size() >= suffix.size() && fetch.url.compare(fetch.url.size() - suffix.size(), suffix.size(), suffix) == 0)
        app.onFetched(fetch.requestId, 200, test::readRepoFile(file), "");
  };
  answer("forms.en.json", "assets/forms/en.json");
  ui.frame(app);
  answer("kb.en.json", "assets/kb/en.json");
  ui.frame(app);
  CHECK(app.state().route.view == View::Form);
}

TEST_CASE("a search from the page replaces what the focused search box holds", "[app][keyboard]") {
  Fixture f;
  f.deliver(test::readRepoFile("assets/kb/en.json"));
  f.app.setFocus("searchbox");
  f.frames(3);
  f.ui.io().AddInputCharactersUTF8("par");
  f.frames(2);
  REQUIRE(f.app.state().query == "par");
  f.app.dispatch({Action::Kind::SetQuery, "refund"});
  f.frames(3);
  CHECK(f.app.state().query == "refund");
  f.ui.io().AddInputCharactersUTF8("s");
  f.frames(2);
  CHECK(f.app.state().query == "refunds");
}

TEST_CASE("a guest types the order number the form asks for", "[app][forms]") {
  RecordingShell shell;
  AppConfig config;
  config.kbUrl = "/help/kb.en.json";
  config.formsUrl = "/help/forms.en.json";
  config.locale = "en";
  App app(shell, config);
  HeadlessUi ui{380, 600};
  app.start();
  for (const RecordingShell::Fetch& fetch : std::vector<RecordingShell::Fetch>(shell.fetches))
    app.onFetched(fetch.requestId, 200,
                  test::readRepoFile(fetch.url.find("forms") != std::string::npos ? "assets/forms/en.json"
                                                                                  : "assets/kb/en.json"),
                  "");
  app.dispatch({Action::Kind::StartForm, R"({"form":"other","source":"api"})"});
  app.dispatch({Action::Kind::FormBegin, {}});
  app.dispatch({Action::Kind::FormAnswer, R"({"field":"topic","value":"order"})"});
  app.dispatch({Action::Kind::FormNext, {}});
  for (int i = 0; i < 3; ++i) ui.frame(app);
  const json mirror = json::parse(shell.mirrors.back());
  REQUIRE(mirror["form"]["step"] == "order");
  CHECK(mirror["form"]["fields"][0]["options"].empty());  // a guest: no orders to pick
  app.setFocus("field:order");
  for (int i = 0; i < 3; ++i) ui.frame(app);
  ui.io().AddInputCharactersUTF8("SO-1042");
  for (int i = 0; i < 3; ++i) ui.frame(app);
  CHECK(app.state().form.session->answer("order") == "SO-1042");
  app.dispatch({Action::Kind::FormNext, {}});
  ui.frame(app);
  CHECK(json::parse(shell.mirrors.back())["form"]["step"] == "message");
}
