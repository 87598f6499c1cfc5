// Received tickets and their files in one SQLite database. The reference is
// the primary key, so a replayed request can never add a second row.
#pragma once
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace hw::server {

struct StoredFile {
  int position = 0;  // index in the ticket's "attachments"
  std::string field;
  std::string name;
  std::string type;  // checked against the content's magic bytes
  std::int64_t size = 0;
  std::string data;  // filled only by TicketStore::file()
};

struct StoredTicket {
  std::string reference;
  std::string formId;
  std::string createdAt;   // from the ticket
  std::string receivedAt;  // server clock, ISO 8601 UTC
  std::string body;        // the ticket JSON exactly as validated
  std::vector<StoredFile> files;
};

enum class InsertResult { Inserted, AlreadyStored, Failed };

class TicketStore {
 public:
  // Opens or creates the database; nullptr and `error` on failure.
  static std::unique_ptr<TicketStore> open(const std::string& path, std::string& error);
  ~TicketStore();
  TicketStore(const TicketStore&) = delete;
  TicketStore& operator=(const TicketStore&) = delete;

  // Ticket and files in one transaction: all or nothing.
  InsertResult insert(const StoredTicket& ticket);
  std::optional<StoredTicket> find(const std::string& reference);
  std::vector<StoredTicket> list(std::size_t limit);  // newest first
  std::optional<StoredFile> file(const std::string& reference, int position);

 private:
  explicit TicketStore(sqlite3* db) : m_db(db) {}
  std::vector<StoredFile> filesOf(const std::string& reference);
  bool exec(const char* sql);

  sqlite3* m_db;
  std::mutex m_mutex;  // one connection shared by the server's threads
};

}  // namespace hw::server
