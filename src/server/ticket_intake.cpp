// Ticket intake: the same validator as the widget, then the files, then one
// insert keyed by the reference.
#include "server/ticket_intake.h"

#include "core/tickets/reference.h"
#include "core/tickets/ticket.h"
#include "server/attachment_sniff.h"

namespace hw::server {

using nlohmann::json;

namespace {

IntakeResponse fail(int status, const std::string& message, const std::string& pointer = "") {
  return {status, errorBody(message, pointer)};
}

json storedTicketJson(const StoredTicket& stored) {
  // Stored bodies were validated before they were written.
  json ticket = json::parse(stored.body, nullptr, false);
  return ticket.is_discarded() ? json::object() : ticket;
}

IntakeResponse answer(int status, const char* what, const StoredTicket& stored) {
  return {status, {{"status", what},
                   {"reference", stored.reference},
                   {"received_at", stored.receivedAt},
                   {"ticket", storedTicketJson(stored)}}};
}

}  // namespace

json errorBody(const std::string& message, const std::string& pointer) {
  return {{"error", message}, {"pointer", pointer}};
}

IntakeResponse receiveTicket(const IntakeRequest& request, TicketStore& store,
                             const std::string& receivedAt) {
  if (request.idempotencyKey.empty())
    return fail(400, "the Idempotency-Key header is missing; send the ticket's reference");
  if (!isCanonicalReference(request.idempotencyKey))
    return fail(400, "the Idempotency-Key header is not a ticket reference (HW-XXX-XXX-XXX)");
  if (request.multipart && !request.hasTicketPart)
    return fail(400, "the multipart body has no part named \"ticket\"");

  const Loaded<Ticket> parsed = parseTicket(request.ticketJson, "ticket");
  if (!parsed.ok()) {
    const ContentError& first = parsed.errors.front();
    IntakeResponse response = fail(400, first.message, first.pointer);
    response.body["line"] = first.position.line;
    response.body["column"] = first.position.column;
    response.body["errors"] = static_cast<int>(parsed.errors.size());
    return response;
  }
  const Ticket& ticket = parsed.value;
  if (ticket.reference != request.idempotencyKey)
    return fail(400, "the Idempotency-Key header differs from the ticket's reference", "/reference");

  // A replay: the first delivery's answer may have been lost on the way back.
  if (auto stored = store.find(ticket.reference)) return answer(200, "replayed", *stored);

  if (request.files.size() != ticket.attachments.size())
    return fail(400, "the ticket lists " + std::to_string(ticket.attachments.size()) +
                         " attachments but the request carries " +
                         std::to_string(request.files.size()) + " files (multipart parts named \"file\")",
                "/attachments");
  StoredTicket row;
  row.reference = ticket.reference;
  row.formId = ticket.formId;
  row.createdAt = ticket.createdAt;
  row.receivedAt = receivedAt;
  row.body = serializeTicket(ticket);
  for (std::size_t i = 0; i < ticket.attachments.size(); ++i) {
    const AttachmentInfo& info = ticket.attachments[i];
    const IntakeFile& file = request.files[i];
    const std::string at = "/attachments/" + std::to_string(i);
    if (static_cast<std::int64_t>(file.content.size()) != info.size)
      return fail(400, "the file has " + std::to_string(file.content.size()) +
                           " bytes, the ticket says " + std::to_string(info.size), at + "/size");
    const auto sniffed = sniffAttachmentType(file.content);
    if (!sniffed || *sniffed != info.type)
      return fail(400, "the file's content is not " + info.type + " (its first bytes say " +
                           (sniffed ? *sniffed : std::string("otherwise")) + ")", at + "/type");
    if (!file.contentType.empty() && file.contentType != info.type &&
        file.contentType != "application/octet-stream")
      return fail(400, "the file part is declared as " + file.contentType + ", the ticket says " +
                           info.type, at + "/type");
    row.files.push_back({static_cast<int>(i), info.field, info.name, info.type, info.size, file.content});
  }

  switch (store.insert(row)) {
    case InsertResult::Inserted: return answer(201, "created", row);
    case InsertResult::AlreadyStored:  // another request with this key won the race
      if (auto stored = store.find(ticket.reference)) return answer(200, "replayed", *stored);
      break;
    case InsertResult::Failed: break;
  }
  return fail(500, "the ticket could not be stored; try again");
}

}  // namespace hw::server
