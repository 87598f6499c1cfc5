// Finds the schema a content file names in its "$schema" and compiles it
// once. Pure C++.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/schema/json_schema.h"

namespace hw::schema {

class SchemaCatalog {
 public:
  struct Entry {
    std::string fileName;
    std::string id;
    std::string text;
  };

  explicit SchemaCatalog(std::vector<Entry> entries);

  // The schemas embedded from assets/schemas/.
  static const SchemaCatalog& builtin();

  // The file name of the schema `reference` names: an exact "$id", or a
  // path or URL whose last segment is a known file name
  // ("../schemas/kb.schema.json"). Empty when unknown.
  std::string resolve(std::string_view reference) const;

  // The compiled schema for a file name, or null with `error` set.
  std::shared_ptr<const JsonSchema> compiled(const std::string& fileName, std::string& error) const;

  std::vector<std::string> fileNames() const;

 private:
  std::vector<Entry> m_entries;
  mutable std::map<std::string, std::shared_ptr<const JsonSchema>> m_compiled;
};

}  // namespace hw::schema
