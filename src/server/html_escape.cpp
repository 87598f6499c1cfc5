// HTML escaping for the inbox page.
#include "server/html_escape.h"

#include "core/utf8.h"

namespace hw::server {

std::string escapeHtml(std::string_view text) {
  const std::string clean = sanitizeUtf8(text);
  std::string out;
  out.reserve(clean.size());
  for (char c : clean) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c; break;
    }
  }
  return out;
}

}  // namespace hw::server
