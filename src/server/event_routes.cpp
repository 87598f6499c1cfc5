// Event intake and the report page. The widget sends batches with
// navigator.sendBeacon, whose body is text/plain: no CORS preflight, so the
// origin is checked here as for tickets.
#include "server/event_routes.h"

#include "core/events/event.h"
#include "core/events/report_html.h"
#include "server/event_intake.h"
#include "server/http_support.h"

namespace hw::server {

namespace {

constexpr std::size_t kReportLimit = 200000;  // newest events the page reads

bool isDate(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (text[i] < '0' || text[i] > '9') return false;
  return true;
}

void postEvents(const httplib::Request& req, httplib::Response& res, EventStore& store,
                const InboxOptions& options) {
  const std::string origin = req.get_header_value("Origin");
  if (!origin.empty() && !originAllowed(options, origin))
    return sendJson(res, 403, errorBody("this origin may not post events; start the inbox with --allow-origin " + origin));
  const std::string type = mediaType(req.get_header_value("Content-Type"));
  if (!type.empty() && type != "application/json" && type != "text/plain")
    return sendJson(res, 415, errorBody("send the events as a JSON array, application/json or text/plain"));
  const EventIntakeResponse response =
      receiveEvents(req.body, store, nowIsoUtc(), {options.collectQueries, options.collectComments});
  sendJson(res, response.status, response.body);
}

void getReport(const httplib::Request& req, httplib::Response& res, EventStore& store) {
  events::ReportOptions options;
  options.from = req.get_param_value("from");
  options.to = req.get_param_value("to");
  options.locale = req.get_param_value("locale");
  for (const std::string* date : {&options.from, &options.to})
    if (!date->empty() && !isDate(*date)) return sendJson(res, 400, errorBody("dates are YYYY-MM-DD"));
  const events::EventReport report = events::buildReport(store.list(kReportLimit), options);
  res.set_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_content(events::renderReportHtml(report, "events received by this inbox"), "text/html; charset=utf-8");
}

}  // namespace

void installEventRoutes(httplib::Server& server, EventStore& store, const InboxOptions& options) {
  server.Post("/api/help/events", guarded([&store, &options](const auto& req, auto& res) {
    postEvents(req, res, store, options);
  }));

  // A fetch with Content-Type: application/json (instead of sendBeacon)
  // asks first.
  server.Options("/api/help/events", guarded([&options](const auto& req, auto& res) {
    if (!originAllowed(options, req.get_header_value("Origin"))) {
      res.status = 403;
      return;
    }
    res.status = 204;
    res.set_header("Access-Control-Allow-Methods", "POST, OPTIONS");
    res.set_header("Access-Control-Allow-Headers", "Content-Type");
    res.set_header("Access-Control-Max-Age", "600");
  }));

  server.Get("/report", guarded([&store](const auto& req, auto& res) { getReport(req, res, store); }));
  // What arrived, for people and tests checking exactly which events came.
  server.Get("/api/help/events", guarded([&store](const auto&, auto& res) {
    nlohmann::json list = nlohmann::json::array();
    for (const events::Event& event : store.list(kReportLimit))
      list.push_back(events::eventToJson(event));
    sendJson(res, 200, {{"events", list}});
  }));
}

}  // namespace hw::server
