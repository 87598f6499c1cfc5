// POST /api/help/tickets without the HTTP library: checks the key, the
// ticket and its files, stores them once, and says what to answer.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "server/ticket_store.h"

namespace hw::server {

struct IntakeFile {
  std::string filename;
  std::string contentType;  // as the client declared it ("" if none)
  std::string content;
};

struct IntakeRequest {
  std::string idempotencyKey;
  bool multipart = false;
  bool hasTicketPart = false;     // multipart: a part named "ticket" was sent
  std::string ticketJson;         // the body (JSON) or the "ticket" part (multipart)
  std::vector<IntakeFile> files;  // multipart parts named "file", in order
};

struct IntakeResponse {
  int status = 500;
  nlohmann::json body;  // {"error", "pointer"} on 4xx; {"status", "reference", "ticket"} on 2xx
};

// 201 on first receipt, 200 with the stored ticket on a replay, 400 naming
// the field, 500 if the database fails.
IntakeResponse receiveTicket(const IntakeRequest& request, TicketStore& store,
                             const std::string& receivedAt);

// {"error": message, "pointer": pointer}
nlohmann::json errorBody(const std::string& message, const std::string& pointer = "");

}  // namespace hw::server
