// Recognizes attachment files by their first bytes: a declared type is only
// a claim, so the inbox checks the content before storing it.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace hw::server {

// "image/jpeg", "image/png", "image/webp" or "application/pdf" when the
// bytes start like one of those formats; nothing otherwise.
std::optional<std::string> sniffAttachmentType(std::string_view bytes);

}  // namespace hw::server
