// Schema lookup by file name or $id. Pure C++.
#include "core/schema/schema_catalog.h"

#include "core/json_document.h"
#include "core/schema/embedded_schemas.h"

namespace hw::schema {

SchemaCatalog::SchemaCatalog(std::vector<Entry> entries) : m_entries(std::move(entries)) {}

const SchemaCatalog& SchemaCatalog::builtin() {
  static const SchemaCatalog catalog = [] {
    std::vector<Entry> entries;
    for (const EmbeddedSchema& schema : embeddedSchemas())
      entries.push_back({std::string(schema.fileName), std::string(schema.id), std::string(schema.text)});
    return SchemaCatalog(std::move(entries));
  }();
  return catalog;
}

std::string SchemaCatalog::resolve(std::string_view reference) const {
  for (const Entry& entry : m_entries)
    if (!entry.id.empty() && entry.id == reference) return entry.fileName;
  std::string_view name = reference.substr(0, reference.find_first_of("?#"));
  const std::size_t slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name = name.substr(slash + 1);
  for (const Entry& entry : m_entries)
    if (entry.fileName == name) return entry.fileName;
  return {};
}

std::shared_ptr<const JsonSchema> SchemaCatalog::compiled(const std::string& fileName,
                                                          std::string& error) const {
  const auto cached = m_compiled.find(fileName);
  if (cached != m_compiled.end()) return cached->second;
  for (const Entry& entry : m_entries) {
    if (entry.fileName != fileName) continue;
    Loaded<nlohmann::json> parsed = parseJsonDocument(entry.text, entry.fileName);
    if (!parsed.ok()) {
      error = parsed.errors.front().describe();
      return nullptr;
    }
    std::shared_ptr<const JsonSchema> schema = JsonSchema::compile(parsed.value, error);
    if (!schema) {
      error = fileName + ": " + error;
      return nullptr;
    }
    m_compiled.emplace(fileName, schema);
    return schema;
  }
  error = "no schema named \"" + fileName + "\"";
  return nullptr;
}

std::vector<std::string> SchemaCatalog::fileNames() const {
  std::vector<std::string> names;
  for (const Entry& entry : m_entries) names.push_back(entry.fileName);
  return names;
}

}  // namespace hw::schema
