// Reads the manifest `helpkb build` writes and finds the files of one locale
// in it, so a shop's script tag can name one URL for all its content.
// Pure C++: the shell fetches, this only reads text and joins URLs.
#pragma once
#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include "core/content_error.h"

namespace hw::content {

inline constexpr int kManifestSchemaVersion = 1;

struct ManifestFile {
  std::string path;    // relative to the manifest: "kb.en.3f9a1c2b.json"
  std::string sha256;  // of the published bytes ("" when not given)
  std::size_t bytes = 0;
};

struct ContentManifest {
  std::map<std::string, ManifestFile> files;  // "kb.en", "forms.zh-CN", "rules"
};

// The URLs of one locale's content, absolute ("" when the manifest has none).
struct ContentUrls {
  std::string kb;
  std::string forms;
  std::string rules;
};

// Parses manifest.json; errors carry the pointer and line:column like any
// content error. An unknown schema_version is refused rather than guessed at.
Loaded<ContentManifest> parseManifest(std::string_view text, std::string_view source);

// The manifest entry of `kind` ("kb", "forms") for `locale`: the exact tag,
// then the same tag in another case, then the language alone ("zh" for
// "zh-TW"), then another region of the language, then English. Null if none.
const ManifestFile* fileForLocale(const ContentManifest& manifest, std::string_view kind,
                                  std::string_view locale);

// The locale's kb, forms and rules, resolved against the manifest's URL.
ContentUrls urlsForLocale(const ContentManifest& manifest, std::string_view locale,
                          std::string_view manifestUrl);

// `reference` resolved against `base` (an absolute http(s) URL or a
// root-relative path) as a browser would: absolute, "/rooted", or relative
// with "." and ".." segments. Query and fragment of the base are dropped.
std::string resolveUrl(std::string_view base, std::string_view reference);

}  // namespace hw::content
