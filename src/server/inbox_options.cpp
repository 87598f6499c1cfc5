// Flag parsing without exceptions: malformed numbers are reported, not thrown.
#include "server/inbox_options.h"

#include <cerrno>
#include <cstdlib>

namespace hw::server {

namespace {

bool parseUnsigned(const std::string& text, unsigned long long max, unsigned long long& out) {
  if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos) return false;
  errno = 0;
  out = std::strtoull(text.c_str(), nullptr, 10);
  return errno == 0 && out <= max;
}

}  // namespace

const char* inboxUsage() {
  return "usage: help_inbox [--port N] [--host ADDR] [--db FILE] [--allow-origin ORIGIN]...\n"
         "                  [--max-body BYTES] [--collect-queries] [--collect-comments]\n"
         "  --port N              port to listen on (default 8081; 0 picks a free one)\n"
         "  --host ADDR           address to bind (default 127.0.0.1)\n"
         "  --db FILE             SQLite file for tickets, attachments and events (default help-inbox.sqlite)\n"
         "  --allow-origin ORIGIN a web origin allowed to post tickets from a browser (repeatable)\n"
         "  --max-body BYTES      largest request body accepted (default 12582912)\n"
         "  --collect-queries     accept search text in analytics events (else they are rejected)\n"
         "  --collect-comments    accept comments of article ratings in analytics events\n";
}

ParsedOptions parseInboxOptions(const std::vector<std::string>& args) {
  ParsedOptions parsed;
  InboxOptions& o = parsed.options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string flag = args[i];
    std::string value;
    bool hasValue = false;
    const std::size_t equals = flag.find('=');
    if (flag.rfind("--", 0) == 0 && equals != std::string::npos) {
      value = flag.substr(equals + 1);
      flag = flag.substr(0, equals);
      hasValue = true;
    }
    if (flag == "--help" || flag == "-h") {
      parsed.help = true;
      return parsed;
    }
    if (flag == "--collect-queries" || flag == "--collect-comments") {
      if (hasValue) {
        parsed.error = flag + " takes no value";
        return parsed;
      }
      (flag == "--collect-queries" ? o.collectQueries : o.collectComments) = true;
      continue;
    }
    const bool known = flag == "--port" || flag == "--host" || flag == "--db" ||
                       flag == "--allow-origin" || flag == "--max-body";
    if (!known) {
      parsed.error = "unknown option " + flag;
      return parsed;
    }
    if (!hasValue) {
      if (i + 1 >= args.size()) {
        parsed.error = flag + " needs a value";
        return parsed;
      }
      value = args[++i];
    }
    unsigned long long number = 0;
    if (flag == "--port") {
      if (!parseUnsigned(value, 65535, number)) {
        parsed.error = "--port must be a number from 0 to 65535";
        return parsed;
      }
      o.port = static_cast<int>(number);
    } else if (flag == "--max-body") {
      if (!parseUnsigned(value, 1ull << 32, number) || number == 0) {
        parsed.error = "--max-body must be a positive number of bytes";
        return parsed;
      }
      o.maxBody = static_cast<std::size_t>(number);
    } else if (value.empty()) {
      parsed.error = flag + " must not be empty";
      return parsed;
    } else if (flag == "--host") {
      o.host = value;
    } else if (flag == "--db") {
      o.db = value;
    } else {
      if (value.back() == '/') value.pop_back();  // origins have no path
      o.allowedOrigins.push_back(value);
    }
  }
  return parsed;
}

}  // namespace hw::server
