// Small checks for event fields, shared by the parser and the builder.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace hw::events {

std::size_t countChars(std::string_view text);  // Unicode characters of UTF-8 text
const char* jsonTypeName(const nlohmann::json& value);
// A number that is mathematically whole (JSON Schema's "integer": 2.0 counts).
std::optional<std::int64_t> wholeNumber(const nlohmann::json& value);

bool isContentId(std::string_view id);    // "track-order", "keep_item"
bool isSessionId(std::string_view id);    // 8-64 of [A-Za-z0-9_-]
bool isLanguageTag(std::string_view tag);  // "en", "zh-CN"
bool isPagePath(std::string_view path);   // "/orders/1", no '?' or '#'

// The path of a page address, without scheme, host, query or fragment:
// "https://shop.example/orders?id=9#x" -> "/orders". "" when nothing is left.
std::string pagePath(std::string_view url);

// The first `maxChars` characters of UTF-8 text (never cuts a character).
std::string truncateChars(std::string_view text, std::size_t maxChars);

}  // namespace hw::events
