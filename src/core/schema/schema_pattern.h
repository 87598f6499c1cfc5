// Regular expressions for "pattern" and "patternProperties", compiled without
// relying on exceptions: the core also builds with exceptions disabled
// (WebAssembly), where std::regex would abort on a bad pattern.
#pragma once
#include <optional>
#include <regex>
#include <string>
#include <string_view>

namespace hw::schema {

// Why `pattern` is not a regular expression std::regex's ECMAScript grammar
// accepts, or "" when it is well formed.
std::string patternSyntaxError(std::string_view pattern);

// The compiled pattern, or nullopt with `error` set.
std::optional<std::regex> compilePattern(const std::string& pattern, std::string& error);

}  // namespace hw::schema
