// Text to HTML: everything a shopper typed is shown as text, never markup.
#pragma once
#include <string>
#include <string_view>

namespace hw::server {

// Escapes & < > " ' so the result is safe in element content and in quoted
// attribute values. Invalid UTF-8 becomes U+FFFD.
std::string escapeHtml(std::string_view text);

}  // namespace hw::server
