// The published JSON Schema and the loader name the same things: field
// types, validation rules, prefill keys, step kinds and limits.
#include <catch_amalgamated.hpp>

#include "test_files.h"

#include "core/forms/form_definition.h"
#include "core/forms/form_messages.h"

using namespace hw;
using nlohmann::json;

namespace {

std::vector<std::string> strings(const json& list) {
  std::vector<std::string> out;
  for (const json& value : list) out.push_back(value.get<std::string>());
  return out;
}

}  // namespace

TEST_CASE("the forms schema lists what the loader accepts", "[forms-schema]") {
  const json schema = json::parse(test::readRepoFile("assets/schemas/forms.schema.json"), nullptr, false);
  REQUIRE_FALSE(schema.is_discarded());
  CHECK(schema["$schema"] == "https://json-schema.org/draft/2020-12/schema");
  CHECK(schema["properties"]["schema_version"]["const"] == kFormsSchemaVersion);
  const json& field = schema["$defs"]["field"];
  CHECK(strings(field["properties"]["type"]["enum"]) == fieldTypeNames());
  CHECK(strings(field["properties"]["messages"]["propertyNames"]["enum"]) == fieldRuleNames());
  std::vector<std::string> prefill;
  for (PrefillKey key : {PrefillKey::OrderId, PrefillKey::ItemId, PrefillKey::Email, PrefillKey::Name, PrefillKey::Phone})
    prefill.emplace_back(prefillKeyName(key));
  CHECK(strings(field["properties"]["prefill"]["enum"]) == prefill);
  CHECK(strings(schema["$defs"]["step"]["properties"]["kind"]["enum"]) == std::vector<std::string>{"questions", "answer"});
  // One type rule per field type.
  std::vector<std::string> typed;
  for (const json& rule : field["allOf"])
    if (rule["if"]["properties"].contains("type")) typed.push_back(rule["if"]["properties"]["type"]["const"]);
  CHECK(typed == fieldTypeNames());
}
