// The two "format" values our schemas assert. Pure C++.
#pragma once
#include <string_view>

namespace hw::schema {

// RFC 3339 / ISO 8601 date and time with a required offset:
// "2024-05-01T12:30:00Z", "2024-05-01T12:30:00.25+08:00".
bool isDateTime(std::string_view text);

// An absolute http or https URL with a host and no spaces or control
// characters: the only external links the widget opens.
bool isHttpUri(std::string_view text);

}  // namespace hw::schema
