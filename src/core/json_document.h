// Parses JSON text without exceptions, with errors that carry line:column.
// Pure C++ (nlohmann/json): no ImGui, no Emscripten.
#pragma once
#include <cstddef>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/content_error.h"

namespace hw {

struct JsonLimits {
  std::size_t maxBytes = 16u * 1024u * 1024u;
  int maxDepth = 64;
};

Loaded<nlohmann::json> parseJsonDocument(std::string_view text, std::string_view source,
                                         const JsonLimits& limits = {});

// Builds a located error for `pointer` inside `text` (for schema checks that
// run after parsing).
ContentError errorAt(std::string_view text, std::string_view source, std::string pointer,
                     ContentErrorCode code, std::string message);

}  // namespace hw
