// Errors found in content: what went wrong and exactly where. Pure C++.
#pragma once
#include <string>
#include <vector>

#include "core/text_position.h"

namespace hw {

enum class ContentErrorCode {
  Empty,               // no bytes at all
  TooLarge,            // over the size limit
  InvalidUtf8,         // bytes that are not UTF-8
  TooDeep,             // nesting beyond the depth limit
  Syntax,              // not JSON
  UnsupportedVersion,  // schema_version this build does not know
  Schema,              // JSON, but not the shape the schema asks for
};

struct ContentError {
  ContentErrorCode code = ContentErrorCode::Schema;
  std::string source;   // file name or URL the text came from
  std::string pointer;  // JSON pointer of the offending value ("" = whole document)
  TextPosition position;
  std::string message;  // English, for editors and developers

  // "kb.json:3:5: /articles/2/title: must be a non-empty string"
  std::string describe() const;
};

const char* contentErrorCodeName(ContentErrorCode code);

// Either a value or the errors that prevented it.
template <typename T>
struct Loaded {
  T value{};
  std::vector<ContentError> errors;
  bool ok() const { return errors.empty(); }
};

}  // namespace hw
