// The /inbox page: what arrived, for a person running the demo. Every value
// is escaped; the page carries no script.
#pragma once
#include <string>
#include <vector>

#include "server/ticket_store.h"

namespace hw::server {

std::string renderInboxPage(const std::vector<StoredTicket>& tickets);

}  // namespace hw::server
