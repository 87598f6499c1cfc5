// HTML for the inbox page, built from escaped pieces only.
#include "server/inbox_page.h"

#include <nlohmann/json.hpp>

#include "server/html_escape.h"

namespace hw::server {

using nlohmann::json;

namespace {

std::string valueText(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_array()) {
    std::string out;
    for (const json& item : value) {
      if (!out.empty()) out += ", ";
      out += valueText(item);
    }
    return out;
  }
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string row(const std::string& label, const std::string& text) {
  return "<tr><th>" + escapeHtml(label) + "</th><td>" + escapeHtml(text) + "</td></tr>\n";
}

std::string renderTicket(const StoredTicket& stored) {
  const json ticket = json::parse(stored.body, nullptr, false);
  std::string html = "<article><h2>" + escapeHtml(stored.reference) + " <small>" +
                     escapeHtml(stored.formId) + "</small></h2>\n<table>\n";
  html += row("created", stored.createdAt);
  html += row("received", stored.receivedAt);
  if (ticket.is_object()) {
    for (const char* key : {"locale", "page_url", "widget_version"})
      if (ticket.contains(key)) html += row(key, valueText(ticket[key]));
    if (ticket.contains("answers") && ticket["answers"].is_object())
      for (const auto& item : ticket["answers"].items())
        html += row("answers." + item.key(), valueText(item.value()));
    if (ticket.contains("order") && ticket["order"].is_object())
      for (const auto& item : ticket["order"].items())
        html += row("order." + item.key(), valueText(item.value()));
    if (ticket.contains("customer") && ticket["customer"].is_object())
      for (const auto& item : ticket["customer"].items())
        html += row("customer." + item.key(), valueText(item.value()));
  }
  html += "</table>\n";
  if (!stored.files.empty()) {
    html += "<ul class=\"files\">\n";
    for (const StoredFile& file : stored.files) {
      const std::string url = "/api/help/tickets/" + stored.reference + "/files/" +
                              std::to_string(file.position);
      html += "<li><a href=\"" + escapeHtml(url) + "\">" + escapeHtml(file.name) + "</a> (" +
              escapeHtml(file.type) + ", " + std::to_string(file.size) + " bytes, field " +
              escapeHtml(file.field) + ")</li>\n";
    }
    html += "</ul>\n";
  }
  return html + "</article>\n";
}

}  // namespace

std::string renderInboxPage(const std::vector<StoredTicket>& tickets) {
  std::string html =
      "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta http-equiv=\"refresh\" content=\"10\">\n"
      "<title>Help inbox</title>\n<style>\n"
      "body{font:15px/1.4 system-ui,sans-serif;margin:2rem;max-width:60rem}\n"
      "article{border:1px solid #ccc;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}\n"
      "h2{font-size:1.1rem;margin:.3rem 0}small{color:#555;font-weight:normal}\n"
      "th{text-align:left;vertical-align:top;padding-right:1rem;color:#444;white-space:nowrap}\n"
      "td{white-space:pre-wrap;word-break:break-word;unicode-bidi:plaintext}\n"
      "</style></head><body>\n<h1>Help inbox</h1>\n";
  html += "<p>" + std::to_string(tickets.size()) +
          (tickets.size() == 1 ? " ticket" : " tickets") +
          " received, newest first. This page reloads every 10 seconds.</p>\n";
  for (const StoredTicket& ticket : tickets) html += renderTicket(ticket);
  return html + "</body></html>\n";
}

}  // namespace hw::server
