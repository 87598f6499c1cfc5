// helpkb build: validates every content file of a folder and, only when
// nothing is wrong, publishes minified copies named by content hash plus a
// manifest. The output folder appears complete or not at all: files are
// written to a temporary sibling folder that is then renamed into place.
#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <unistd.h>

#include "cli/cli_support.h"
#include "core/content/content_publish.h"

namespace hw::cli {

namespace fs = std::filesystem;

namespace {

// ISO 8601 UTC; SOURCE_DATE_EPOCH makes builds reproducible.
std::string generatedAt() {
  std::time_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) now = static_cast<std::time_t>(std::atoll(epoch));
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

bool writeFile(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  return static_cast<bool>(out);
}

std::vector<std::string> contentFiles(const fs::path& folder) {
  std::vector<std::string> paths;
  std::error_code error;
  for (fs::recursive_directory_iterator it(folder, error), end; !error && it != end; it.increment(error))
    if (it->is_regular_file() && it->path().extension() == ".json") paths.push_back(it->path().string());
  std::sort(paths.begin(), paths.end());
  return paths;
}

// Writes the plan to a temporary folder next to `out`, then swaps it in.
bool publish(const content::PublishPlan& plan, const fs::path& out) {
  const fs::path parent = out.has_parent_path() ? out.parent_path() : fs::path(".");
  const std::string suffix = "-" + std::to_string(getpid());
  const fs::path temporary = parent / ("." + out.filename().string() + ".tmp" + suffix);
  const fs::path previous = parent / ("." + out.filename().string() + ".old" + suffix);
  std::error_code error;
  fs::remove_all(temporary, error);
  if (!fs::create_directories(temporary, error)) {
    std::cerr << "helpkb build: cannot create " << temporary.string() << ": " << error.message() << "\n";
    return false;
  }
  bool ok = true;
  for (const content::PublishedFile& file : plan.files) ok = ok && writeFile(temporary / file.fileName, file.bytes);
  ok = ok && writeFile(temporary / "manifest.json", plan.manifest.dump(2) + "\n");
  if (!ok) {
    std::cerr << "helpkb build: cannot write into " << temporary.string() << "\n";
    fs::remove_all(temporary, error);
    return false;
  }
  const bool existed = fs::exists(out, error);
  if (existed) fs::rename(out, previous, error);
  if (!error) fs::rename(temporary, out, error);
  if (error) {
    std::cerr << "helpkb build: cannot move the output into " << out.string() << ": " << error.message() << "\n";
    if (existed && !fs::exists(out)) fs::rename(previous, out, error);
    fs::remove_all(temporary, error);
    return false;
  }
  if (existed) fs::remove_all(previous, error);
  return true;
}

}  // namespace

int commandBuild(const Arguments& args) {
  if (args.positional().size() != 2) {
    std::cerr << "usage: helpkb build CONTENT_DIR OUT_DIR\n";
    return 2;
  }
  const fs::path contentDir = args.positional()[0];
  const fs::path outDir = args.positional()[1];
  if (!fs::is_directory(contentDir)) {
    std::cerr << "helpkb build: " << contentDir.string() << " is not a folder\n";
    return 2;
  }
  const auto sources = readSources(contentFiles(contentDir));
  if (!sources) return 1;
  content::CheckOptions options;
  options.skipNonContent = true;
  const auto files =
      content::checkContent(*sources, schema::SchemaCatalog::builtin(), content::builtinContentKinds(), options);
  bool errors = false;
  for (const content::CheckedFile& file : files) {
    for (const content::Finding& finding : file.findings) {
      std::cerr << finding.describe() << "\n";
      if (!finding.hint.empty()) std::cerr << "  hint: " << finding.hint << "\n";
    }
    errors = errors || file.hasErrors();
  }
  if (errors) {
    std::cerr << "helpkb build: errors found; nothing written\n";
    return 1;
  }
  const content::PublishPlan plan = content::planPublish(files, generatedAt());
  for (const std::string& error : plan.errors) std::cerr << error << "\n";
  if (!plan.ok()) {
    std::cerr << "helpkb build: nothing written\n";
    return 1;
  }
  if (plan.files.empty()) {
    std::cerr << "helpkb build: no content files in " << contentDir.string() << "; nothing written\n";
    return 1;
  }
  if (!publish(plan, outDir)) return 1;
  for (const content::PublishedFile& file : plan.files)
    std::cout << (outDir / file.fileName).string() << " (" << file.bytes.size() << " bytes, from " << file.source
              << ")\n";
  std::cout << (outDir / "manifest.json").string() << "\n";
  return 0;
}

}  // namespace hw::cli
