// A JSON Schema (draft 2020-12) validator for the subset our content schemas
// use. Pure C++ (nlohmann/json, std::regex): no exceptions thrown, no I/O.
//
// Supported: type (string or array, "integer"), enum, const, required,
// properties, additionalProperties, patternProperties, items, prefixItems,
// minItems, maxItems, uniqueItems, minLength, maxLength (code points),
// pattern, minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf,
// minProperties, maxProperties, format ("date-time", "uri"), $ref to "#..."
// inside the same schema, $defs, allOf, anyOf, oneOf, not, if/then/else and
// boolean schemas. Annotations (title, description, $comment, examples, ...)
// are ignored; a validation keyword we do not implement is a load error, so a
// schema never silently checks less than it says.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace hw::schema {

// One reason the instance does not match the schema.
struct SchemaFinding {
  std::string pointer;     // RFC 6901 pointer into the instance ("" = root)
  std::string message;     // for people: "expected a string, got number"
  std::string keyword;     // the failing keyword: "type", "required", ...
  std::string schemaPath;  // where the rule lives: "#/$defs/article/properties/title/type"
  std::string hint;        // optional: the schema's description of the value, or choices
};

struct ValidationLimits {
  std::size_t maxFindings = 500;       // stop collecting after this many
  std::size_t maxSteps = 5'000'000;    // schema x value evaluations, against hostile input
  int maxDepth = 200;                  // nested evaluations ($ref chains, combinators)
  std::size_t maxPatternInput = 2000;  // longer strings are not run through std::regex
};

struct ValidationResult {
  std::vector<SchemaFinding> findings;  // in instance traversal order
  bool complete = true;                 // false when a limit stopped the walk early
  bool valid() const { return findings.empty(); }
};

class JsonSchema {
 public:
  // Compiles `schema`. On failure returns null and sets `error` to a message
  // naming the schema location ("#/$defs/x/minLength: must be ...").
  static std::shared_ptr<const JsonSchema> compile(const nlohmann::json& schema,
                                                   std::string& error);

  ValidationResult validate(const nlohmann::json& instance,
                            const ValidationLimits& limits = {}) const;

  const std::string& id() const;  // "$id", or "" when absent
  const nlohmann::json& document() const;

  struct Impl;
  explicit JsonSchema(std::unique_ptr<Impl> impl);
  ~JsonSchema();

 private:
  std::unique_ptr<Impl> m_impl;
};

}  // namespace hw::schema
