// The manifest `helpkb build` writes, as the widget reads it: parsing with
// located errors, choosing a locale's files, and URLs relative to it.
#include <catch_amalgamated.hpp>

#include "core/content/content_manifest.h"
#include "core/content/content_publish.h"

using namespace hw;
using namespace hw::content;

namespace {

const char* kManifest = R"({"schema_version":1,"generated_at":"2024-05-01T00:00:00Z","files":{
  "kb.en":{"path":"kb.en.11111111.json","bytes":10,"sha256":"11"},
  "kb.zh-CN":{"path":"kb.zh-CN.22222222.json","bytes":10,"sha256":"22"},
  "forms.en":{"path":"forms.en.33333333.json","bytes":10,"sha256":"33"},
  "rules":{"path":"rules.44444444.json","bytes":10,"sha256":"44"}}})";

ContentManifest parsed(const char* text = kManifest) {
  Loaded<ContentManifest> manifest = parseManifest(text, "manifest.json");
  REQUIRE(manifest.ok());
  return manifest.value;
}

}  // namespace

TEST_CASE("the manifest helpkb build writes is read back", "[manifest]") {
  const std::vector<CheckedFile> none;
  const PublishPlan plan = planPublish(none, "2024-05-01T00:00:00Z");
  CHECK(parseManifest(plan.manifest.dump(), "manifest.json").ok());
  const ContentManifest manifest = parsed();
  REQUIRE(manifest.files.size() == 4);
  CHECK(manifest.files.at("kb.en").path == "kb.en.11111111.json");
  CHECK(manifest.files.at("kb.en").bytes == 10);
  CHECK(manifest.files.at("rules").sha256 == "44");
}

TEST_CASE("a broken manifest is refused with its place", "[manifest]") {
  const auto first = [](const char* text) { return parseManifest(text, "manifest.json").errors.at(0); };
  CHECK(first("{\"schema_version\": 1, \"files\": {").code == ContentErrorCode::Syntax);
  const ContentError version = first("{\n  \"schema_version\": 2,\n  \"files\": {}\n}");
  CHECK(version.code == ContentErrorCode::UnsupportedVersion);
  CHECK(version.describe() == "manifest.json:2:21: /schema_version: \"schema_version\" must be 1 (this widget reads version 1)");
  CHECK(first("{\"schema_version\": 1}").message == "missing required property \"files\"");
  const ContentError path = first("{\"schema_version\": 1, \"files\": {\"kb.en\": {\"path\": 7}}}");
  CHECK(path.pointer == "/files/kb.en");
  const ContentError script =
      first("{\"schema_version\": 1, \"files\": {\"kb.en\": {\"path\": \"javascript:alert(1)\"}}}");
  CHECK(script.pointer == "/files/kb.en/path");
  CHECK(script.message == "\"javascript:\" paths are not allowed; use a path relative to the manifest");
}

TEST_CASE("a locale finds its own files, then its language's, then English", "[manifest]") {
  const ContentManifest manifest = parsed();
  CHECK(fileForLocale(manifest, "kb", "en")->path == "kb.en.11111111.json");
  CHECK(fileForLocale(manifest, "kb", "zh-CN")->path == "kb.zh-CN.22222222.json");
  CHECK(fileForLocale(manifest, "kb", "zh-cn")->path == "kb.zh-CN.22222222.json");
  CHECK(fileForLocale(manifest, "kb", "zh-TW")->path == "kb.zh-CN.22222222.json");
  CHECK(fileForLocale(manifest, "kb", "en-GB")->path == "kb.en.11111111.json");
  CHECK(fileForLocale(manifest, "kb", "fr")->path == "kb.en.11111111.json");
  CHECK(fileForLocale(manifest, "forms", "zh-CN")->path == "forms.en.33333333.json");
  CHECK(fileForLocale(manifest, "faq", "en") == nullptr);
  const ContentManifest onlyChinese = parsed(R"({"schema_version":1,"files":{"kb.zh-CN":{"path":"a.json"}}})");
  CHECK(fileForLocale(onlyChinese, "kb", "en") == nullptr);
}

TEST_CASE("files are found relative to the manifest's URL", "[manifest]") {
  const ContentUrls urls = urlsForLocale(parsed(), "zh-CN", "https://cdn.example.com/help/v2/manifest.json?x=1");
  CHECK(urls.kb == "https://cdn.example.com/help/v2/kb.zh-CN.22222222.json");
  CHECK(urls.forms == "https://cdn.example.com/help/v2/forms.en.33333333.json");
  CHECK(urls.rules == "https://cdn.example.com/help/v2/rules.44444444.json");
  CHECK(resolveUrl("https://shop.test/help/manifest.json", "../content/kb.json") == "https://shop.test/content/kb.json");
  CHECK(resolveUrl("https://shop.test/help/manifest.json", "./kb.json") == "https://shop.test/help/kb.json");
  CHECK(resolveUrl("https://shop.test/help/manifest.json", "/kb.json") == "https://shop.test/kb.json");
  CHECK(resolveUrl("https://shop.test/help/manifest.json", "//cdn.test/kb.json") == "https://cdn.test/kb.json");
  CHECK(resolveUrl("https://shop.test/help/manifest.json", "https://cdn.test/a.json") == "https://cdn.test/a.json");
  CHECK(resolveUrl("https://shop.test", "kb.json") == "https://shop.test/kb.json");
  CHECK(resolveUrl("https://shop.test/a/b/manifest.json", "../../../kb.json?v=2") == "https://shop.test/kb.json?v=2");
  CHECK(resolveUrl("/help/manifest.json", "kb.json") == "/help/kb.json");
}
