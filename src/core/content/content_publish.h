// What `helpkb build` writes for checked content: minified files named with a
// content hash, and a manifest listing them. Pure C++: the caller writes the
// files (all or nothing) and passes the time in.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/content_check.h"
#include "core/content/content_manifest.h"

namespace hw::content {

struct PublishedFile {
  std::string source;    // the content file it comes from
  std::string name;      // "kb.en"
  std::string fileName;  // "kb.en.3f9a1c2b.json"
  std::string bytes;     // minified JSON
  std::string sha256;    // of `bytes`, lowercase hex
};

struct PublishPlan {
  std::vector<PublishedFile> files;
  nlohmann::json manifest;          // {"schema_version":1,"generated_at":...,"files":{...}}
  std::vector<std::string> errors;  // e.g. two files that would get the same name
  bool ok() const { return errors.empty(); }
};

// Plans the output for `files` (already checked, without errors; skipped
// files and files of no known kind are left out). `generatedAt` is an
// ISO 8601 time.
PublishPlan planPublish(const std::vector<CheckedFile>& files, const std::string& generatedAt);

}  // namespace hw::content
