// help_inbox: a small ticket endpoint for the demo and the tests. Receives
// tickets from the widget, stores them in SQLite, shows them at /inbox; also
// takes the widget's analytics events and shows their report at /report.
#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>

#include "server/inbox_options.h"
#include "server/event_routes.h"
#include "server/event_store.h"
#include "server/inbox_routes.h"
#include "server/ticket_store.h"

int main(int argc, char** argv) {
  using namespace hw::server;
  const ParsedOptions parsed = parseInboxOptions(std::vector<std::string>(argv + 1, argv + argc));
  if (parsed.help) {
    std::fputs(inboxUsage(), stdout);
    return 0;
  }
  if (!parsed.error.empty()) {
    std::fprintf(stderr, "help_inbox: %s\n%s", parsed.error.c_str(), inboxUsage());
    return 2;
  }
  const InboxOptions& options = parsed.options;

  std::string error;
  auto store = TicketStore::open(options.db, error);
  if (!store) {
    std::fprintf(stderr, "help_inbox: cannot open %s: %s\n", options.db.c_str(), error.c_str());
    return 1;
  }

  auto eventStore = EventStore::open(options.db, error);
  if (!eventStore) {
    std::fprintf(stderr, "help_inbox: cannot open %s: %s\n", options.db.c_str(), error.c_str());
    return 1;
  }

  // SIGINT and SIGTERM are taken by one thread that stops the server, so
  // the database is closed cleanly. Blocked before any thread starts.
  sigset_t stopSignals;
  sigemptyset(&stopSignals);
  sigaddset(&stopSignals, SIGINT);
  sigaddset(&stopSignals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
  signal(SIGPIPE, SIG_IGN);

  httplib::Server server;
  installInboxRoutes(server, *store, options);
  installEventRoutes(server, *eventStore, options);

  int port = options.port;
  if (port == 0) {
    port = server.bind_to_any_port(options.host);
    if (port < 0) port = 0;
  } else if (!server.bind_to_port(options.host, port)) {
    port = 0;
  }
  if (port == 0) {
    std::fprintf(stderr, "help_inbox: cannot listen on %s:%d\n", options.host.c_str(), options.port);
    return 1;
  }

  std::thread stopper([&server, stopSignals] {
    int signalNumber = 0;
    sigwait(&stopSignals, &signalNumber);
    server.stop();
  });
  stopper.detach();

  const bool ipv6 = options.host.find(':') != std::string::npos;
  std::printf("inbox listening on http://%s%s%s:%d\n", ipv6 ? "[" : "", options.host.c_str(),
              ipv6 ? "]" : "", port);
  std::fflush(stdout);
  const bool ok = server.listen_after_bind();
  return ok ? 0 : 1;
}
