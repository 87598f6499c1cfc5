// Command-line options of the help_inbox server.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace hw::server {

struct InboxOptions {
  std::string host = "127.0.0.1";
  int port = 8081;  // 0 picks a free port
  std::string db = "help-inbox.sqlite";
  std::vector<std::string> allowedOrigins;  // CORS: exact origins, e.g. http://127.0.0.1:8080
  std::size_t maxBody = 12u * 1024u * 1024u;  // bytes; larger requests get 413
  // Free text the retailer collects in analytics events; off, an event
  // carrying it is rejected (the widget should have left it out).
  bool collectQueries = false;
  bool collectComments = false;
};

struct ParsedOptions {
  InboxOptions options;
  std::string error;  // non-empty: print it with the usage and exit 2
  bool help = false;
};

ParsedOptions parseInboxOptions(const std::vector<std::string>& args);
const char* inboxUsage();

}  // namespace hw::server
