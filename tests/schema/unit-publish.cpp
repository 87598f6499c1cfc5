// Published names, hashes and the manifest.
#include <catch_amalgamated.hpp>

#include "test_files.h"

#include "core/content/content_publish.h"
#include "core/sha256.h"

using namespace hw;
using namespace hw::content;

namespace {

std::vector<CheckedFile> check(std::vector<ContentSource> sources) {
  return checkContent(sources, schema::SchemaCatalog::builtin(), builtinContentKinds());
}

}  // namespace

TEST_CASE("each file is published minified under its kind, locale and hash", "[publish]") {
  const auto files = check({{"kb/en.json", test::readRepoFile("assets/kb/en.json")},
                            {"kb/zh-CN.json", test::readRepoFile("assets/kb/zh-CN.json")}});
  const PublishPlan plan = planPublish(files, "2024-05-01T00:00:00Z");
  REQUIRE(plan.ok());
  REQUIRE(plan.files.size() == 2);
  const PublishedFile& en = plan.files[0];
  CHECK(en.name == "kb.en");
  CHECK(en.fileName == "kb.en." + en.sha256.substr(0, 8) + ".json");
  CHECK(en.sha256 == sha256Hex(en.bytes));
  CHECK(en.bytes.find('\n') == std::string::npos);
  CHECK(en.bytes.find("$schema") == std::string::npos);
  CHECK(nlohmann::json::parse(en.bytes)["locale"] == "en");
  CHECK(plan.files[1].name == "kb.zh-CN");
  const auto& manifest = plan.manifest;
  CHECK(manifest["schema_version"] == 1);
  CHECK(manifest["generated_at"] == "2024-05-01T00:00:00Z");
  CHECK(manifest["files"]["kb.en"]["path"] == en.fileName);
  CHECK(manifest["files"]["kb.en"]["bytes"] == en.bytes.size());
  CHECK(manifest["files"]["kb.en"]["sha256"] == en.sha256);
}

TEST_CASE("two files with one published name, or an unsafe name, are refused", "[publish]") {
  const std::string kb = test::readRepoFile("assets/kb/en.json");
  PublishPlan plan = planPublish(check({{"a.json", kb}, {"b.json", kb}}), "t");
  REQUIRE(plan.errors.size() == 1);
  CHECK(plan.errors[0] == "b.json: would be published as kb.en, like a.json");
  std::string evil = kb;
  evil.replace(evil.find("\"locale\": \"en\""), 14, "\"locale\": \"../../x\"");
  plan = planPublish(check({{"a.json", evil}}), "t");
  REQUIRE(plan.errors.size() == 1);
  CHECK(plan.errors[0].find("may only use letters") != std::string::npos);
}
