// The order-aware first screen through the app: rules and the shop's
// context in, cards in the view and the mirror, events out, and a bad
// context that never takes the panel down.
#include <catch_amalgamated.hpp>

#include "test_files.h"

#include <nlohmann/json.hpp>

#include "platform/native/headless_platform.h"

using namespace hw;
using nlohmann::json;

namespace {

struct Fixture {
  RecordingShell shell;
  App app;
  HeadlessUi ui{380, 640};
  json shoppers = json::parse(test::readRepoFile("web/demo/shoppers.json"));

  static AppConfig configFor(const std::string& locale, const std::string& contextUrl) {
    AppConfig config;
    config.kbUrl = "/help/kb." + locale + ".json";
    config.rulesUrl = "/help/rules.json";
    config.contextUrl = contextUrl;
    config.locale = locale;
    return config;
  }

  explicit Fixture(const std::string& locale = "en", const std::string& contextUrl = "")
      : app(shell, configFor(locale, contextUrl)) {
    shell.now.nowUnix = parseIsoTime(shoppers["reference_now"].get<std::string>())->unixSeconds;
    app.start();
    REQUIRE(shell.fetches.size() == 2);
    app.onFetched(shell.fetches[0].requestId, 200, test::readRepoFile("assets/kb/" + locale + ".json"), "");
    app.onFetched(shell.fetches[1].requestId, 200, test::readRepoFile("assets/rules/rules.json"), "");
  }

  std::string contextOf(const std::string& id) const {
    for (const json& shopper : shoppers["shoppers"])
      if (shopper["id"] == id) return shopper["context"].dump();
    FAIL("no shopper " << id);
    return {};
  }

  json mirror() {
    ui.frame(app);
    ui.frame(app);
    REQUIRE_FALSE(shell.mirrors.empty());
    return json::parse(shell.mirrors.back());
  }

  std::vector<json> eventsNamed(const std::string& name) const {
    std::vector<json> found;
    for (const auto& [event, detail] : shell.events)
      if (event == name) found.push_back(json::parse(detail));
    return found;
  }
};

std::vector<std::string> cardRules(const json& mirror) {
  std::vector<std::string> rules;
  for (const json& card : mirror["cards"]) rules.push_back(card["rule"]);
  return rules;
}

}  // namespace

TEST_CASE("Without a shopper the first screen is generic", "[first-screen]") {
  Fixture f;
  const json mirror = f.mirror();
  CHECK(mirror["view"] == "home");
  CHECK(mirror["greeting"] == "How can we help?");
  CHECK(mirror["cards"].empty());
  CHECK(mirror["items"][0]["action"] == "article:track-order");  // the shop's first popular article
}

TEST_CASE("A late parcel leads the first screen, with the shopper's name", "[first-screen]") {
  Fixture f;
  f.app.setContext(f.contextOf("late"));
  const json mirror = f.mirror();
  CHECK(mirror["greeting"] == "Hi Daniel, how can we help?");
  REQUIRE(cardRules(mirror) == std::vector<std::string>{"parcel-late"});
  const json& card = mirror["cards"][0];
  CHECK(card["name"] == "About order NW-20211");
  CHECK(card["title"] == "Your parcel is late");
  REQUIRE(card["actions"].size() == 3);
  CHECK(card["actions"][0]["label"] == "Track parcel");
  // The articles for this shopper come first.
  CHECK(mirror["items"][0]["action"] == "article:late-delivery");
  CHECK(f.ui.lastVertexCount() > 0);
}

TEST_CASE("Card actions do what they say and report the click", "[first-screen]") {
  Fixture f;
  f.app.setContext(f.contextOf("late"));
  f.mirror();
  f.app.dispatch({Action::Kind::Suggestion, "parcel-late:track:NW-20211"});
  REQUIRE(f.shell.openedUrls.size() == 1);
  CHECK(f.shell.openedUrls[0] == "https://www.dhl.com/track?id=JD014600006281234567");
  f.app.dispatch({Action::Kind::Suggestion, "parcel-late:report-delivery:NW-20211"});
  CHECK(f.app.state().route.view == View::Article);
  CHECK(f.app.state().route.id == "late-delivery");
  f.app.dispatch({Action::Kind::Home, {}});
  f.app.dispatch({Action::Kind::Suggestion, "parcel-late:delivery-times:NW-20211"});
  CHECK(f.app.state().route.id == "delivery-times");
  const auto clicks = f.eventsNamed("suggestion_click");
  REQUIRE(clicks.size() == 3);
  CHECK(clicks[0] == json{{"rule", "parcel-late"}, {"action", "track"}, {"kind", "track"}});
  CHECK(clicks[1]["kind"] == "form");
  // No personal data in the event.
  CHECK(clicks[0].dump().find("NW-20211") == std::string::npos);
  // Unknown or stale card references do nothing.
  f.app.dispatch({Action::Kind::Suggestion, "parcel-late:track:NW-99999"});
  f.app.dispatch({Action::Kind::Suggestion, "garbage"});
  CHECK(f.eventsNamed("suggestion_click").size() == 3);
}

TEST_CASE("open names the cards shown, and only their rule ids", "[first-screen]") {
  Fixture f;
  f.app.setContext(f.contextOf("payment-failed"));
  f.app.opened();
  const auto opens = f.eventsNamed("open");
  REQUIRE(opens.size() == 1);
  CHECK(opens[0]["cards"] == json::array({"payment-failed", "shipped-on-time"}));
  CHECK(opens[0].dump().find("Grace") == std::string::npos);
}

TEST_CASE("Switching shoppers updates the open panel at once", "[first-screen]") {
  Fixture f("zh-CN");
  f.app.setContext(f.contextOf("refund"));
  json mirror = f.mirror();
  CHECK(mirror["greeting"] == "芳，您好！有什么可以帮您？");
  CHECK(cardRules(mirror) == std::vector<std::string>{"refund-pending"});
  CHECK(mirror["cards"][0]["title"] == "您的退款正在处理中");
  f.app.setContext(f.contextOf("delivered"));
  mirror = f.mirror();
  CHECK(cardRules(mirror) == std::vector<std::string>{"delivered-recently"});
  f.app.setContext("null");
  mirror = f.mirror();
  CHECK(mirror["cards"].empty());
  CHECK(mirror["greeting"] == "您好！有什么可以帮您？");
}

TEST_CASE("A malformed context gives the generic screen and one error", "[first-screen]") {
  Fixture f;
  f.app.setContext("{\"orders\": [ {\"id\": ");
  json mirror = f.mirror();
  CHECK(mirror["cards"].empty());
  CHECK(mirror["view"] == "home");
  auto errors = f.eventsNamed("error");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0]["code"] == "context");
  CHECK_THAT(errors[0]["message"].get<std::string>(), Catch::Matchers::ContainsSubstring("line 1"));
  // Partly valid: the valid order is used, the bad field reported once even
  // when the host sets the same context again.
  const std::string partial =
      R"({"customer":{"first_name":"Ann"},"orders":[{"id":"X-1","status":"processing","payment":{"status":"sort of"}}]})";
  f.app.setContext(partial);
  f.app.setContext(partial);
  mirror = f.mirror();
  CHECK(cardRules(mirror) == std::vector<std::string>{"order-processing"});
  errors = f.eventsNamed("error");
  REQUIRE(errors.size() == 2);
  CHECK(errors[1]["pointer"] == "/orders/0/payment/status");
  CHECK(errors[1]["source"] == "setContext");
  CHECK(errors[1]["message"] ==
        "unknown payment status \"sort of\" (expected one of: paid, pending, authorized, failed, refunded)");
}

TEST_CASE("Broken rules leave the generic first screen and say where", "[first-screen]") {
  RecordingShell shell;
  AppConfig config = Fixture::configFor("en", "");
  App app(shell, config);
  app.start();
  app.onFetched(shell.fetches[0].requestId, 200, test::readRepoFile("assets/kb/en.json"), "");
  app.onFetched(shell.fetches[1].requestId, 200, R"({"schema_version": 1, "rules": [{"id": "x"}]})", "");
  app.setContext(R"({"orders":[{"id":"X-1","status":"processing"}]})");
  CHECK(app.state().suggestions.cards.empty());
  CHECK(app.state().status == ContentStatus::Ready);
  bool reported = false;
  for (const auto& [event, detail] : shell.events)
    if (event == "error" && json::parse(detail)["code"] == "rules") {
      reported = true;
      CHECK(json::parse(detail)["pointer"] == "/rules/0");
    }
  CHECK(reported);
}

TEST_CASE("The shop's context URL is fetched with credentials when opened", "[first-screen]") {
  Fixture f("en", "/account/help-context.json");
  f.app.opened();
  REQUIRE(f.shell.fetches.size() == 3);
  CHECK(f.shell.fetches[2].url == "/account/help-context.json");
  CHECK(f.shell.fetches[2].withCredentials);
  CHECK_FALSE(f.shell.fetches[0].withCredentials);
  CHECK(f.eventsNamed("open").empty());  // waits for the context
  f.app.onFetched(f.shell.fetches[2].requestId, 200, f.contextOf("on-time"), "");
  CHECK(f.eventsNamed("open").size() == 1);
  CHECK(f.eventsNamed("open")[0]["cards"] == json::array({"shipped-on-time"}));
  // Opened again within a minute: no second fetch.
  f.app.opened();
  CHECK(f.shell.fetches.size() == 3);
  f.shell.now.nowUnix += 120;
  f.app.opened();
  CHECK(f.shell.fetches.size() == 4);
}

TEST_CASE("Searching ranks this shopper's articles higher", "[first-screen]") {
  Fixture f;
  auto rankOf = [&](const std::string& id) {
    const auto& results = f.app.state().results;
    for (std::size_t i = 0; i < results.size(); ++i)
      if (results[i].article->id == id) return i;
    return results.size();
  };
  f.app.dispatch({Action::Kind::SetQuery, "return"});
  const std::size_t without = rankOf("start-return");
  const std::size_t count = f.app.state().results.size();
  f.app.setContext(f.contextOf("delivered"));
  f.app.dispatch({Action::Kind::SetQuery, "return "});
  CHECK(rankOf("start-return") < without);
  CHECK(f.app.state().results.size() == count);  // a boost reorders, never adds
}

TEST_CASE("Analytics records the query the shopper settled on, not every keystroke", "[events]") {
  RecordingShell shell;
  AppConfig config;
  config.kbUrl = "/help/kb.en.json";
  config.eventsEndpoint = "/api/help/events";
  App app(shell, config);
  app.start();
  app.onFetched(shell.fetches.back().requestId, 200, test::readRepoFile("assets/kb/en.json"), "");
  for (const char* typed : {"r", "re", "ref", "refu", "refund"}) app.dispatch({Action::Kind::SetQuery, typed});
  CHECK(shell.countEvents("search") == 5);  // the page's listeners see every change
  app.dispatch({Action::Kind::OpenArticle, app.state().results.front().article->id});
  app.flushEvents();
  REQUIRE(shell.beacons.size() == 1);
  const json batch = json::parse(shell.beacons[0].second);
  std::vector<std::string> names;
  for (const json& event : batch) names.push_back(event["event"]);
  CHECK(names == std::vector<std::string>{"search", "search_result_click", "article_view"});
  CHECK(batch[0]["data"]["results"].get<int>() > 0);
}
