// Positions in JSON text: byte offset -> line:column, and the byte offset of
// the value a JSON pointer names. Pure C++: no ImGui, no Emscripten.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace hw {

struct TextPosition {
  int line = 1;    // 1-based
  int column = 1;  // 1-based, counted in Unicode characters
};

TextPosition positionAt(std::string_view text, std::size_t offset);

// Byte offset where the value at `pointer` (RFC 6901, e.g. "/articles/3/title")
// starts in `text`, which must be well-formed JSON. Used only to report errors,
// so it scans iteratively instead of keeping positions for every value.
std::optional<std::size_t> locatePointer(std::string_view text, std::string_view pointer);

// Offset of the first '{' or '[' nested deeper than `maxDepth`, if any.
std::optional<std::size_t> findNestingBeyond(std::string_view text, int maxDepth);

// "/a~1b/0" form of one pointer token.
std::string escapePointerToken(std::string_view token);

}  // namespace hw
