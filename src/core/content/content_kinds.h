// Content kinds (knowledge base, forms, rules, ...) and the checks each adds
// beyond its JSON Schema. A kind is keyed by the file name of its schema:
// a content file names its schema in "$schema", the schema decides the
// shape, and the kind's checks cover what a schema cannot express
// (references between values, duplicate ids, Markdown, several locales).
//
// To add a kind: write its schema in assets/schemas/ (embedded at build
// time), write a function returning its ContentKind in its own file, and add
// that function to builtinContentKinds() in content_kinds.cpp. Pure C++.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace hw::content {

enum class Severity { Error, Warning };

// A problem a kind's check found, before it is located in the text.
struct Issue {
  std::size_t document = 0;  // index into the documents given to a set check
  std::string pointer;       // RFC 6901 pointer into that document
  Severity severity = Severity::Error;
  std::string message;
  std::string hint;
};

// One parsed file of a kind, as set checks see it.
struct KindDocument {
  std::string path;
  const nlohmann::json* root = nullptr;
};

// A parsed file of another kind, for checks across kinds.
struct OtherDocument {
  std::string kind;  // the other kind's name: "kb", "forms", ...
  std::string path;
  const nlohmann::json* root = nullptr;
};

struct ContentKind {
  std::string schemaFile;  // "kb.schema.json": files whose "$schema" names it
  std::string name;        // "kb": the first part of published file names
  // Checks one file. Runs on every file that parsed, even one with schema
  // errors, so it must skip values of an unexpected type. Optional.
  std::function<void(const nlohmann::json& root, std::vector<Issue>& issues)> checkFile;
  // Checks the files of this kind given together (e.g. one per locale):
  // Issue::document indexes `documents`. Optional.
  std::function<void(const std::vector<KindDocument>& documents, std::vector<Issue>& issues)> checkSet;
  // Checks one file against the files of other kinds given with it (rules
  // naming articles and forms); Issue::document is ignored. Optional.
  std::function<void(const nlohmann::json& root, const std::vector<OtherDocument>& others,
                     std::vector<Issue>& issues)>
      checkAgainst;
  // Published name without hash and extension, unique per file: "kb.en".
  // Optional; by default the kind's name plus the source file's stem.
  std::function<std::string(const nlohmann::json& root)> publishedName;
};

class ContentKindRegistry {
 public:
  void add(ContentKind kind);  // a later kind with the same schema file replaces the earlier
  const ContentKind* find(std::string_view schemaFile) const;
  const std::vector<ContentKind>& kinds() const { return m_kinds; }

 private:
  std::vector<ContentKind> m_kinds;
};

// Every kind this build knows.
const ContentKindRegistry& builtinContentKinds();

}  // namespace hw::content
