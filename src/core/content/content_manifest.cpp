// Manifest reading, locale choice and URL joining. Pure C++.
#include "core/content/content_manifest.h"

#include <cctype>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/json_document.h"

namespace hw::content {

using nlohmann::json;

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "https:" or "javascript:" before any '/', '?' or '#'.
std::string schemeOf(std::string_view url) {
  const std::size_t colon = url.find(':');
  if (colon == std::string_view::npos || colon == 0) return {};
  for (std::size_t i = 0; i < colon; ++i) {
    const char c = url[i];
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.')) return {};
  }
  return lower(url.substr(0, colon));
}

// Removes "." and ".." segments from an absolute path ("/a/b/../c" -> "/a/c").
std::string removeDotSegments(std::string_view path) {
  std::vector<std::string> segments;
  std::size_t start = 1;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    const std::string segment(path.substr(start, end - start));
    const bool last = end == path.size();
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
      if (last) segments.emplace_back();
    } else if (segment == ".") {
      if (last) segments.emplace_back();
    } else {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string out;
  for (const std::string& segment : segments) out += "/" + segment;
  return out.empty() ? "/" : out;
}

}  // namespace

std::string resolveUrl(std::string_view base, std::string_view reference) {
  const std::string scheme = schemeOf(reference);
  if (!scheme.empty()) return std::string(reference);
  std::string_view trimmed = base.substr(0, base.find_first_of("?#"));
  // Split the base into "scheme://host" and its path.
  std::string origin;
  std::string_view path = trimmed;
  const std::size_t authority = trimmed.find("://");
  if (authority != std::string_view::npos) {
    const std::size_t pathStart = trimmed.find('/', authority + 3);
    origin = std::string(trimmed.substr(0, pathStart == std::string_view::npos ? trimmed.size() : pathStart));
    path = pathStart == std::string_view::npos ? std::string_view("/") : trimmed.substr(pathStart);
  }
  if (reference.substr(0, 2) == "//")
    return (authority == std::string_view::npos ? "" : std::string(trimmed.substr(0, authority + 1))) +
           std::string(reference);
  const std::size_t query = reference.find_first_of("?#");
  const std::string_view refPath = reference.substr(0, query);
  const std::string_view refRest = query == std::string_view::npos ? "" : reference.substr(query);
  std::string joined;
  if (!refPath.empty() && refPath.front() == '/') {
    joined = std::string(refPath);
  } else if (refPath.empty()) {
    joined = std::string(path);
  } else {
    const std::size_t slash = path.find_last_of('/');
    joined = std::string(slash == std::string_view::npos ? std::string_view("/") : path.substr(0, slash + 1)) +
             std::string(refPath);
  }
  if (joined.empty() || joined.front() != '/') joined.insert(joined.begin(), '/');
  return origin + removeDotSegments(joined) + std::string(refRest);
}

Loaded<ContentManifest> parseManifest(std::string_view text, std::string_view source) {
  Loaded<ContentManifest> result;
  JsonLimits limits;
  limits.maxBytes = 256u * 1024u;  // a listing of file names: small by nature
  Loaded<json> document = parseJsonDocument(text, source, limits);
  if (!document.ok()) {
    result.errors = std::move(document.errors);
    return result;
  }
  const json& root = document.value;
  const auto fail = [&](std::string pointer, ContentErrorCode code, std::string message) {
    result.errors.push_back(errorAt(text, source, std::move(pointer), code, std::move(message)));
    return result;
  };
  if (!root.is_object()) return fail("", ContentErrorCode::Schema, "the top level must be an object");
  const auto version = root.find("schema_version");
  if (version == root.end() || !version->is_number_integer() || *version != kManifestSchemaVersion)
    return fail(version == root.end() ? "" : "/schema_version", ContentErrorCode::UnsupportedVersion,
                "\"schema_version\" must be 1 (this widget reads version 1)");
  const auto files = root.find("files");
  if (files == root.end() || !files->is_object())
    return fail(files == root.end() ? "" : "/files", ContentErrorCode::Schema,
                files == root.end() ? "missing required property \"files\"" : "\"files\" must be an object");
  for (const auto& [name, entry] : files->items()) {
    const std::string pointer = "/files/" + name;  // names are [A-Za-z0-9._-]: nothing to escape
    if (!entry.is_object() || !entry.contains("path") || !entry.at("path").is_string() ||
        entry.at("path").get_ref<const std::string&>().empty())
      return fail(pointer, ContentErrorCode::Schema, "each file needs a \"path\" string");
    const std::string& path = entry.at("path").get_ref<const std::string&>();
    const std::string scheme = schemeOf(path);
    // Content is fetched, never run: a manifest may only point at web files.
    if (!scheme.empty() && scheme != "http" && scheme != "https")
      return fail(pointer + "/path", ContentErrorCode::Schema,
                  "\"" + scheme + ":\" paths are not allowed; use a path relative to the manifest");
    ManifestFile file;
    file.path = path;
    if (entry.contains("sha256") && entry.at("sha256").is_string()) file.sha256 = entry.at("sha256");
    if (entry.contains("bytes") && entry.at("bytes").is_number_unsigned()) file.bytes = entry.at("bytes");
    result.value.files.emplace(name, std::move(file));
  }
  return result;
}

const ManifestFile* fileForLocale(const ContentManifest& manifest, std::string_view kind,
                                  std::string_view locale) {
  const std::string prefix = std::string(kind) + ".";
  const std::string wanted = lower(locale);
  const std::string language = wanted.substr(0, wanted.find_first_of("-_"));
  const ManifestFile* sameCase = nullptr;
  const ManifestFile* languageOnly = nullptr;
  const ManifestFile* otherRegion = nullptr;
  const ManifestFile* english = nullptr;
  for (const auto& [name, file] : manifest.files) {
    if (name.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string tag = name.substr(prefix.size());
    if (tag == locale) return &file;
    const std::string tagLower = lower(tag);
    const std::string tagLanguage = tagLower.substr(0, tagLower.find_first_of("-_"));
    if (!sameCase && tagLower == wanted) sameCase = &file;
    if (!languageOnly && tagLower == language) languageOnly = &file;
    if (!otherRegion && !language.empty() && tagLanguage == language) otherRegion = &file;
    if (!english && tagLanguage == "en") english = &file;
  }
  if (sameCase) return sameCase;
  if (languageOnly) return languageOnly;
  if (otherRegion) return otherRegion;
  return english;
}

ContentUrls urlsForLocale(const ContentManifest& manifest, std::string_view locale,
                          std::string_view manifestUrl) {
  ContentUrls urls;
  if (const ManifestFile* kb = fileForLocale(manifest, "kb", locale)) urls.kb = resolveUrl(manifestUrl, kb->path);
  if (const ManifestFile* forms = fileForLocale(manifest, "forms", locale))
    urls.forms = resolveUrl(manifestUrl, forms->path);
  if (const auto rules = manifest.files.find("rules"); rules != manifest.files.end())
    urls.rules = resolveUrl(manifestUrl, rules->second.path);
  return urls;
}

}  // namespace hw::content
