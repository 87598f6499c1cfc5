// JSON parsing with located errors. Pure C++: no ImGui, no Emscripten.
#include "core/json_document.h"

#include <algorithm>
#include <string>

#include "core/utf8.h"

namespace hw {

using nlohmann::json;

std::string ContentError::describe() const {
  std::string out = source.empty() ? std::string("content") : source;
  out += ":" + std::to_string(position.line) + ":" + std::to_string(position.column) + ": ";
  if (!pointer.empty()) out += pointer + ": ";
  out += message;
  return out;
}

const char* contentErrorCodeName(ContentErrorCode code) {
  switch (code) {
    case ContentErrorCode::Empty: return "empty";
    case ContentErrorCode::TooLarge: return "too_large";
    case ContentErrorCode::InvalidUtf8: return "invalid_utf8";
    case ContentErrorCode::TooDeep: return "too_deep";
    case ContentErrorCode::Syntax: return "syntax";
    case ContentErrorCode::UnsupportedVersion: return "unsupported_version";
    case ContentErrorCode::Schema: return "schema";
  }
  return "unknown";
}

namespace {

// SAX handler that accepts everything and remembers the first syntax error:
// nlohmann's DOM parser without exceptions says only *that* parsing failed.
struct SyntaxErrorProbe {
  std::size_t position = 0;
  std::string message;

  bool null() { return true; }
  bool boolean(bool) { return true; }
  bool number_integer(json::number_integer_t) { return true; }
  bool number_unsigned(json::number_unsigned_t) { return true; }
  bool number_float(json::number_float_t, const std::string&) { return true; }
  bool string(std::string&) { return true; }
  bool binary(json::binary_t&) { return true; }
  bool start_object(std::size_t) { return true; }
  bool key(std::string&) { return true; }
  bool end_object() { return true; }
  bool start_array(std::size_t) { return true; }
  bool end_array() { return true; }
  bool parse_error(std::size_t pos, const std::string& lastToken,
                   const nlohmann::detail::exception& ex) {
    (void)lastToken;  // may hold more than the token; see offendingTokenStart
    position = pos;
    message = ex.what();
    return false;
  }
};

// nlohmann's message reads "[json.exception.parse_error.101] parse error at
// line 1, column 5: syntax error while parsing value - unexpected end of
// input; ...". Keep the part after the position, which we compute ourselves.
std::string readableSyntaxMessage(const std::string& raw) {
  const std::string marker = "syntax error while parsing ";
  std::size_t at = raw.find(marker);
  if (at == std::string::npos) return raw;
  std::string rest = raw.substr(at + marker.size());
  const std::size_t dash = rest.find(" - ");
  if (dash != std::string::npos) rest = rest.substr(dash + 3);
  return "not valid JSON: " + rest;
}

// The parser reports how many bytes it read, the offending token included;
// its own token text can hold more than the token, so find the token's first
// byte in the text itself: a structural character, a whole string, or a
// literal such as `tru` or `1.2.3`.
std::size_t offendingTokenStart(std::string_view text, std::size_t bytesRead, bool badLiteral,
                                bool badString) {
  if (text.empty()) return 0;
  bytesRead = std::min(std::max<std::size_t>(bytesRead, 1), text.size());  // EOF counts as a byte read
  std::size_t end = bytesRead - 1;
  const auto isStructural = [](char c) { return std::string_view(",:[]{}").find(c) != std::string_view::npos; };
  const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  // An unterminated string is reported where the parser gave up: point at
  // the quote that opened it.
  if (badString) {
    for (std::size_t i = end + 1; i-- > 0;)
      if (text[i] == '"') return i;
    return 0;
  }
  // A literal like `tru}` is only known to be bad at the byte after it.
  if (badLiteral && end > 0 && (isStructural(text[end]) || isSpace(text[end]))) --end;
  else if (isStructural(text[end])) return end;
  if (text[end] == '"' && end > 0) {
    for (std::size_t i = end; i-- > 0;) {
      if (text[i] != '"') continue;
      std::size_t slashes = 0;
      for (std::size_t j = i; j-- > 0 && text[j] == '\\';) ++slashes;
      if (slashes % 2 == 0) return i;
    }
    return 0;
  }
  while (end > 0 && !isSpace(text[end - 1]) && !isStructural(text[end - 1]) && text[end - 1] != '"')
    --end;
  return end;
}

ContentError errorAtOffset(std::string_view text, std::string_view source, std::size_t offset,
                           ContentErrorCode code, std::string message) {
  ContentError error;
  error.code = code;
  error.source = std::string(source);
  error.position = positionAt(text, offset);
  error.message = std::move(message);
  return error;
}

}  // namespace

ContentError errorAt(std::string_view text, std::string_view source, std::string pointer,
                     ContentErrorCode code, std::string message) {
  const std::size_t offset = locatePointer(text, pointer).value_or(0);
  ContentError error = errorAtOffset(text, source, offset, code, std::move(message));
  error.pointer = std::move(pointer);
  return error;
}

Loaded<json> parseJsonDocument(std::string_view text, std::string_view source,
                               const JsonLimits& limits) {
  Loaded<json> result;
  const auto fail = [&](std::size_t offset, ContentErrorCode code, std::string message) {
    result.errors.push_back(errorAtOffset(text, source, offset, code, std::move(message)));
    return result;
  };

  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
    return fail(0, ContentErrorCode::Empty, "the file is empty");
  if (text.size() > limits.maxBytes)
    return fail(0, ContentErrorCode::TooLarge,
                "the file is " + std::to_string(text.size() / 1024) + " KB; the limit is " +
                    std::to_string(limits.maxBytes / 1024) + " KB");
  const std::size_t badByte = findInvalidUtf8(text);
  if (badByte != std::string_view::npos)
    return fail(badByte, ContentErrorCode::InvalidUtf8,
                "invalid UTF-8 byte; save the file as UTF-8");
  if (const auto deep = findNestingBeyond(text, limits.maxDepth))
    return fail(*deep, ContentErrorCode::TooDeep,
                "nested deeper than " + std::to_string(limits.maxDepth) + " levels");

  result.value = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (result.value.is_discarded()) {
    SyntaxErrorProbe probe;
    json::sax_parse(text.begin(), text.end(), &probe);
    const bool badLiteral = probe.message.find("invalid literal") != std::string::npos ||
                            probe.message.find("invalid number") != std::string::npos;
    const bool badString = probe.message.find("invalid string") != std::string::npos;
    std::size_t offset = offendingTokenStart(text, probe.position, badLiteral, badString);
    if (probe.message.find("unexpected end of input") != std::string::npos) offset = text.size();
    result.value = json();
    return fail(floorToCharBoundary(text, offset), ContentErrorCode::Syntax,
                readableSyntaxMessage(probe.message));
  }
  return result;
}

}  // namespace hw
