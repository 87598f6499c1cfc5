// The published event schema, compiled once with our own validator.
#pragma once
#include <memory>

#include "test_files.h"

#include "core/json_document.h"
#include "core/schema/json_schema.h"

namespace hw::test {

inline const nlohmann::json& eventSchemaDocument() {
  static const nlohmann::json document = [] {
    auto parsed = parseJsonDocument(readRepoFile("assets/schemas/event.schema.json"), "event.schema.json");
    REQUIRE(parsed.ok());
    return parsed.value;
  }();
  return document;
}

inline const schema::JsonSchema& eventSchema() {
  static const std::shared_ptr<const schema::JsonSchema> compiled = [] {
    std::string error;
    auto schema = schema::JsonSchema::compile(eventSchemaDocument(), error);
    INFO(error);
    REQUIRE(schema);
    return schema;
  }();
  return *compiled;
}

}  // namespace hw::test
