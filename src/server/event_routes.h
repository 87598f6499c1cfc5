// The inbox's event routes: POST /api/help/events (batches from the
// widget, CORS as for tickets) and GET /report (the HTML report over what
// was stored).
#pragma once
#include <httplib.h>

#include "server/event_store.h"
#include "server/inbox_options.h"

namespace hw::server {

void installEventRoutes(httplib::Server& server, EventStore& store, const InboxOptions& options);

}  // namespace hw::server
