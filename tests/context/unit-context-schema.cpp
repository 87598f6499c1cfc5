// The context schema is the contract for shops: every demo shopper passes
// it, and what the reader drops the schema also refuses.
#include <catch_amalgamated.hpp>

#include "core/schema/schema_catalog.h"
#include "test_files.h"

using nlohmann::json;

namespace {

std::shared_ptr<const hw::schema::JsonSchema> contextSchema() {
  std::string error;
  auto schema = hw::schema::SchemaCatalog::builtin().compiled("context.schema.json", error);
  INFO(error);
  REQUIRE(schema);
  return schema;
}

}  // namespace

TEST_CASE("Every demo shopper's context matches the context schema", "[context][schema]") {
  const auto schema = contextSchema();
  const json shoppers = json::parse(hw::test::readRepoFile("web/demo/shoppers.json"));
  for (const json& shopper : shoppers["shoppers"]) {
    if (shopper["context"].is_null()) continue;
    CAPTURE(shopper["id"].get<std::string>());
    const auto result = schema->validate(shopper["context"]);
    for (const auto& finding : result.findings) UNSCOPED_INFO(finding.pointer << ": " << finding.message);
    CHECK(result.valid());
  }
}

TEST_CASE("The schema refuses what the reader drops", "[context][schema]") {
  const auto schema = contextSchema();
  for (const char* bad : {
           R"({"orders":[{"status":"shipped"}]})",
           R"({"orders":[{"id":"A","status":"lost"}]})",
           R"({"orders":[{"id":"A","placed_at":"last Tuesday"}]})",
           R"J({"orders":[{"id":"A","shipment":{"tracking_url":"javascript:alert(1)"}}]})J",
           R"({"orders":[{"id":"A","total":{"amount":"12","currency":"CNY"}}]})",
           R"({"orders":[{"id":"A","items":[{"id":"x"}]}]})",
           R"({"customer":{"first_name":42}})",
       }) {
    CAPTURE(bad);
    CHECK_FALSE(schema->validate(json::parse(bad)).valid());
  }
  // Extra data from the shop's order system is fine.
  CHECK(schema->validate(json::parse(R"({"orders":[{"id":"A","warehouse":"B7"}],"loyalty":{"tier":"gold"}})")).valid());
}
