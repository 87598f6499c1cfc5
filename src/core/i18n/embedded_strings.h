// The interface strings of assets/strings/, compiled into the binary so the
// panel needs no extra fetch. The list is generated at build time
// (cmake/embed_strings.cmake): a locale file added there is embedded
// without touching code.
#pragma once
#include <string_view>
#include <vector>

namespace hw::i18n {

struct EmbeddedStrings {
  std::string_view fileName;  // "es.json"
  std::string_view text;      // the file's bytes
};

const std::vector<EmbeddedStrings>& embeddedStringFiles();

}  // namespace hw::i18n
