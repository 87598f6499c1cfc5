// SQLite persistence for the inbox: prepared statements only, so no value
// from a request is ever part of SQL text.
#include "server/ticket_store.h"

#include <sqlite3.h>

#include "server/sqlite_statement.h"

namespace hw::server {

namespace {

constexpr const char* kSchema = R"sql(
PRAGMA journal_mode = WAL;
CREATE TABLE IF NOT EXISTS tickets (
  reference   TEXT PRIMARY KEY,
  form_id     TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  received_at TEXT NOT NULL,
  body        TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS attachments (
  reference TEXT NOT NULL REFERENCES tickets(reference),
  position  INTEGER NOT NULL,
  field     TEXT NOT NULL,
  name      TEXT NOT NULL,
  type      TEXT NOT NULL,
  size      INTEGER NOT NULL,
  data      BLOB NOT NULL,
  PRIMARY KEY (reference, position)
);
)sql";

StoredTicket ticketFromRow(Statement& row) {
  StoredTicket ticket;
  ticket.reference = row.text(0);
  ticket.formId = row.text(1);
  ticket.createdAt = row.text(2);
  ticket.receivedAt = row.text(3);
  ticket.body = row.text(4);
  return ticket;
}

}  // namespace

std::unique_ptr<TicketStore> TicketStore::open(const std::string& path, std::string& error) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
      SQLITE_OK) {
    error = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return nullptr;
  }
  sqlite3_busy_timeout(db, 5000);
  std::unique_ptr<TicketStore> store(new TicketStore(db));
  if (!store->exec(kSchema)) {
    error = sqlite3_errmsg(db);
    return nullptr;
  }
  return store;
}

TicketStore::~TicketStore() { sqlite3_close(m_db); }

bool TicketStore::exec(const char* sql) {
  return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

InsertResult TicketStore::insert(const StoredTicket& ticket) {
  std::lock_guard<std::mutex> lock(m_mutex);
  if (!exec("BEGIN IMMEDIATE")) return InsertResult::Failed;
  {
    Statement insert(m_db,
                     "INSERT OR IGNORE INTO tickets (reference, form_id, created_at, received_at, body)"
                     " VALUES (?, ?, ?, ?, ?)");
    if (!insert.ok()) {
      exec("ROLLBACK");
      return InsertResult::Failed;
    }
    insert.bind(1, ticket.reference);
    insert.bind(2, ticket.formId);
    insert.bind(3, ticket.createdAt);
    insert.bind(4, ticket.receivedAt);
    insert.bind(5, ticket.body);
    if (insert.step() != SQLITE_DONE) {
      exec("ROLLBACK");
      return InsertResult::Failed;
    }
  }
  if (sqlite3_changes(m_db) == 0) {  // the reference is already there
    exec("ROLLBACK");
    return InsertResult::AlreadyStored;
  }
  for (const StoredFile& file : ticket.files) {
    Statement insert(m_db,
                     "INSERT INTO attachments (reference, position, field, name, type, size, data)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insert.ok()) {
      exec("ROLLBACK");
      return InsertResult::Failed;
    }
    insert.bind(1, ticket.reference);
    insert.bind(2, static_cast<std::int64_t>(file.position));
    insert.bind(3, file.field);
    insert.bind(4, file.name);
    insert.bind(5, file.type);
    insert.bind(6, file.size);
    insert.bindBlob(7, file.data);
    if (insert.step() != SQLITE_DONE) {
      exec("ROLLBACK");
      return InsertResult::Failed;
    }
  }
  if (!exec("COMMIT")) {
    exec("ROLLBACK");
    return InsertResult::Failed;
  }
  return InsertResult::Inserted;
}

std::vector<StoredFile> TicketStore::filesOf(const std::string& reference) {
  std::vector<StoredFile> files;
  Statement query(m_db,
                  "SELECT position, field, name, type, size FROM attachments WHERE reference = ?"
                  " ORDER BY position");
  if (!query.ok()) return files;
  query.bind(1, reference);
  while (query.step() == SQLITE_ROW) {
    StoredFile file;
    file.position = static_cast<int>(query.integer(0));
    file.field = query.text(1);
    file.name = query.text(2);
    file.type = query.text(3);
    file.size = query.integer(4);
    files.push_back(std::move(file));
  }
  return files;
}

std::optional<StoredTicket> TicketStore::find(const std::string& reference) {
  std::lock_guard<std::mutex> lock(m_mutex);
  Statement query(m_db,
                  "SELECT reference, form_id, created_at, received_at, body FROM tickets"
                  " WHERE reference = ?");
  if (!query.ok()) return std::nullopt;
  query.bind(1, reference);
  if (query.step() != SQLITE_ROW) return std::nullopt;
  StoredTicket ticket = ticketFromRow(query);
  ticket.files = filesOf(reference);
  return ticket;
}

std::vector<StoredTicket> TicketStore::list(std::size_t limit) {
  std::lock_guard<std::mutex> lock(m_mutex);
  std::vector<StoredTicket> tickets;
  Statement query(m_db,
                  "SELECT reference, form_id, created_at, received_at, body FROM tickets"
                  " ORDER BY rowid DESC LIMIT ?");
  if (!query.ok()) return tickets;
  query.bind(1, static_cast<std::int64_t>(limit));
  while (query.step() == SQLITE_ROW) tickets.push_back(ticketFromRow(query));
  for (StoredTicket& ticket : tickets) ticket.files = filesOf(ticket.reference);
  return tickets;
}

std::optional<StoredFile> TicketStore::file(const std::string& reference, int position) {
  std::lock_guard<std::mutex> lock(m_mutex);
  Statement query(m_db,
                  "SELECT position, field, name, type, size, data FROM attachments"
                  " WHERE reference = ? AND position = ?");
  if (!query.ok()) return std::nullopt;
  query.bind(1, reference);
  query.bind(2, static_cast<std::int64_t>(position));
  if (query.step() != SQLITE_ROW) return std::nullopt;
  StoredFile file;
  file.position = static_cast<int>(query.integer(0));
  file.field = query.text(1);
  file.name = query.text(2);
  file.type = query.text(3);
  file.size = query.integer(4);
  file.data = query.text(5);
  return file;
}

}  // namespace hw::server
