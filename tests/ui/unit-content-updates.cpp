// Content that changes while shoppers use it: the manifest, conditional
// requests (304 keeps what is held, unparsed), a refresh when the panel opens
// after the configured age, the new set swapped in whole, and an invalid
// update that keeps the last good content with one located error.
#include <catch_amalgamated.hpp>

#include "test_files.h"

#include <nlohmann/json.hpp>

#include "app/content_swap.h"
#include "platform/native/headless_platform.h"

using namespace hw;
using nlohmann::json;

namespace {

const char* kManifestUrl = "https://shop.test/help/manifest.json";

std::string kb(const std::string& trackTitle, bool withReturns = true) {
  json articles = json::array({{{"id", "track-order"}, {"title", trackTitle}, {"category", "orders"},
                                {"body", "Open **My orders** to see where your parcel is."}}});
  if (withReturns)
    articles.push_back({{"id", "returns"}, {"title", "Send an item back"}, {"category", "orders"},
                        {"body", "Start a return from **My orders** within 30 days."}});
  return json{{"schema_version", 1}, {"locale", "en"}, {"title", "Help"},
              {"categories", json::array({{{"id", "orders"}, {"title", "Orders"}}})},
              {"articles", articles}}
      .dump(2);
}

std::string manifest(const std::string& kbPath, const std::string& rulesPath = "") {
  json files = {{"kb.en", {{"path", kbPath}}}, {"kb.zh-CN", {{"path", "kb.zh-CN.99999999.json"}}}};
  if (!rulesPath.empty()) files["rules"] = {{"path", rulesPath}};
  return json{{"schema_version", 1}, {"files", files}}.dump();
}

struct Fixture {
  RecordingShell shell;
  App app;

  static AppConfig configFor(std::int64_t refreshAfter) {
    AppConfig config;
    config.manifestUrl = kManifestUrl;
    config.refreshAfterSeconds = refreshAfter;
    return config;
  }
  explicit Fixture(std::int64_t refreshAfter = 300) : app(shell, configFor(refreshAfter)) {
    shell.now.nowUnix = 1'800'000'000;
  }

  const RecordingShell::Fetch& last() const { return shell.fetches.back(); }
  void answer(int status, const std::string& body, const std::string& etag = "") {
    REQUIRE_FALSE(shell.fetches.empty());
    app.onFetched(last().requestId, status, body, status ? "" : "Failed to fetch", etag);
  }
  // Starts and loads kb.en.1 with "Where is my order?".
  void load() {
    app.start();
    REQUIRE(last().url == kManifestUrl);
    answer(200, manifest("kb.en.11111111.json"), "\"m1\"");
    REQUIRE(last().url == "https://shop.test/help/kb.en.11111111.json");
    answer(200, kb("Where is my order?"));
    REQUIRE(app.state().kb());
  }
  std::string title(const std::string& id) const {
    const Article* article = app.state().kb()->findArticle(id);
    return article ? article->title : "(none)";
  }
  std::vector<json> errors() const {
    std::vector<json> found;
    for (const auto& [event, detail] : shell.events)
      if (event == "error") found.push_back(json::parse(detail));
    return found;
  }
};

}  // namespace

TEST_CASE("The manifest names the locale's files, fetched relative to it", "[content-updates]") {
  Fixture f;
  f.load();
  CHECK(f.shell.fetches.size() == 2);
  CHECK(f.shell.fetches[0].ifNoneMatch.empty());  // nothing held yet: a plain request
  CHECK(f.title("track-order") == "Where is my order?");
  CHECK(f.shell.countEvents("ready") == 1);
  CHECK(f.errors().empty());
  // The knowledge base is kept for the next visit under the manifest's name.
  CHECK(f.shell.stored["content:https://shop.test/help/manifest.json#en"] == kb("Where is my order?"));
}

TEST_CASE("Opening after the refresh age asks again; a 304 keeps the content unparsed", "[content-updates]") {
  Fixture f(300);
  f.load();
  const auto before = f.app.state().content;
  f.shell.now.nowUnix += 100;
  f.app.opened();
  CHECK(f.shell.fetches.size() == 2);  // younger than 300 s: no request
  f.shell.now.nowUnix += 250;
  f.app.opened();
  REQUIRE(f.shell.fetches.size() == 3);
  CHECK(f.last().url == kManifestUrl);
  CHECK(f.last().ifNoneMatch == "\"m1\"");
  f.answer(304, "", "\"m1\"");
  CHECK(f.shell.fetches.size() == 3);            // nothing else fetched
  CHECK(f.app.state().content == before);        // the same parsed content
  CHECK(f.errors().empty());
  CHECK(f.shell.countEvents("open") == 2);
}

TEST_CASE("With a refresh age of 0 every open asks", "[content-updates]") {
  Fixture f(0);
  f.load();
  f.app.opened();
  CHECK(f.shell.fetches.size() == 3);
  f.answer(304, "");
  f.app.opened();
  CHECK(f.shell.fetches.size() == 4);
  // A negative age never asks again.
  Fixture never(-1);
  never.load();
  never.shell.now.nowUnix += 100000;
  never.app.opened();
  CHECK(never.shell.fetches.size() == 2);
}

TEST_CASE("A new manifest brings the new knowledge base; the open article stays with its new title",
          "[content-updates]") {
  Fixture f(0);
  f.load();
  f.app.dispatch({Action::Kind::OpenArticle, "track-order"});
  f.app.opened();
  f.answer(200, manifest("kb.en.22222222.json"), "\"m2\"");
  REQUIRE(f.last().url == "https://shop.test/help/kb.en.22222222.json");
  f.answer(200, kb("Where is my parcel?"));
  CHECK(f.title("track-order") == "Where is my parcel?");
  CHECK(f.app.state().route.view == View::Article);
  CHECK(f.app.state().route.id == "track-order");
  CHECK(f.shell.stored["content:https://shop.test/help/manifest.json#en"] == kb("Where is my parcel?"));
  // The same manifest again (200, same bytes): the same hashed file is not fetched.
  f.app.opened();
  f.answer(200, manifest("kb.en.22222222.json"), "\"m2\"");
  CHECK(f.last().url == kManifestUrl);
}

TEST_CASE("An article that vanished in the new content goes home, history without it", "[content-updates]") {
  Fixture f(0);
  f.load();
  f.app.dispatch({Action::Kind::OpenArticle, "track-order"});
  f.app.dispatch({Action::Kind::OpenArticle, "returns"});
  f.app.opened();
  f.answer(200, manifest("kb.en.33333333.json"));
  f.answer(200, kb("Where is my order?", false));
  CHECK(f.app.state().route.view == View::Home);
  CHECK(f.app.state().kb()->findArticle("returns") == nullptr);
  for (const Route& route : f.app.state().history) CHECK(route.id != "returns");
}

TEST_CASE("An invalid update keeps the last good content and reports it once, located", "[content-updates]") {
  Fixture f(0);
  f.load();
  f.app.dispatch({Action::Kind::SetQuery, "parcel"});
  REQUIRE_FALSE(f.app.state().results.empty());
  f.app.opened();
  f.answer(200, manifest("kb.en.44444444.json"));
  f.answer(200, "{\n  \"schema_version\": 1,\n  \"articles\": [\n    {\"id\": \"x\" \"title\": 1}\n");
  CHECK(f.title("track-order") == "Where is my order?");
  CHECK(f.app.state().status == ContentStatus::Ready);
  CHECK(f.app.state().problem.empty());  // nothing broken is shown to the shopper
  CHECK_FALSE(f.app.state().results.empty());
  const std::vector<json> errors = f.errors();
  REQUIRE(errors.size() == 1);
  CHECK(errors[0]["code"] == "syntax");
  CHECK(errors[0]["source"] == "https://shop.test/help/kb.en.44444444.json");
  CHECK(errors[0]["line"] == 4);
  CHECK(errors[0]["column"] == 16);
  CHECK(errors[0]["kept"] == true);
  // The kept copy is still the good one.
  CHECK(f.shell.stored["content:https://shop.test/help/manifest.json#en"] == kb("Where is my order?"));
  // The same broken file named again: not fetched, not reported again.
  f.app.opened();
  f.answer(200, manifest("kb.en.44444444.json"));
  CHECK(f.last().url == kManifestUrl);
  CHECK(f.errors().size() == 1);
  // A schema error is located by its pointer.
  f.app.opened();
  f.answer(200, manifest("kb.en.55555555.json"));
  std::string wrong = kb("Where is my order?");
  wrong.replace(wrong.find("\"Where is my order?\""), 20, "42");
  f.answer(200, wrong);
  REQUIRE(f.errors().size() == 2);
  CHECK(f.errors()[1]["code"] == "schema");
  CHECK(f.errors()[1]["pointer"] == "/articles/0/title");
  CHECK(f.title("track-order") == "Where is my order?");
}

TEST_CASE("A set is swapped whole: new articles wait while the rules they come with are broken",
          "[content-updates]") {
  Fixture f(0);
  f.app.start();
  f.answer(200, manifest("kb.en.11111111.json", "rules.aaaaaaaa.json"), "\"m1\"");
  REQUIRE(f.shell.fetches.size() == 3);
  f.app.onFetched(f.shell.fetches[1].requestId, 200, kb("Where is my order?"), "");
  f.app.onFetched(f.shell.fetches[2].requestId, 200, test::readRepoFile("assets/rules/rules.json"), "");
  REQUIRE(f.app.state().rules);
  const auto rulesBefore = f.app.state().rules;
  f.app.opened();
  f.answer(200, manifest("kb.en.22222222.json", "rules.bbbbbbbb.json"), "\"m2\"");
  REQUIRE(f.shell.fetches.size() == 6);
  f.app.onFetched(f.shell.fetches[4].requestId, 200, kb("Where is my parcel?"), "");
  f.app.onFetched(f.shell.fetches[5].requestId, 200, "{\"schema_version\": 1, \"rules\": [{\"id\": \"x\"}]}", "");
  CHECK(f.title("track-order") == "Where is my order?");
  CHECK(f.app.state().rules == rulesBefore);
  REQUIRE(f.errors().size() == 1);
  CHECK(f.errors()[0]["code"] == "rules");
  CHECK(f.errors()[0]["source"] == "https://shop.test/help/rules.bbbbbbbb.json");
  CHECK(f.errors()[0]["pointer"] == "/rules/0");
  // The manifest that named the broken set is not taken as current: asked for in full again.
  f.app.opened();
  CHECK(f.last().ifNoneMatch == "\"m1\"");
}

TEST_CASE("A reload shows the kept copy and fetches only what changed", "[content-updates]") {
  RecordingShell shell;
  {
    App first(shell, Fixture::configFor(300));
    first.start();
    first.onFetched(shell.fetches.back().requestId, 200, manifest("kb.en.11111111.json"), "", "\"m1\"");
    first.onFetched(shell.fetches.back().requestId, 200, kb("Where is my order?"), "", "\"k1\"");
  }
  shell.fetches.clear();
  App second(shell, Fixture::configFor(300));
  second.start();
  CHECK(second.state().status == ContentStatus::Ready);  // before the network answered
  // The manifest still names the kept file: it is not fetched again.
  second.onFetched(shell.fetches.back().requestId, 200, manifest("kb.en.11111111.json"), "", "\"m1\"");
  CHECK(shell.fetches.size() == 1);
  CHECK(shell.countEvents("ready") == 2);
  // Offline: the manifest fails, the kept copy still searches.
  shell.fetches.clear();
  App third(shell, Fixture::configFor(300));
  third.start();
  third.onFetched(shell.fetches.back().requestId, 0, "", "network error: Failed to fetch");
  CHECK(third.state().status == ContentStatus::Ready);
  third.dispatch({Action::Kind::SetQuery, "parcel"});
  CHECK_FALSE(third.state().results.empty());
  bool reported = false;
  for (const auto& [event, detail] : shell.events)
    if (event == "error" && json::parse(detail)["code"] == "network") reported = true;
  CHECK(reported);  // the page still hears of the failure
}

TEST_CASE("Named files (data-kb) are asked for with their ETag; 304 keeps them", "[content-updates]") {
  RecordingShell shell;
  AppConfig config;
  config.kbUrl = "/help/kb.en.json";
  config.refreshAfterSeconds = 0;
  App app(shell, config);
  app.start();
  app.onFetched(shell.fetches.back().requestId, 200, kb("Where is my order?"), "", "\"k1\"");
  const auto before = app.state().content;
  app.opened();
  REQUIRE(shell.fetches.size() == 2);
  CHECK(shell.fetches[1].url == "/help/kb.en.json");
  CHECK(shell.fetches[1].ifNoneMatch == "\"k1\"");
  app.onFetched(shell.fetches[1].requestId, 304, "", "", "\"k1\"");
  CHECK(app.state().content == before);
  // The same bytes again (a server without ETags): still not parsed again.
  app.opened();
  app.onFetched(shell.fetches.back().requestId, 200, kb("Where is my order?"), "", "");
  CHECK(app.state().content == before);
  app.opened();
  app.onFetched(shell.fetches.back().requestId, 200, kb("Where is my parcel?"), "", "\"k2\"");
  CHECK(app.state().kb()->findArticle("track-order")->title == "Where is my parcel?");
  CHECK(shell.countEvents("error") == 0);
}

TEST_CASE("A broken or empty manifest keeps what is shown and names the manifest", "[content-updates]") {
  Fixture f(0);
  f.load();
  f.app.opened();
  f.answer(200, "{\"schema_version\": 1, \"files\": {\"kb.fr\": {\"path\": \"kb.fr.1.json\"}}}");
  CHECK(f.title("track-order") == "Where is my order?");
  REQUIRE(f.errors().size() == 1);
  CHECK(f.errors()[0]["source"] == kManifestUrl);
  CHECK(f.errors()[0]["pointer"] == "/files");
  // On a first visit the panel says so.
  Fixture fresh;
  fresh.app.start();
  fresh.answer(200, "{\"schema_version\": 3, \"files\": {}}");
  CHECK(fresh.app.state().status == ContentStatus::Failed);
  CHECK(fresh.app.state().problemDetail.rfind("manifest.json:1:", 0) == 0);
  CHECK(fresh.errors().at(0)["code"] == "unsupported_version");
}

TEST_CASE("A search asked for before the content arrived runs when it does", "[content-updates]") {
  Fixture f;
  f.app.start();
  f.app.dispatch({Action::Kind::SetQuery, "parcel"});
  CHECK(f.app.state().results.empty());
  f.answer(200, manifest("kb.en.11111111.json"));
  f.answer(200, kb("Where is my order?"));
  CHECK(f.app.state().route.view == View::SearchResults);
  CHECK_FALSE(f.app.state().results.empty());
}

TEST_CASE("The swap decision: held parts must come back good; parts never held may fail", "[content-updates]") {
  using O = PartOutcome;
  CHECK(setReplacesShown({PartState{O::Fresh, true}, PartState{O::Unchanged, true}, PartState{O::NotInSet, false}}));
  CHECK_FALSE(setReplacesShown({PartState{O::Fresh, true}, PartState{O::Failed, true}, PartState{O::Fresh, true}}));
  CHECK(setReplacesShown({PartState{O::Fresh, true}, PartState{O::Failed, false}, PartState{O::Fresh, false}}));
  CHECK_FALSE(setReplacesShown({PartState{O::Failed, true}, PartState{O::Fresh, true}, PartState{O::Fresh, true}}));
  CHECK(setReplacesShown({PartState{O::Failed, false}, PartState{O::NotInSet, false}, PartState{O::NotInSet, false}}));
}
