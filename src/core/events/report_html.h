// The report as one self-contained HTML page: inline CSS and inline SVG
// charts, no script, no external resource, so it can be mailed, opened from
// disk or served under a strict Content-Security-Policy. Every text from
// events or content is HTML-escaped. Pure C++.
#pragma once
#include <string>
#include <string_view>

#include "core/events/event_report.h"

namespace hw::events {

// `subtitle`: e.g. where the events came from; shown escaped under the title.
std::string renderReportHtml(const EventReport& report, std::string_view subtitle = {});

// Escapes & < > " ' for element content and quoted attributes. Invalid
// UTF-8 becomes U+FFFD.
std::string htmlEscape(std::string_view text);

}  // namespace hw::events
