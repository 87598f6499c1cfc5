// Tests for ticket intake against a real SQLite file: first receipt,
// replays, the key, files, and the store's all-or-nothing insert.
#include <catch_amalgamated.hpp>

#include <cstdio>
#include <filesystem>

#include <unistd.h>

#include "tickets/ticket_samples.h"

#include "server/ticket_intake.h"

using namespace hw;
using namespace hw::server;

namespace {

// A fresh database file per test, removed afterwards.
struct TempStore {
  std::filesystem::path path;
  std::unique_ptr<TicketStore> store;
  TempStore() {
    static int counter = 0;
    path = std::filesystem::temp_directory_path() /
           ("help-inbox-test-" + std::to_string(::getpid()) + "-" + std::to_string(++counter) + ".sqlite");
    std::string error;
    store = TicketStore::open(path.string(), error);
    REQUIRE(store);
  }
  ~TempStore() {
    store.reset();
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  }
};

IntakeRequest jsonRequest(const Ticket& ticket) {
  IntakeRequest request;
  request.idempotencyKey = ticket.reference;
  request.ticketJson = serializeTicket(ticket);
  return request;
}

const std::string kPng("\x89PNG\r\n\x1A\n0123456789", 18);

}  // namespace

TEST_CASE("first receipt is 201, a replay 200 with the stored ticket", "[server][intake]") {
  TempStore db;
  Ticket ticket = test::minimalTicket();
  const IntakeResponse first = receiveTicket(jsonRequest(ticket), *db.store, "2026-11-23T10:00:00.000Z");
  CHECK(first.status == 201);
  CHECK(first.body["status"] == "created");
  CHECK(first.body["ticket"] == ticketToJson(ticket));
  const IntakeResponse again = receiveTicket(jsonRequest(ticket), *db.store, "2026-11-23T11:00:00.000Z");
  CHECK(again.status == 200);
  CHECK(again.body["status"] == "replayed");
  CHECK(again.body["received_at"] == "2026-11-23T10:00:00.000Z");
  CHECK(db.store->list(10).size() == 1);
}

TEST_CASE("the key must be a reference equal to the ticket's", "[server][intake]") {
  TempStore db;
  const Ticket ticket = test::minimalTicket();
  IntakeRequest request = jsonRequest(ticket);
  request.idempotencyKey = "";
  CHECK(receiveTicket(request, *db.store, "t").status == 400);
  request.idempotencyKey = "hw-000-000-000";  // valid, but not canonical
  CHECK(receiveTicket(request, *db.store, "t").status == 400);
  request.idempotencyKey = test::sampleReference(99);
  const IntakeResponse response = receiveTicket(request, *db.store, "t");
  CHECK(response.status == 400);
  CHECK(response.body["pointer"] == "/reference");
  CHECK(db.store->list(10).empty());
}

TEST_CASE("validation errors name the field and line:column", "[server][intake]") {
  TempStore db;
  const Ticket ticket = test::minimalTicket();
  IntakeRequest request = jsonRequest(ticket);
  request.ticketJson.replace(request.ticketJson.find("\"contact\""), 9, "\"Contact Us\"");
  const IntakeResponse response = receiveTicket(request, *db.store, "t");
  CHECK(response.status == 400);
  CHECK(response.body["pointer"] == "/form_id");
  CHECK(response.body["line"] == 1);
  CHECK(response.body["column"].get<int>() > 1);
}

TEST_CASE("files must match the list, their sizes and their bytes", "[server][intake]") {
  TempStore db;
  Ticket ticket = test::fullTicket();
  ticket.attachments = {{"photo", "a.png", "image/png", static_cast<std::int64_t>(kPng.size())}};
  IntakeRequest request = jsonRequest(ticket);
  request.multipart = true;
  request.hasTicketPart = true;
  CHECK(receiveTicket(request, *db.store, "t").body["pointer"] == "/attachments");

  request.files = {{"a.png", "image/jpeg", kPng}};
  CHECK(receiveTicket(request, *db.store, "t").body["pointer"] == "/attachments/0/type");
  request.files = {{"a.png", "image/png", "GIF89a" + kPng.substr(6)}};
  CHECK(receiveTicket(request, *db.store, "t").body["pointer"] == "/attachments/0/type");
  request.files = {{"a.png", "image/png", kPng + "x"}};
  CHECK(receiveTicket(request, *db.store, "t").body["pointer"] == "/attachments/0/size");
  CHECK(db.store->list(10).empty());

  request.files = {{"a.png", "image/png", kPng}};
  REQUIRE(receiveTicket(request, *db.store, "t").status == 201);
  const auto file = db.store->file(ticket.reference, 0);
  REQUIRE(file.has_value());
  CHECK(file->data == kPng);
  CHECK(file->type == "image/png");
  CHECK(db.store->find(ticket.reference)->files.size() == 1);
}

TEST_CASE("a multipart body without its ticket part is refused", "[server][intake]") {
  TempStore db;
  IntakeRequest request;
  request.idempotencyKey = test::sampleReference(5);
  request.multipart = true;
  const IntakeResponse response = receiveTicket(request, *db.store, "t");
  CHECK(response.status == 400);
  CHECK_THAT(response.body["error"].get<std::string>(), Catch::Matchers::ContainsSubstring("\"ticket\""));
}
