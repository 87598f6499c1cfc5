// The inbox's HTTP routes, CORS and error bodies on a cpp-httplib server.
#pragma once
#include <httplib.h>

#include "server/inbox_options.h"
#include "server/ticket_store.h"

namespace hw::server {

void installInboxRoutes(httplib::Server& server, TicketStore& store, const InboxOptions& options);

}  // namespace hw::server
