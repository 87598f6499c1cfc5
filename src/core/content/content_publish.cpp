// Published file names, minified bytes and the manifest. Pure C++.
#include "core/content/content_publish.h"

#include <map>

#include "core/sha256.h"

namespace hw::content {

namespace {

std::string stem(const std::string& path) {
  const std::size_t slash = path.find_last_of("/\\");
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  const std::size_t dot = name.rfind('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

// Names become file names: keep them to a safe alphabet, so content can
// never write outside the output folder.
bool isSafeName(const std::string& name) {
  if (name.empty() || name.size() > 100 || name[0] == '.') return false;
  for (char c : name)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
          c == '-' || c == '_'))
      return false;
  return name.find("..") == std::string::npos;
}

}  // namespace

PublishPlan planPublish(const std::vector<CheckedFile>& files, const std::string& generatedAt) {
  PublishPlan plan;
  std::map<std::string, std::string> sourceOf;  // name -> source, to catch collisions
  nlohmann::json listing = nlohmann::json::object();
  for (const CheckedFile& file : files) {
    if (file.skipped || !file.kind) continue;
    PublishedFile out;
    out.source = file.path;
    out.name = file.kind->publishedName ? file.kind->publishedName(file.root) : std::string();
    if (out.name.empty()) out.name = file.kind->name + "." + stem(file.path);
    if (!isSafeName(out.name)) {
      plan.errors.push_back(file.path + ": the published name \"" + out.name +
                            "\" may only use letters, digits, '.', '-' and '_'");
      continue;
    }
    const auto [it, inserted] = sourceOf.emplace(out.name, file.path);
    if (!inserted) {
      plan.errors.push_back(file.path + ": would be published as " + out.name + ", like " + it->second);
      continue;
    }
    nlohmann::json document = file.root;
    document.erase("$schema");  // a path relative to the sources means nothing once published
    out.bytes = document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out.sha256 = sha256Hex(out.bytes);
    out.fileName = out.name + "." + out.sha256.substr(0, 8) + ".json";
    listing[out.name] = {{"path", out.fileName}, {"bytes", out.bytes.size()}, {"sha256", out.sha256}};
    plan.files.push_back(std::move(out));
  }
  plan.manifest = {{"schema_version", kManifestSchemaVersion},
                   {"generated_at", generatedAt},
                   {"files", std::move(listing)}};
  return plan;
}

}  // namespace hw::content
