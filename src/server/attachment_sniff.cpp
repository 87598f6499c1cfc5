// Magic numbers of the allowed attachment formats.
#include "server/attachment_sniff.h"

namespace hw::server {

std::optional<std::string> sniffAttachmentType(std::string_view bytes) {
  const auto startsWith = [&](std::string_view magic, std::size_t at = 0) {
    return bytes.size() >= at + magic.size() && bytes.substr(at, magic.size()) == magic;
  };
  if (startsWith(std::string_view("\xFF\xD8\xFF", 3))) return "image/jpeg";
  if (startsWith(std::string_view("\x89PNG\r\n\x1A\n", 8))) return "image/png";
  if (startsWith("RIFF") && startsWith("WEBP", 8)) return "image/webp";
  if (startsWith("%PDF-")) return "application/pdf";
  return std::nullopt;
}

}  // namespace hw::server
