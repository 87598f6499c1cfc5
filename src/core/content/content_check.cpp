// The content checking pipeline. Pure C++.
#include "core/content/content_check.h"

#include <algorithm>

#include "core/content/pointer_locator.h"
#include "core/json_document.h"

namespace hw::content {

using nlohmann::json;

const char* severityName(Severity severity) {
  return severity == Severity::Error ? "error" : "warning";
}

std::string Finding::describe() const {
  std::string out = file + ":" + std::to_string(position.line) + ":" + std::to_string(position.column) +
                    ": " + severityName(severity) + ": ";
  if (!pointer.empty()) out += pointer + ": ";
  return out + message;
}

bool CheckedFile::hasErrors() const { return count(Severity::Error) > 0; }

std::size_t CheckedFile::count(Severity severity) const {
  return static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(),
                                                [&](const Finding& f) { return f.severity == severity; }));
}

namespace {

// A finding before it is located: the pointer alone.
struct Pending {
  std::string pointer;
  Severity severity;
  std::string message;
  std::string hint;
};

std::string knownSchemas(const schema::SchemaCatalog& schemas) {
  std::string out;
  for (const std::string& name : schemas.fileNames()) out += (out.empty() ? "" : ", ") + name;
  return out;
}

bool isMetaSchema(const std::string& reference) {
  return reference.find("json-schema.org/") != std::string::npos;
}

// Locates pending findings and sorts them into document order (stable, so
// findings at the same place keep the order they were found in).
void locate(const std::string& text, std::vector<Pending>& pending, CheckedFile& file) {
  std::set<std::string> pointers;
  for (const Pending& p : pending) pointers.insert(p.pointer);
  const std::map<std::string, std::size_t> offsets = locatePointers(text, pointers);
  std::vector<std::pair<std::size_t, Finding>> located;
  for (Pending& p : pending) {
    const auto it = offsets.find(p.pointer);
    const std::size_t offset = it == offsets.end() ? 0 : it->second;
    Finding finding;
    finding.file = file.path;
    finding.position = positionAt(text, offset);
    finding.pointer = std::move(p.pointer);
    finding.severity = p.severity;
    finding.message = std::move(p.message);
    finding.hint = std::move(p.hint);
    located.emplace_back(offset, std::move(finding));
  }
  std::stable_sort(located.begin(), located.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& entry : located) file.findings.push_back(std::move(entry.second));
}

void fromContentError(const ContentError& error, CheckedFile& file) {
  Finding finding;
  finding.file = file.path;
  finding.position = error.position;
  finding.pointer = error.pointer;
  finding.message = error.message;
  if (error.code == ContentErrorCode::InvalidUtf8) finding.hint = "save the file with UTF-8 encoding";
  if (error.code == ContentErrorCode::Syntax)
    finding.hint = "check for a missing comma, quote or bracket just before this place";
  file.findings.push_back(std::move(finding));
}

// Schema checks of one parsed file; sets file.schemaFile and file.kind.
void checkSchema(CheckedFile& file, const schema::SchemaCatalog& schemas, const ContentKindRegistry& kinds,
                 const CheckOptions& options, std::vector<Pending>& pending) {
  const json& root = file.root;
  const json* reference = nullptr;
  if (root.is_object() && root.contains("$schema")) reference = &root.at("$schema");
  if (!root.is_object()) {
    if (options.skipNonContent) {
      file.skipped = true;
      return;
    }
    pending.push_back({"", Severity::Error,
                       std::string("the top level must be an object with \"$schema\", not ") +
                           (root.is_array() ? "an array" : "a single value"),
                       "content files are JSON objects: {\"$schema\": \"../schemas/NAME.schema.json\", ...}"});
    return;
  }
  if (!reference || !reference->is_string()) {
    if (options.skipNonContent && !reference) {
      file.skipped = true;
      return;
    }
    pending.push_back({reference ? "/$schema" : "", Severity::Error,
                       reference ? "\"$schema\" must be a string naming the schema of this file"
                                 : "missing \"$schema\": cannot tell which schema applies",
                       "add \"$schema\": \"../schemas/NAME.schema.json\"; known schemas: " + knownSchemas(schemas)});
    return;
  }
  const std::string& name = reference->get_ref<const std::string&>();
  if (options.skipNonContent && isMetaSchema(name)) {
    file.skipped = true;
    return;
  }
  file.schemaFile = schemas.resolve(name);
  if (file.schemaFile.empty()) {
    pending.push_back({"/$schema", Severity::Error, "unknown schema \"" + name + "\"",
                       "known schemas: " + knownSchemas(schemas)});
    return;
  }
  file.kind = kinds.find(file.schemaFile);
  std::string error;
  const auto compiled = schemas.compiled(file.schemaFile, error);
  if (!compiled) {
    pending.push_back({"/$schema", Severity::Error, "the schema cannot be used: " + error, ""});
    return;
  }
  schema::ValidationLimits limits;
  limits.maxFindings = options.maxFindingsPerFile;
  const schema::ValidationResult result = compiled->validate(root, limits);
  for (const schema::SchemaFinding& finding : result.findings)
    pending.push_back({finding.pointer, Severity::Error, finding.message, finding.hint});
  if (!result.complete && result.findings.size() < limits.maxFindings)
    pending.push_back({"", Severity::Error, "the file is too complex to check completely", ""});
}

}  // namespace

std::vector<CheckedFile> checkContent(const std::vector<ContentSource>& sources,
                                      const schema::SchemaCatalog& schemas, const ContentKindRegistry& kinds,
                                      const CheckOptions& options) {
  std::vector<CheckedFile> files(sources.size());
  std::vector<std::vector<Pending>> pending(sources.size());
  for (std::size_t i = 0; i < sources.size(); ++i) {
    CheckedFile& file = files[i];
    file.path = sources[i].path;
    Loaded<json> parsed = parseJsonDocument(sources[i].text, file.path);
    if (!parsed.ok()) {
      for (const ContentError& error : parsed.errors) fromContentError(error, file);
      continue;
    }
    file.root = std::move(parsed.value);
    checkSchema(file, schemas, kinds, options, pending[i]);
    if (file.kind && file.kind->checkFile) {
      std::vector<Issue> issues;
      file.kind->checkFile(file.root, issues);
      // One finding per place: where the schema already spoke (at that
      // value or around it), a kind's own words would only repeat it.
      const std::size_t schemaFindings = pending[i].size();
      const auto coveredBySchema = [&](const std::string& pointer) {
        for (std::size_t k = 0; k < schemaFindings; ++k) {
          const std::string& flagged = pending[i][k].pointer;
          // A finding about the whole file covers nothing in particular.
          if (pointer == flagged || (!flagged.empty() && pointer.rfind(flagged + "/", 0) == 0) ||
              (!pointer.empty() && flagged.rfind(pointer + "/", 0) == 0))
            return true;
        }
        return false;
      };
      for (Issue& issue : issues)
        if (!coveredBySchema(issue.pointer))
          pending[i].push_back({std::move(issue.pointer), issue.severity, std::move(issue.message), std::move(issue.hint)});
    }
  }
  // Files of the same kind, checked together (e.g. the locales of a KB).
  for (const ContentKind& kind : kinds.kinds()) {
    if (!kind.checkSet) continue;
    std::vector<KindDocument> documents;
    std::vector<std::size_t> fileIndex;
    for (std::size_t i = 0; i < files.size(); ++i)
      if (files[i].kind == &kind && files[i].root.is_object()) {
        documents.push_back({files[i].path, &files[i].root});
        fileIndex.push_back(i);
      }
    if (documents.size() < 2) continue;
    std::vector<Issue> issues;
    kind.checkSet(documents, issues);
    for (Issue& issue : issues)
      if (issue.document < fileIndex.size())
        pending[fileIndex[issue.document]].push_back(
            {std::move(issue.pointer), issue.severity, std::move(issue.message), std::move(issue.hint)});
  }
  // Files checked against the files of other kinds (rules -> articles, forms).
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (!files[i].kind || !files[i].kind->checkAgainst || !files[i].root.is_object()) continue;
    std::vector<OtherDocument> others;
    for (const CheckedFile& other : files)
      if (other.kind && other.kind != files[i].kind && other.root.is_object())
        others.push_back({other.kind->name, other.path, &other.root});
    std::vector<Issue> issues;
    files[i].kind->checkAgainst(files[i].root, others, issues);
    for (Issue& issue : issues)
      pending[i].push_back({std::move(issue.pointer), issue.severity, std::move(issue.message), std::move(issue.hint)});
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (pending[i].size() >= options.maxFindingsPerFile) {
      files[i].truncated = true;
      pending[i].resize(options.maxFindingsPerFile);
    }
    locate(sources[i].text, pending[i], files[i]);
  }
  return files;
}

json findingsToJson(const std::vector<CheckedFile>& files) {
  json out = json::array();
  for (const CheckedFile& file : files)
    for (const Finding& finding : file.findings)
      out.push_back({{"file", finding.file},
                     {"line", finding.position.line},
                     {"column", finding.position.column},
                     {"pointer", finding.pointer},
                     {"severity", severityName(finding.severity)},
                     {"message", finding.message},
                     {"hint", finding.hint}});
  return out;
}

}  // namespace hw::content
