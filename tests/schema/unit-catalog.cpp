// Embedded schemas, lookup by file name and $id, and the shipped samples.
#include "schema/schema_fixture.h"
#include "test_files.h"

#include "core/json_document.h"
#include "core/schema/embedded_schemas.h"
#include "core/schema/schema_catalog.h"

using namespace hw;

TEST_CASE("every schema in assets/schemas is embedded and compiles", "[schema][catalog]") {
  const auto& catalog = schema::SchemaCatalog::builtin();
  REQUIRE_FALSE(schema::embeddedSchemas().empty());
  for (const auto& embedded : schema::embeddedSchemas()) {
    INFO(embedded.fileName);
    CHECK(embedded.text == test::readRepoFile("assets/schemas/" + std::string(embedded.fileName)));
    std::string error;
    CHECK(catalog.compiled(std::string(embedded.fileName), error));
    CHECK(error.empty());
  }
}

TEST_CASE("a $schema reference resolves by file name or by $id", "[schema][catalog]") {
  const auto& catalog = schema::SchemaCatalog::builtin();
  CHECK(catalog.resolve("../schemas/kb.schema.json") == "kb.schema.json");
  CHECK(catalog.resolve("kb.schema.json") == "kb.schema.json");
  CHECK(catalog.resolve("https://help-widget.example/schemas/kb.schema.json") == "kb.schema.json");
  CHECK(catalog.resolve("https://cdn.example/x/kb.schema.json#") == "kb.schema.json");
  CHECK(catalog.resolve("../schemas/kb.schema.jsn").empty());
}

TEST_CASE("the sample knowledge bases match kb.schema.json", "[schema][catalog]") {
  std::string error;
  const auto kb = schema::SchemaCatalog::builtin().compiled("kb.schema.json", error);
  REQUIRE(kb);
  for (const char* path : {"assets/kb/en.json", "assets/kb/zh-CN.json"}) {
    INFO(path);
    const auto document = parseJsonDocument(test::readRepoFile(path), path);
    REQUIRE(document.ok());
    const auto result = kb->validate(document.value);
    for (const auto& finding : result.findings) FAIL_CHECK(finding.pointer + ": " + finding.message);
    CHECK(result.complete);
  }
}
