// UTF-8 helpers: validation, decoding and boundary-safe cutting. Pure C++.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace hw {

// Byte offset of the first invalid UTF-8 sequence, or npos when valid.
std::size_t findInvalidUtf8(std::string_view text);

// Decodes one code point at `pos`, advancing it. Invalid bytes decode as
// U+FFFD and advance by one byte, so callers never loop forever.
char32_t decodeUtf8(std::string_view text, std::size_t& pos);

// `text` with every invalid sequence replaced by U+FFFD.
std::string sanitizeUtf8(std::string_view text);

// Appends the UTF-8 encoding of `cp` to `out`.
void appendUtf8(std::string& out, char32_t cp);

// Largest offset <= `pos` that starts a code point.
std::size_t floorToCharBoundary(std::string_view text, std::size_t pos);

// True for Han, Kana, Hangul and CJK punctuation: scripts written without
// spaces, where a line may break between any two characters.
bool isCjk(char32_t cp);

}  // namespace hw
