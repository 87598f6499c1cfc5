// Helpers for schema tests: compile a schema from text and validate text.
#pragma once
#include <string>
#include <vector>

#include <catch_amalgamated.hpp>

#include "core/schema/json_schema.h"

namespace hw::test {

inline std::shared_ptr<const schema::JsonSchema> compileSchema(const std::string& text) {
  std::string error;
  auto compiled = schema::JsonSchema::compile(nlohmann::json::parse(text, nullptr, false), error);
  INFO(error);
  REQUIRE(compiled);
  return compiled;
}

inline std::string loadError(const std::string& text) {
  std::string error;
  auto compiled = schema::JsonSchema::compile(nlohmann::json::parse(text, nullptr, false), error);
  CHECK_FALSE(compiled);
  return error;
}

inline std::vector<schema::SchemaFinding> findings(const std::string& schemaText, const std::string& instance) {
  const nlohmann::json value = nlohmann::json::parse(instance, nullptr, false);
  REQUIRE_FALSE(value.is_discarded());
  return compileSchema(schemaText)->validate(value).findings;
}

inline bool valid(const std::string& schemaText, const std::string& instance) {
  return findings(schemaText, instance).empty();
}

// "pointer: message" of each finding, for compact expectations.
inline std::vector<std::string> lines(const std::vector<schema::SchemaFinding>& found) {
  std::vector<std::string> out;
  for (const auto& f : found) out.push_back(f.pointer + ": " + f.message);
  return out;
}

}  // namespace hw::test
