// Pieces every inbox route uses: JSON answers, the server clock, origin and
// media type checks, and a guard that turns exceptions into a 500.
#pragma once
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "server/inbox_options.h"
#include "server/ticket_intake.h"

namespace hw::server {

std::string nowIsoUtc();  // server clock, ISO 8601 UTC with milliseconds
void sendJson(httplib::Response& res, int status, const nlohmann::json& body);
bool originAllowed(const InboxOptions& options, const std::string& origin);
// "multipart/form-data; boundary=..." -> "multipart/form-data"
std::string mediaType(const std::string& contentType);

// Runs a handler, turning anything thrown into a 500 with a JSON body:
// cpp-httplib would send a bare 500, and a hostile request must get a clear
// answer instead.
template <typename Handler>
httplib::Server::Handler guarded(Handler handler) {
  return [handler](const httplib::Request& req, httplib::Response& res) {
    try {
      handler(req, res);
    } catch (...) {
      sendJson(res, 500, errorBody("internal error"));
    }
  };
}

}  // namespace hw::server
