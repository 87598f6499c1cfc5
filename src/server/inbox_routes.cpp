// Routes: POST/GET /api/help/tickets, one ticket, its files, /inbox, /healthz.
// Handlers never let an exception out: cpp-httplib would turn it into a bare
// 500, and a hostile request must get a clear 4xx instead.
#include "server/inbox_routes.h"

#include <algorithm>

#include "core/tickets/reference.h"
#include "server/http_support.h"
#include "server/inbox_page.h"
#include "server/ticket_intake.h"

namespace hw::server {

using nlohmann::json;

namespace {

constexpr std::size_t kListLimit = 500;

json ticketSummary(const StoredTicket& ticket) {
  json files = json::array();
  for (const StoredFile& file : ticket.files)
    files.push_back({{"position", file.position}, {"field", file.field}, {"name", file.name},
                     {"type", file.type}, {"size", file.size},
                     {"url", "/api/help/tickets/" + ticket.reference + "/files/" +
                                 std::to_string(file.position)}});
  return {{"reference", ticket.reference}, {"form_id", ticket.formId},
          {"created_at", ticket.createdAt}, {"received_at", ticket.receivedAt},
          {"files", std::move(files)}};
}

void postTicket(const httplib::Request& req, httplib::Response& res, TicketStore& store,
                const InboxOptions& options) {
  // Browsers send multipart/form-data cross-origin without a preflight, so
  // the origin is checked here too, not only by CORS.
  const std::string origin = req.get_header_value("Origin");
  if (!origin.empty() && !originAllowed(options, origin))
    return sendJson(res, 403, errorBody("this origin may not post tickets; start the inbox with --allow-origin " + origin));
  IntakeRequest intake;
  intake.idempotencyKey = req.get_header_value("Idempotency-Key");
  const std::string type = mediaType(req.get_header_value("Content-Type"));
  if (type == "multipart/form-data") {
    intake.multipart = true;
    const auto ticketPart = req.files.find("ticket");
    if (ticketPart != req.files.end()) {
      intake.hasTicketPart = true;
      intake.ticketJson = ticketPart->second.content;
    }
    const auto range = req.files.equal_range("file");
    for (auto it = range.first; it != range.second; ++it)
      intake.files.push_back({it->second.filename, it->second.content_type, it->second.content});
  } else if (type == "application/json") {
    intake.ticketJson = req.body;
  } else {
    return sendJson(res, 415, errorBody("send the ticket as application/json or multipart/form-data"));
  }
  const IntakeResponse response = receiveTicket(intake, store, nowIsoUtc());
  sendJson(res, response.status, response.body);
}

}  // namespace

void installInboxRoutes(httplib::Server& server, TicketStore& store, const InboxOptions& options) {
  server.Post("/api/help/tickets", guarded([&store, &options](const auto& req, auto& res) {
    postTicket(req, res, store, options);
  }));

  server.Options("/api/help/tickets", guarded([&options](const auto& req, auto& res) {
    const std::string origin = req.get_header_value("Origin");
    if (!originAllowed(options, origin)) {
      res.status = 403;  // no CORS headers: the browser will not send
      return;
    }
    res.status = 204;
    res.set_header("Access-Control-Allow-Methods", "POST, OPTIONS");
    res.set_header("Access-Control-Allow-Headers", "Content-Type, Idempotency-Key");
    res.set_header("Access-Control-Max-Age", "600");
  }));

  server.Get("/api/help/tickets", guarded([&store](const auto&, auto& res) {
    json list = json::array();
    for (const StoredTicket& ticket : store.list(kListLimit)) list.push_back(ticketSummary(ticket));
    sendJson(res, 200, {{"tickets", std::move(list)}});
  }));

  server.Get(R"(/api/help/tickets/([^/]+))", guarded([&store](const auto& req, auto& res) {
    const auto reference = normalizeReference(req.matches[1].str());
    const auto stored = reference ? store.find(*reference) : std::nullopt;
    if (!stored) return sendJson(res, 404, errorBody("no ticket with this reference"));
    json body = ticketSummary(*stored);
    json ticket = json::parse(stored->body, nullptr, false);
    body["ticket"] = ticket.is_discarded() ? json::object() : ticket;
    sendJson(res, 200, body);
  }));

  server.Get(R"(/api/help/tickets/([^/]+)/files/(\d{1,3}))", guarded([&store](const auto& req, auto& res) {
    const auto reference = normalizeReference(req.matches[1].str());
    const int position = std::atoi(req.matches[2].str().c_str());
    const auto file = reference ? store.file(*reference, position) : std::nullopt;
    if (!file) return sendJson(res, 404, errorBody("no such file"));
    // Downloaded, never rendered by the inbox's origin.
    res.set_header("Content-Disposition", "attachment; filename=\"attachment-" +
                                              std::to_string(position) + "\"");
    res.set_header("Content-Security-Policy", "sandbox; default-src 'none'");
    res.set_content(file->data, file->type.c_str());
  }));

  server.Get("/inbox", guarded([&store](const auto&, auto& res) {
    res.set_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_content(renderInboxPage(store.list(kListLimit)), "text/html; charset=utf-8");
  }));

  server.Get("/healthz", guarded([](const auto&, auto& res) { sendJson(res, 200, {{"ok", true}}); }));

  // Errors the library produces itself (404, 413...) get a JSON body too.
  server.set_error_handler(httplib::Server::HandlerWithResponse(
      [](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    std::string message = "request failed";
    if (res.status == 404) message = "not found";
    if (res.status == 413) message = "the request body is too large";
    if (res.status == 405) message = "method not allowed";
    sendJson(res, res.status, errorBody(message));
    return httplib::Server::HandlerResponse::Handled;
  }));

  // CORS on every answer, errors included, so the widget can read why.
  server.set_post_routing_handler([&options](const httplib::Request& req, httplib::Response& res) {
    const std::string origin = req.get_header_value("Origin");
    res.set_header("X-Content-Type-Options", "nosniff");
    if (!origin.empty() && originAllowed(options, origin)) {
      res.set_header("Access-Control-Allow-Origin", origin);
      res.set_header("Vary", "Origin");
    }
  });

  server.set_payload_max_length(options.maxBody);
}

}  // namespace hw::server
