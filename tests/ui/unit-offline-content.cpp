// The last good content is kept in the browser: the next start shows it
// before (or without) the network, and a damaged copy is dropped quietly.
#include <catch_amalgamated.hpp>

#include "test_files.h"

#include <nlohmann/json.hpp>

#include "platform/native/headless_platform.h"

using namespace hw;

namespace {

AppConfig config() {
  AppConfig config;
  config.kbUrl = "/help/kb.en.json";
  return config;
}

}  // namespace

TEST_CASE("A start without network shows the content kept from last time", "[offline]") {
  RecordingShell shell;
  {
    App first(shell, config());
    first.start();
    first.onFetched(shell.fetches.back().requestId, 200, test::readRepoFile("assets/kb/en.json"), "");
    REQUIRE(first.state().status == ContentStatus::Ready);
  }
  REQUIRE_FALSE(shell.stored["content:/help/kb.en.json"].empty());
  App second(shell, config());
  second.start();
  // Ready before the network answered...
  CHECK(second.state().status == ContentStatus::Ready);
  REQUIRE(second.state().kb());
  CHECK(second.state().kb()->articles.size() >= 40);
  // ...and still so when it fails; search works on the kept copy.
  second.onFetched(shell.fetches.back().requestId, 0, "", "Failed to fetch");
  CHECK(second.state().status == ContentStatus::Ready);
  second.dispatch({Action::Kind::SetQuery, "refund"});
  CHECK_FALSE(second.state().results.empty());
}

TEST_CASE("Newer content from the network replaces the kept copy", "[offline]") {
  RecordingShell shell;
  shell.stored["content:/help/kb.en.json"] = test::readRepoFile("assets/kb/en.json");
  App app(shell, config());
  app.start();
  std::string changed = test::readRepoFile("assets/kb/en.json");
  const std::string from = "\"Where is my order?\"";
  changed.replace(changed.find(from), from.size(), "\"Where is my parcel?\"");
  app.onFetched(shell.fetches.back().requestId, 200, changed, "");
  CHECK(app.state().kb()->findArticle("track-order")->title == "Where is my parcel?");
  CHECK(shell.stored["content:/help/kb.en.json"] == changed);
}

TEST_CASE("A damaged kept copy is dropped without an error", "[offline]") {
  RecordingShell shell;
  shell.stored["content:/help/kb.en.json"] = "{\"schema_version\": 1, \"articles\": [";
  App app(shell, config());
  app.start();
  CHECK(app.state().status == ContentStatus::Loading);
  CHECK(shell.stored["content:/help/kb.en.json"].empty());
  CHECK(shell.countEvents("error") == 0);
}
