// helpkb validate: content files against the schema each names in "$schema",
// then the checks of its kind; several files of one kind are also compared
// (e.g. the same ids in every locale).
#include <iostream>

#include "cli/cli_support.h"
#include "core/content/content_check.h"

namespace hw::cli {

namespace {

void printFindings(const std::vector<content::CheckedFile>& files, bool json) {
  if (json) {
    std::cout << content::findingsToJson(files).dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
    return;
  }
  std::size_t errors = 0, warnings = 0;
  for (const content::CheckedFile& file : files) {
    for (const content::Finding& finding : file.findings) {
      std::cout << finding.describe() << "\n";
      if (!finding.hint.empty()) std::cout << "  hint: " << finding.hint << "\n";
    }
    if (file.truncated) std::cout << file.path << ": more findings not shown; fix these first\n";
    errors += file.count(content::Severity::Error);
    warnings += file.count(content::Severity::Warning);
    if (file.findings.empty()) std::cout << file.path << ": ok\n";
  }
  std::cerr << "helpkb validate: " << files.size() << (files.size() == 1 ? " file, " : " files, ") << errors
            << (errors == 1 ? " error, " : " errors, ") << warnings << (warnings == 1 ? " warning\n" : " warnings\n");
}

}  // namespace

std::optional<std::vector<content::ContentSource>> readSources(const std::vector<std::string>& paths) {
  std::vector<content::ContentSource> sources;
  for (const std::string& path : paths) {
    std::optional<std::string> text = readFile(path);
    if (!text) {
      std::cerr << path << ": error: cannot read the file\n";
      return std::nullopt;
    }
    sources.push_back({path, std::move(*text)});
  }
  return sources;
}

int commandValidate(const Arguments& args) {
  if (args.positional().empty()) {
    std::cerr << "helpkb validate: name at least one file\n";
    return 2;
  }
  const auto sources = readSources(args.positional());
  if (!sources) return 2;
  const auto files =
      content::checkContent(*sources, schema::SchemaCatalog::builtin(), content::builtinContentKinds());
  printFindings(files, args.has("json"));
  for (const content::CheckedFile& file : files)
    if (file.hasErrors()) return 1;
  return 0;
}

}  // namespace hw::cli
