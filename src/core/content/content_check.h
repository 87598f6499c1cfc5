// Checks content files: JSON syntax, the schema each names in "$schema",
// then the checks of its kind, alone and together with the other files of
// the same kind. Every finding is located (line:column) and the findings of
// a file come in document order. Pure C++: the caller reads the files.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/content_kinds.h"
#include "core/schema/schema_catalog.h"
#include "core/text_position.h"

namespace hw::content {

struct Finding {
  std::string file;
  TextPosition position;
  std::string pointer;  // "" = the whole document
  Severity severity = Severity::Error;
  std::string message;
  std::string hint;     // may be empty

  // "en.json:7:26: error: /articles/1/title: expected a string, got number"
  std::string describe() const;
};

const char* severityName(Severity severity);

struct ContentSource {
  std::string path;
  std::string text;
};

struct CheckedFile {
  std::string path;
  std::string schemaFile;            // "" when unknown
  const ContentKind* kind = nullptr;  // null when the schema has no kind registered
  nlohmann::json root;               // the parsed document (null if it did not parse)
  bool skipped = false;              // not content (see CheckOptions::skipNonContent)
  std::vector<Finding> findings;     // document order
  bool truncated = false;            // more findings than CheckOptions::maxFindingsPerFile

  bool hasErrors() const;
  std::size_t count(Severity severity) const;
};

struct CheckOptions {
  // For a whole folder: files that parse but name no "$schema", or a JSON
  // Schema meta-schema (schemas themselves), are skipped instead of failing.
  bool skipNonContent = false;
  std::size_t maxFindingsPerFile = 200;
};

std::vector<CheckedFile> checkContent(const std::vector<ContentSource>& sources,
                                      const schema::SchemaCatalog& schemas,
                                      const ContentKindRegistry& kinds,
                                      const CheckOptions& options = {});

// The findings as one JSON array of {file,line,column,pointer,severity,message,hint}.
nlohmann::json findingsToJson(const std::vector<CheckedFile>& files);

}  // namespace hw::content
