// The checks behind `helpkb validate` as a small WebAssembly module, for the
// content editors' live preview. Same code path as the command line
// (checkContent + findingsToJson), so the preview and `helpkb validate
// --json` report the same findings at the same places. Not part of the
// shopper-facing widget.
#include <emscripten.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/content_check.h"

namespace {

std::string g_answer;  // the last result, valid until the next call

// "bytes" carries a file that is not valid UTF-8 losslessly: one character
// per byte (U+0000..U+00FF), as JavaScript's latin1 decoding gives it. The
// checker must see the original bytes to report where the bad one is.
std::string bytesFromLatin1(const std::string& utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if ((c & 0xE0) == 0xC0 && i + 1 < utf8.size()) {
      // Two-byte sequences encode U+0080..U+07FF; only up to U+00FF are bytes.
      out.push_back(static_cast<char>(((c & 0x1F) << 6) | (static_cast<unsigned char>(utf8[++i]) & 0x3F)));
    }
  }
  return out;
}

}  // namespace

extern "C" {

// `filesJson`: [{"name": "kb.en.json", "text": "..."} or {"name", "bytes"}].
// Returns the findings exactly as `helpkb validate --json` prints them.
EMSCRIPTEN_KEEPALIVE const char* hw_check_content(const char* filesJson) {
  const nlohmann::json files = nlohmann::json::parse(filesJson ? filesJson : "", nullptr, false);
  std::vector<hw::content::ContentSource> sources;
  if (files.is_array())
    for (const nlohmann::json& file : files) {
      if (!file.is_object() || !file.contains("name") || !file["name"].is_string()) continue;
      const std::string name = file["name"].get<std::string>();
      if (file.contains("text") && file["text"].is_string())
        sources.push_back({name, file["text"].get<std::string>()});
      else if (file.contains("bytes") && file["bytes"].is_string())
        sources.push_back({name, bytesFromLatin1(file["bytes"].get<std::string>())});
    }
  const auto checked = hw::content::checkContent(sources, hw::schema::SchemaCatalog::builtin(),
                                                 hw::content::builtinContentKinds());
  g_answer = hw::content::findingsToJson(checked).dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  return g_answer.c_str();
}

// The schema file names this build checks against (["forms.schema.json", ...]),
// so the preview can tell a file it cannot check yet from a wrong "$schema".
EMSCRIPTEN_KEEPALIVE const char* hw_known_schemas() {
  g_answer = nlohmann::json(hw::schema::SchemaCatalog::builtin().fileNames()).dump();
  return g_answer.c_str();
}

}  // extern "C"
