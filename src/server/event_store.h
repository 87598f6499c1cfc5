// Analytics events received by the inbox, in the same SQLite file as the
// tickets (table "events"), kept as the validated JSON text of each event.
#pragma once
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/events/event.h"

struct sqlite3;

namespace hw::server {

class EventStore {
 public:
  // Opens or creates the database; nullptr and `error` on failure.
  static std::unique_ptr<EventStore> open(const std::string& path, std::string& error);
  ~EventStore();
  EventStore(const EventStore&) = delete;
  EventStore& operator=(const EventStore&) = delete;

  // All in one transaction; false if the database failed (nothing stored).
  bool insert(const std::vector<events::Event>& events, const std::string& receivedAt);
  // Stored events, oldest first, at most `limit`: the newest `limit` when there are more.
  std::vector<events::Event> list(std::size_t limit);
  std::size_t count();

 private:
  explicit EventStore(sqlite3* db) : m_db(db) {}
  sqlite3* m_db;
  std::mutex m_mutex;  // one connection shared by the server's threads
};

}  // namespace hw::server
