#include "server/event_store.h"

#include <sqlite3.h>

#include "server/sqlite_statement.h"

namespace hw::server {

namespace {

constexpr const char* kSchema = R"sql(
PRAGMA journal_mode = WAL;
CREATE TABLE IF NOT EXISTS events (
  id          INTEGER PRIMARY KEY,
  received_at TEXT NOT NULL,
  at          TEXT NOT NULL,
  session     TEXT NOT NULL,
  locale      TEXT NOT NULL,
  event       TEXT NOT NULL,
  body        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_at ON events (at);
)sql";

}  // namespace

std::unique_ptr<EventStore> EventStore::open(const std::string& path, std::string& error) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    error = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return nullptr;
  }
  sqlite3_busy_timeout(db, 5000);
  std::unique_ptr<EventStore> store(new EventStore(db));
  if (sqlite3_exec(db, kSchema, nullptr, nullptr, nullptr) != SQLITE_OK) {
    error = sqlite3_errmsg(db);
    return nullptr;
  }
  return store;
}

EventStore::~EventStore() { sqlite3_close(m_db); }

bool EventStore::insert(const std::vector<events::Event>& events, const std::string& receivedAt) {
  std::lock_guard<std::mutex> lock(m_mutex);
  if (events.empty()) return true;
  if (sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) return false;
  for (const events::Event& event : events) {
    Statement insert(m_db,
                     "INSERT INTO events (received_at, at, session, locale, event, body) VALUES (?, ?, ?, ?, ?, ?)");
    if (!insert.ok()) {
      sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
      return false;
    }
    insert.bind(1, receivedAt);
    insert.bind(2, event.at);
    insert.bind(3, event.session);
    insert.bind(4, event.locale);
    insert.bind(5, std::string(events::eventNameText(event.name)));
    insert.bind(6, events::serializeEvent(event));
    if (insert.step() != SQLITE_DONE) {
      sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
      return false;
    }
  }
  if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    return false;
  }
  return true;
}

std::vector<events::Event> EventStore::list(std::size_t limit) {
  std::lock_guard<std::mutex> lock(m_mutex);
  std::vector<events::Event> out;
  Statement query(m_db, "SELECT body FROM (SELECT id, body FROM events ORDER BY id DESC LIMIT ?) ORDER BY id");
  if (!query.ok()) return out;
  query.bind(1, static_cast<std::int64_t>(limit));
  while (query.step() == SQLITE_ROW) {
    // Stored bodies were validated on the way in; whatever privacy applied then.
    Loaded<events::Event> event = events::parseEvent(query.text(0), "stored event", events::EventPrivacy::all());
    if (event.ok()) out.push_back(std::move(event.value));
  }
  return out;
}

std::size_t EventStore::count() {
  std::lock_guard<std::mutex> lock(m_mutex);
  Statement query(m_db, "SELECT COUNT(*) FROM events");
  if (!query.ok() || query.step() != SQLITE_ROW) return 0;
  return static_cast<std::size_t>(query.integer(0));
}

}  // namespace hw::server
