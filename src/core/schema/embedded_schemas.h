// The JSON Schemas of assets/schemas/, compiled into the binary. The list is
// generated at build time (cmake/embed_schemas.cmake), so a schema added to
// that folder is embedded without touching code.
#pragma once
#include <string_view>
#include <vector>

namespace hw::schema {

struct EmbeddedSchema {
  std::string_view fileName;  // "kb.schema.json"
  std::string_view id;        // its "$id", or empty
  std::string_view text;      // the file's bytes
};

const std::vector<EmbeddedSchema>& embeddedSchemas();

}  // namespace hw::schema
