// JSON Schema validation: a load-time check of the schema itself, then an
// interpreter over the schema document. Pure C++: no exceptions, no I/O.
#include "core/schema/json_schema.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

#include "core/schema/schema_format.h"
#include "core/schema/schema_pattern.h"
#include "core/text_position.h"
#include "core/utf8.h"

namespace hw::schema {

using nlohmann::json;

struct JsonSchema::Impl {
  json root;
  std::string id;
  std::map<std::string, std::regex> patterns;  // by source text
  // "$ref" value -> target schema and its location ("#/$defs/id").
  std::map<std::string, std::pair<const json*, std::string>> refs;
};

namespace {

const std::set<std::string>& unsupportedKeywords() {
  static const std::set<std::string> names = {
      "dependentRequired", "dependentSchemas", "unevaluatedItems",
      "$dynamicRef",    "$dynamicAnchor",   "$recursiveRef",         "$recursiveAnchor",
      "$anchor",        "dependencies",     "additionalItems",       "contentSchema"};
  return names;
}

const std::set<std::string>& typeNames() {
  static const std::set<std::string> names = {"null",   "boolean", "object", "array",
                                              "number", "string",  "integer"};
  return names;
}

std::size_t countCodePoints(const std::string& text) {
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < text.size(); ++count) decodeUtf8(text, pos);
  return count;
}

// Decodes a "#/a~1b/%25" fragment into pointer tokens.
bool splitFragment(const std::string& ref, std::vector<std::string>& tokens) {
  if (ref.empty() || ref[0] != '#') return false;
  std::string fragment;
  for (std::size_t i = 1; i < ref.size(); ++i) {
    if (ref[i] == '%' && i + 2 < ref.size() && std::isxdigit(static_cast<unsigned char>(ref[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(ref[i + 2]))) {
      fragment += static_cast<char>(std::stoi(ref.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      fragment += ref[i];
    }
  }
  if (fragment.empty()) return true;
  if (fragment[0] != '/') return false;
  std::size_t pos = 1;
  while (true) {
    const std::size_t end = std::min(fragment.find('/', pos), fragment.size());
    std::string token;
    for (std::size_t i = pos; i < end; ++i) {
      if (fragment[i] == '~' && i + 1 < end && (fragment[i + 1] == '0' || fragment[i + 1] == '1')) {
        token += fragment[++i] == '1' ? '/' : '~';
      } else {
        token += fragment[i];
      }
    }
    tokens.push_back(std::move(token));
    if (end == fragment.size()) return true;
    pos = end + 1;
  }
}

const json* resolveTokens(const json& root, const std::vector<std::string>& tokens) {
  const json* node = &root;
  for (const std::string& token : tokens) {
    if (node->is_object()) {
      const auto it = node->find(token);
      if (it == node->end()) return nullptr;
      node = &*it;
    } else if (node->is_array()) {
      if (token.empty() || token.size() > 9 ||
          token.find_first_not_of("0123456789") != std::string::npos)
        return nullptr;
      const std::size_t index = std::stoul(token);
      if (index >= node->size()) return nullptr;
      node = &(*node)[index];
    } else {
      return nullptr;
    }
  }
  return node;
}

std::string canonicalPath(const std::vector<std::string>& tokens) {
  std::string path = "#";
  for (const std::string& token : tokens) path += "/" + escapePointerToken(token);
  return path;
}

// Checks that every keyword we implement has a value of the right shape, so
// that validation can rely on it; compiles patterns and resolves $refs.
class SchemaChecker {
 public:
  explicit SchemaChecker(JsonSchema::Impl& impl) : m_impl(impl) {}

  bool check(const json& node, const std::string& path, int depth) {
    if (depth > 64) return fail(path, "is nested too deeply");
    if (node.is_boolean()) return true;
    if (!node.is_object()) return fail(path, "a schema must be an object or a boolean");
    for (const auto& item : node.items()) {
      const std::string& key = item.key();
      const json& value = item.value();
      const std::string at = path + "/" + escapePointerToken(key);
      if (unsupportedKeywords().count(key))
        return fail(at, "the keyword \"" + key + "\" is not supported by this validator");
      if (key == "$id" && depth > 0) return fail(at, "\"$id\" is only supported at the top level");
      if (!checkKeyword(key, value, at, depth)) return false;
    }
    return true;
  }

  const std::string& error() const { return m_error; }

 private:
  bool fail(const std::string& path, const std::string& message) {
    if (m_error.empty()) m_error = path + ": " + message;
    return false;
  }

  bool schemaMap(const json& value, const std::string& at, int depth) {
    if (!value.is_object()) return fail(at, "must be an object of schemas");
    for (const auto& item : value.items())
      if (!check(item.value(), at + "/" + escapePointerToken(item.key()), depth + 1)) return false;
    return true;
  }

  bool schemaList(const json& value, const std::string& at, int depth) {
    if (!value.is_array() || value.empty()) return fail(at, "must be a non-empty array of schemas");
    for (std::size_t i = 0; i < value.size(); ++i)
      if (!check(value[i], at + "/" + std::to_string(i), depth + 1)) return false;
    return true;
  }

  bool pattern(const std::string& source, const std::string& at) {
    if (m_impl.patterns.count(source)) return true;
    std::string error;
    std::optional<std::regex> compiled = compilePattern(source, error);
    if (!compiled) return fail(at, "the pattern \"" + source + "\" " + error);
    m_impl.patterns.emplace(source, std::move(*compiled));
    return true;
  }

  bool checkKeyword(const std::string& key, const json& value, const std::string& at, int depth) {
    if (key == "type") {
      const auto known = [](const json& name) {
        return name.is_string() && typeNames().count(name.get<std::string>()) > 0;
      };
      if (known(value)) return true;
      if (value.is_array() && !value.empty() && std::all_of(value.begin(), value.end(), known))
        return true;
      return fail(at, "must be a type name or an array of type names");
    }
    if (key == "enum") return value.is_array() ? true : fail(at, "must be an array");
    if (key == "required") {
      if (value.is_array() &&
          std::all_of(value.begin(), value.end(), [](const json& v) { return v.is_string(); }))
        return true;
      return fail(at, "must be an array of property names");
    }
    if (key == "properties" || key == "$defs" || key == "definitions")
      return schemaMap(value, at, depth);
    if (key == "patternProperties") {
      if (!value.is_object()) return fail(at, "must be an object of schemas");
      for (const auto& item : value.items())
        if (!pattern(item.key(), at)) return false;
      return schemaMap(value, at, depth);
    }
    if (key == "additionalProperties" || key == "not" || key == "if" || key == "then" ||
        key == "else" || key == "propertyNames" || key == "contains" ||
        key == "unevaluatedProperties")
      return check(value, at, depth + 1);
    if (key == "items") {
      if (value.is_array()) return fail(at, "must be one schema (use prefixItems for tuples)");
      return check(value, at, depth + 1);
    }
    if (key == "prefixItems" || key == "allOf" || key == "anyOf" || key == "oneOf")
      return schemaList(value, at, depth);
    if (key == "minItems" || key == "maxItems" || key == "minLength" || key == "maxLength" ||
        key == "minProperties" || key == "maxProperties" || key == "minContains" ||
        key == "maxContains") {
      const bool ok = (value.is_number_unsigned()) ||
                      (value.is_number_integer() && value.get<long long>() >= 0);
      return ok ? true : fail(at, "must be a non-negative integer");
    }
    if (key == "uniqueItems") return value.is_boolean() ? true : fail(at, "must be true or false");
    if (key == "pattern") {
      if (!value.is_string()) return fail(at, "must be a string");
      return pattern(value.get<std::string>(), at);
    }
    if (key == "minimum" || key == "maximum" || key == "exclusiveMinimum" ||
        key == "exclusiveMaximum")
      return value.is_number() ? true : fail(at, "must be a number");
    if (key == "multipleOf")
      return value.is_number() && value.get<double>() > 0 ? true
                                                          : fail(at, "must be a number above 0");
    if (key == "format") return value.is_string() ? true : fail(at, "must be a string");
    if (key == "$ref") return ref(value, at);
    return true;  // annotations and unknown words: ignored
  }

  bool ref(const json& value, const std::string& at) {
    if (!value.is_string()) return fail(at, "must be a string");
    const std::string& target = value.get_ref<const std::string&>();
    if (m_impl.refs.count(target)) return true;
    std::vector<std::string> tokens;
    if (!splitFragment(target, tokens))
      return fail(at, "\"" + target + "\" is not supported: only references inside this schema (\"#/$defs/...\")");
    const json* node = resolveTokens(m_impl.root, tokens);
    if (!node) return fail(at, "\"" + target + "\" names nothing in this schema");
    m_impl.refs.emplace(target, std::make_pair(node, canonicalPath(tokens)));
    return true;
  }

  JsonSchema::Impl& m_impl;
  std::string m_error;
};

const char* instanceTypeName(const json& value) {
  switch (value.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "object";
    case json::value_t::array: return "array";
    case json::value_t::string: return "string";
    case json::value_t::boolean: return "boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "number";
    default: return "unsupported value";
  }
}

std::string article(const std::string& typeName) {
  if (typeName == "null") return "null";
  const bool vowel = typeName[0] == 'a' || typeName[0] == 'i' || typeName[0] == 'o';
  return (vowel ? "an " : "a ") + typeName;
}

bool isInteger(const json& value) {
  if (value.is_number_integer()) return true;
  if (!value.is_number_float()) return false;
  const double number = value.get<double>();
  return std::isfinite(number) && std::floor(number) == number;
}

bool hasType(const json& value, const std::string& type) {
  if (type == "integer") return isInteger(value);
  if (type == "number") return value.is_number();
  return type == instanceTypeName(value);
}

// A value as quoted in a message: short, on one line.
std::string quote(const json& value) {
  std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
  if (countCodePoints(text) > 60) {
    std::size_t pos = 0;
    for (int i = 0; i < 57 && pos < text.size(); ++i) decodeUtf8(text, pos);
    text = text.substr(0, pos) + "...";
  }
  return text;
}

std::string firstSentence(const json& schema) {
  if (!schema.is_object()) return {};
  const auto it = schema.find("description");
  if (it == schema.end() || !it->is_string()) return {};
  const std::string& text = it->get_ref<const std::string&>();
  const std::size_t end = text.find(". ");
  return end == std::string::npos ? text : text.substr(0, end + 1);
}

// Edit distance with adjacent swaps (optimal string alignment), ASCII case
// folded: "titel" -> "title" is 1.
std::size_t editDistance(const std::string& a, const std::string& b) {
  const auto fold = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = fold(a[i - 1]) == fold(b[j - 1]) ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && fold(a[i - 1]) == fold(b[j - 2]) && fold(a[i - 2]) == fold(b[j - 1]))
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

class Walker {
 public:
  Walker(const JsonSchema::Impl& impl, const ValidationLimits& limits)
      : m_impl(impl), m_limits(limits) {}

  bool stopped() const { return m_stopped; }

  // True when `value` matches `schema`. Findings go to `out`; with a null
  // `out` only the answer matters and the walk stops at the first failure.
  bool check(const json& schema, const std::string& path, const json& value,
             const std::string& pointer, std::vector<SchemaFinding>* out, int depth) {
    if (m_stopped) return true;
    if (++m_steps > m_limits.maxSteps || depth > m_limits.maxDepth) {
      m_stopped = true;
      return true;
    }
    if (schema.is_boolean()) {
      if (schema.get<bool>()) return true;
      return report(out, pointer, "false", path, "no value is allowed here");
    }
    Node node{schema, path, value, pointer, out, depth};
    bool ok = true;
    // Each step reports its own findings; without `out`, stop at the first.
    const auto step = [&](bool passed) {
      if (!passed) ok = false;
      return !passed && out == nullptr;
    };
    if (schema.contains("$ref") && step(checkRef(node))) return false;
    const bool typeOk = checkType(node);
    if (step(typeOk)) return false;
    if (typeOk) {  // a wrong type already says everything about const/enum
      if (step(checkConst(node))) return false;
      if (step(checkEnum(node))) return false;
    }
    if (value.is_string() && step(checkString(node))) return false;
    if (value.is_number() && step(checkNumber(node))) return false;
    if (value.is_object() && step(checkObject(node))) return false;
    if (value.is_array() && step(checkArray(node))) return false;
    if (step(checkCombinators(node))) return false;
    if (value.is_object() && schema.contains("unevaluatedProperties") && step(checkUnevaluated(node)))
      return false;
    return ok;
  }

  // Findings of one branch evaluated on its own.
  std::vector<SchemaFinding> branch(const json& schema, const std::string& path, const json& value,
                                    const std::string& pointer, int depth, bool& valid) {
    std::vector<SchemaFinding> findings;
    valid = check(schema, path, value, pointer, &findings, depth);
    return findings;
  }

 private:
  struct Node {
    const json& schema;
    const std::string& path;
    const json& value;
    const std::string& pointer;
    std::vector<SchemaFinding>* out;
    int depth;
  };

  bool report(std::vector<SchemaFinding>* out, const std::string& pointer, const std::string& keyword,
              const std::string& path, std::string message, std::string hint = {}) {
    if (out && out->size() < m_limits.maxFindings)
      out->push_back({pointer, std::move(message), keyword, path, std::move(hint)});
    else if (out)
      m_truncated = true;
    return false;
  }

  bool fail(const Node& n, const std::string& keyword, std::string message, std::string hint = {}) {
    if (hint.empty()) hint = firstSentence(n.schema);
    return report(n.out, n.pointer, keyword, n.path + "/" + keyword, std::move(message), std::move(hint));
  }

  bool checkRef(const Node& n) {
    const auto it = m_impl.refs.find(n.schema.at("$ref").get<std::string>());
    return check(*it->second.first, it->second.second, n.value, n.pointer, n.out, n.depth + 1);
  }

  bool checkType(const Node& n) {
    const auto it = n.schema.find("type");
    if (it == n.schema.end()) return true;
    std::vector<std::string> allowed;
    if (it->is_string()) allowed.push_back(it->get<std::string>());
    else
      for (const json& name : *it) allowed.push_back(name.get<std::string>());
    for (const std::string& type : allowed)
      if (hasType(n.value, type)) return true;
    std::string expected;
    for (std::size_t i = 0; i < allowed.size(); ++i) {
      if (i > 0) expected += i + 1 == allowed.size() ? " or " : ", ";
      expected += article(allowed[i]);
    }
    std::string got = instanceTypeName(n.value);
    if (n.value.is_number() && allowed == std::vector<std::string>{"integer"}) got += " " + quote(n.value);
    return fail(n, "type", "expected " + expected + ", got " + got);
  }

  bool checkConst(const Node& n) {
    const auto it = n.schema.find("const");
    if (it == n.schema.end() || *it == n.value) return true;
    return fail(n, "const", "must be " + quote(*it) + ", got " + quote(n.value));
  }

  bool checkEnum(const Node& n) {
    const auto it = n.schema.find("enum");
    if (it == n.schema.end()) return true;
    for (const json& choice : *it)
      if (choice == n.value) return true;
    // A misspelled name ("dayz_late") is worth naming outright.
    if (n.value.is_string()) {
      std::string guess;
      std::size_t best = 3;
      for (const json& choice : *it)
        if (choice.is_string()) {
          const std::size_t distance = editDistance(n.value.get<std::string>(), choice.get<std::string>());
          if (distance < best) {
            best = distance;
            guess = choice.get<std::string>();
          }
        }
      if (!guess.empty())
        return fail(n, "enum", quote(n.value) + " is not allowed here (did you mean \"" + guess + "\"?)");
    }
    std::string choices;
    for (std::size_t i = 0; i < it->size() && i < 12; ++i) choices += (i ? ", " : "") + quote((*it)[i]);
    if (it->size() > 12) choices += ", ...";
    return fail(n, "enum", "must be one of " + choices + "; got " + quote(n.value));
  }

  std::optional<std::size_t> unsignedKeyword(const json& schema, const char* key) {
    const auto it = schema.find(key);
    if (it == schema.end()) return std::nullopt;
    return it->get<std::size_t>();
  }

  bool checkString(const Node& n) {
    const std::string& text = n.value.get_ref<const std::string&>();
    bool ok = true;
    const auto minLength = unsignedKeyword(n.schema, "minLength");
    const auto maxLength = unsignedKeyword(n.schema, "maxLength");
    if (minLength || maxLength) {
      const std::size_t length = countCodePoints(text);
      if (minLength && length < *minLength) {
        ok = fail(n, "minLength", length == 0 && *minLength == 1
                                      ? std::string("must not be empty")
                                      : "must be at least " + std::to_string(*minLength) +
                                            " characters long, is " + std::to_string(length));
        if (!n.out) return false;
      }
      if (maxLength && length > *maxLength) {
        ok = fail(n, "maxLength", "must be at most " + std::to_string(*maxLength) +
                                      " characters long, is " + std::to_string(length));
        if (!n.out) return false;
      }
    }
    const auto pattern = n.schema.find("pattern");
    if (pattern != n.schema.end()) {
      const std::string& source = pattern->get_ref<const std::string&>();
      if (text.size() > m_limits.maxPatternInput) {
        ok = fail(n, "pattern", "is too long to check against the pattern " + source + " (" +
                                    std::to_string(text.size()) + " bytes; the limit is " +
                                    std::to_string(m_limits.maxPatternInput) + ")");
      } else if (!std::regex_search(text, m_impl.patterns.at(source))) {
        ok = fail(n, "pattern", quote(n.value) + " does not match the pattern " + source);
      }
      if (!ok && !n.out) return false;
    }
    const auto format = n.schema.find("format");
    if (format != n.schema.end()) {
      const std::string& name = format->get_ref<const std::string&>();
      if (name == "date-time" && !isDateTime(text))
        ok = fail(n, "format", quote(n.value) + " is not a date-time",
                  "write an ISO 8601 date and time with an offset, for example 2024-05-01T12:30:00Z");
      else if (name == "uri" && !isHttpUri(text))
        ok = fail(n, "format", quote(n.value) + " is not an http(s) URL",
                  "write a full address starting with https://");
    }
    return ok;
  }

  bool checkNumber(const Node& n) {
    const double number = n.value.get<double>();
    bool ok = true;
    const auto bound = [&](const char* key, bool (*passes)(double, double), const char* words) {
      const auto it = n.schema.find(key);
      if (it == n.schema.end() || passes(number, it->get<double>())) return true;
      ok = fail(n, key, std::string("must be ") + words + " " + quote(*it) + ", got " + quote(n.value));
      return !!n.out;
    };
    if (!bound("minimum", [](double v, double b) { return v >= b; }, "at least")) return false;
    if (!bound("maximum", [](double v, double b) { return v <= b; }, "at most")) return false;
    if (!bound("exclusiveMinimum", [](double v, double b) { return v > b; }, "greater than")) return false;
    if (!bound("exclusiveMaximum", [](double v, double b) { return v < b; }, "less than")) return false;
    const auto multiple = n.schema.find("multipleOf");
    if (multiple != n.schema.end()) {
      bool passes = false;
      if (n.value.is_number_integer() && multiple->is_number_integer()) {
        passes = n.value.get<long long>() % multiple->get<long long>() == 0;
      } else {
        const double quotient = number / multiple->get<double>();
        passes = std::isfinite(quotient) && std::fabs(quotient - std::round(quotient)) < 1e-9;
      }
      if (!passes) ok = fail(n, "multipleOf", "must be a multiple of " + quote(*multiple) + ", got " + quote(n.value));
    }
    return ok;
  }

  std::string suggestion(const json& properties, const std::string& name, const json& object) {
    std::string best;
    std::size_t bestDistance = name.size() <= 4 ? 2 : 3;
    for (const auto& item : properties.items()) {
      if (object.contains(item.key())) continue;
      const std::size_t distance = editDistance(name, item.key());
      if (distance < bestDistance) {
        bestDistance = distance;
        best = item.key();
      }
    }
    return best;
  }

  bool checkObject(const Node& n) {
    bool ok = true;
    const json& object = n.value;
    const auto required = n.schema.find("required");
    const auto properties = n.schema.find("properties");
    // A missing property that an unexpected one is a typo of is reported
    // once, as the typo ("titel" -> did you mean "title"?).
    std::set<std::string> misspelled;
    const auto additional = n.schema.find("additionalProperties");
    const bool closed = additional != n.schema.end() && additional->is_boolean() && !additional->get<bool>();
    if (closed && n.out && properties != n.schema.end() && !n.schema.contains("patternProperties"))
      for (const auto& item : object.items())
        if (!properties->contains(item.key())) misspelled.insert(suggestion(*properties, item.key(), object));
    if (required != n.schema.end())
      for (const json& name : *required) {
        const std::string& key = name.get_ref<const std::string&>();
        if (object.contains(key)) continue;
        if (misspelled.count(key)) {
          ok = false;  // the typo's finding below says it
          continue;
        }
        std::string hint;
        if (properties != n.schema.end() && properties->contains(key)) {
          const json* described = &properties->at(key);
          if (described->is_object() && !described->contains("description") && described->contains("$ref"))
            described = m_impl.refs.at(described->at("$ref").get<std::string>()).first;
          hint = firstSentence(*described);
        }
        ok = report(n.out, n.pointer, "required", n.path + "/required",
                    "missing required property \"" + key + "\"", hint);
        if (!n.out) return false;
      }
    const auto minProperties = unsignedKeyword(n.schema, "minProperties");
    if (minProperties && object.size() < *minProperties) {
      ok = fail(n, "minProperties", "must have at least " + std::to_string(*minProperties) +
                                        " properties, has " + std::to_string(object.size()));
      if (!n.out) return false;
    }
    const auto maxProperties = unsignedKeyword(n.schema, "maxProperties");
    if (maxProperties && object.size() > *maxProperties) {
      ok = fail(n, "maxProperties", "must have at most " + std::to_string(*maxProperties) +
                                        " properties, has " + std::to_string(object.size()));
      if (!n.out) return false;
    }
    if (const auto names = n.schema.find("propertyNames"); names != n.schema.end())
      for (const auto& item : object.items()) {
        std::vector<SchemaFinding> nameFindings;
        if (check(*names, n.path + "/propertyNames", json(item.key()), n.pointer, n.out ? &nameFindings : nullptr,
                  n.depth + 1))
          continue;
        ok = report(n.out, n.pointer + "/" + escapePointerToken(item.key()), "propertyNames",
                    n.path + "/propertyNames",
                    "the name \"" + item.key() + "\" is not allowed" +
                        (nameFindings.empty() ? std::string() : ": " + nameFindings.front().message));
        if (!n.out) return false;
      }
    const auto patternProperties = n.schema.find("patternProperties");
    for (const auto& item : object.items()) {
      const std::string& key = item.key();
      const std::string childPointer = n.pointer + "/" + escapePointerToken(key);
      bool matched = false;
      if (properties != n.schema.end() && properties->contains(key)) {
        matched = true;
        if (!check(properties->at(key), n.path + "/properties/" + escapePointerToken(key),
                   item.value(), childPointer, n.out, n.depth + 1)) {
          ok = false;
          if (!n.out) return false;
        }
      }
      if (patternProperties != n.schema.end())
        for (const auto& pattern : patternProperties->items()) {
          if (key.size() > m_limits.maxPatternInput ||
              !std::regex_search(key, m_impl.patterns.at(pattern.key())))
            continue;
          matched = true;
          if (!check(pattern.value(), n.path + "/patternProperties/" + escapePointerToken(pattern.key()),
                     item.value(), childPointer, n.out, n.depth + 1)) {
            ok = false;
            if (!n.out) return false;
          }
        }
      if (matched || additional == n.schema.end()) continue;
      if (additional->is_boolean() && !additional->get<bool>()) {
        std::string message = "unexpected property \"" + key + "\"";
        std::string hint;
        if (properties != n.schema.end()) {
          const std::string guess = suggestion(*properties, key, object);
          if (!guess.empty()) message += " (did you mean \"" + guess + "\"?)";
          for (const auto& allowed : properties->items())
            hint += (hint.empty() ? "allowed here: " : ", ") + allowed.key();
        }
        ok = report(n.out, childPointer, "additionalProperties", n.path + "/additionalProperties",
                    message, hint);
        if (!n.out) return false;
      } else if (!check(*additional, n.path + "/additionalProperties", item.value(), childPointer,
                        n.out, n.depth + 1)) {
        ok = false;
        if (!n.out) return false;
      }
    }
    return ok;
  }

  // The property names this schema and the subschemas that apply to `value`
  // look at: what "unevaluatedProperties" leaves alone.
  void collectEvaluated(const json& schema, const json& value, int depth, std::set<std::string>& keys) {
    if (!schema.is_object() || depth > m_limits.maxDepth || m_stopped) return;
    const auto all = [&] { for (const auto& item : value.items()) keys.insert(item.key()); };
    if (schema.contains("additionalProperties") || schema.contains("unevaluatedProperties")) return all();
    if (const auto properties = schema.find("properties"); properties != schema.end())
      for (const auto& item : properties->items())
        if (value.contains(item.key())) keys.insert(item.key());
    if (const auto patterns = schema.find("patternProperties"); patterns != schema.end())
      for (const auto& item : value.items())
        for (const auto& pattern : patterns->items())
          if (item.key().size() <= m_limits.maxPatternInput &&
              std::regex_search(item.key(), m_impl.patterns.at(pattern.key())))
            keys.insert(item.key());
    if (const auto ref = schema.find("$ref"); ref != schema.end())
      collectEvaluated(*m_impl.refs.at(ref->get<std::string>()).first, value, depth + 1, keys);
    if (const auto allOf = schema.find("allOf"); allOf != schema.end())
      for (const json& sub : *allOf) collectEvaluated(sub, value, depth + 1, keys);
    for (const char* keyword : {"anyOf", "oneOf"})
      if (const auto list = schema.find(keyword); list != schema.end())
        for (const json& sub : *list)
          if (check(sub, "#", value, "", nullptr, depth + 1)) collectEvaluated(sub, value, depth + 1, keys);
    if (const auto ifSchema = schema.find("if"); ifSchema != schema.end()) {
      const bool holds = check(*ifSchema, "#", value, "", nullptr, depth + 1);
      if (holds) collectEvaluated(*ifSchema, value, depth + 1, keys);
      if (const auto next = schema.find(holds ? "then" : "else"); next != schema.end())
        collectEvaluated(*next, value, depth + 1, keys);
    }
  }

  bool checkUnevaluated(const Node& n) {
    const json& rule = n.schema.at("unevaluatedProperties");
    json withoutRule = n.schema;
    withoutRule.erase("unevaluatedProperties");
    std::set<std::string> evaluated;
    collectEvaluated(withoutRule, n.value, n.depth, evaluated);
    bool ok = true;
    for (const auto& item : n.value.items()) {
      if (evaluated.count(item.key())) continue;
      const std::string childPointer = n.pointer + "/" + escapePointerToken(item.key());
      if (rule.is_boolean() && !rule.get<bool>()) {
        std::string message = "unexpected property \"" + item.key() + "\"";
        if (evaluated.size() < n.value.size()) {
          std::vector<std::string> known(evaluated.begin(), evaluated.end());
          std::string guess;
          std::size_t best = 3;
          for (const std::string& name : allPropertyNames(withoutRule, n.depth)) {
            const std::size_t distance = editDistance(item.key(), name);
            if (distance < best && !n.value.contains(name)) {
              best = distance;
              guess = name;
            }
          }
          if (!guess.empty()) message += " (did you mean \"" + guess + "\"?)";
        }
        ok = report(n.out, childPointer, "unevaluatedProperties", n.path + "/unevaluatedProperties", message);
      } else if (!check(rule, n.path + "/unevaluatedProperties", item.value(), childPointer, n.out, n.depth + 1)) {
        ok = false;
      }
      if (!ok && !n.out) return false;
    }
    return ok;
  }

  // Every name any "properties" in this schema or its subschemas declares.
  std::vector<std::string> allPropertyNames(const json& schema, int depth) {
    std::vector<std::string> names;
    if (!schema.is_object() || depth > m_limits.maxDepth) return names;
    if (const auto properties = schema.find("properties"); properties != schema.end())
      for (const auto& item : properties->items()) names.push_back(item.key());
    for (const char* keyword : {"allOf", "anyOf", "oneOf"})
      if (const auto list = schema.find(keyword); list != schema.end())
        for (const json& sub : *list)
          for (std::string& name : allPropertyNames(sub, depth + 1)) names.push_back(std::move(name));
    for (const char* keyword : {"then", "else"})
      if (const auto sub = schema.find(keyword); sub != schema.end())
        for (std::string& name : allPropertyNames(*sub, depth + 1)) names.push_back(std::move(name));
    if (const auto ref = schema.find("$ref"); ref != schema.end())
      for (std::string& name : allPropertyNames(*m_impl.refs.at(ref->get<std::string>()).first, depth + 1))
        names.push_back(std::move(name));
    return names;
  }

  bool checkArray(const Node& n) {
    bool ok = true;
    const json& array = n.value;
    const auto minItems = unsignedKeyword(n.schema, "minItems");
    if (minItems && array.size() < *minItems) {
      ok = fail(n, "minItems", array.empty() && *minItems == 1
                                   ? std::string("must not be empty")
                                   : "must have at least " + std::to_string(*minItems) +
                                         " items, has " + std::to_string(array.size()));
      if (!n.out) return false;
    }
    const auto maxItems = unsignedKeyword(n.schema, "maxItems");
    if (maxItems && array.size() > *maxItems) {
      ok = fail(n, "maxItems", "must have at most " + std::to_string(*maxItems) + " items, has " +
                                   std::to_string(array.size()));
      if (!n.out) return false;
    }
    const auto unique = n.schema.find("uniqueItems");
    if (unique != n.schema.end() && unique->get<bool>() && array.size() > 1) {
      // Sorting keeps this O(n log n) on huge arrays; equal values end up
      // adjacent with the first occurrence first.
      std::vector<std::size_t> order(array.size());
      std::iota(order.begin(), order.end(), 0);
      std::stable_sort(order.begin(), order.end(),
                       [&](std::size_t a, std::size_t b) { return array[a] < array[b]; });
      std::vector<std::pair<std::size_t, std::size_t>> duplicates;  // (index, first index)
      for (std::size_t i = 1, first = order[0]; i < order.size(); ++i) {
        if (array[order[i]] == array[order[i - 1]]) duplicates.emplace_back(order[i], first);
        else first = order[i];
      }
      std::sort(duplicates.begin(), duplicates.end());
      for (const auto& [index, first] : duplicates) {
        ok = report(n.out, n.pointer + "/" + std::to_string(index), "uniqueItems",
                    n.path + "/uniqueItems",
                    quote(array[index]) + " is a duplicate of item " + std::to_string(first) +
                        "; items must be unique");
        if (!n.out) return false;
      }
    }
    std::size_t prefix = 0;
    const auto prefixItems = n.schema.find("prefixItems");
    if (prefixItems != n.schema.end()) {
      prefix = std::min(prefixItems->size(), array.size());
      for (std::size_t i = 0; i < prefix; ++i)
        if (!check((*prefixItems)[i], n.path + "/prefixItems/" + std::to_string(i), array[i],
                   n.pointer + "/" + std::to_string(i), n.out, n.depth + 1)) {
          ok = false;
          if (!n.out) return false;
        }
    }
    const auto items = n.schema.find("items");
    if (items != n.schema.end())
      for (std::size_t i = prefix; i < array.size() && !m_stopped; ++i)
        if (!check(*items, n.path + "/items", array[i], n.pointer + "/" + std::to_string(i), n.out,
                   n.depth + 1)) {
          ok = false;
          if (!n.out) return false;
        }
    if (const auto contains = n.schema.find("contains"); contains != n.schema.end()) {
      std::size_t matching = 0;
      for (std::size_t i = 0; i < array.size() && !m_stopped; ++i)
        if (check(*contains, n.path + "/contains", array[i], n.pointer + "/" + std::to_string(i), nullptr,
                  n.depth + 1))
          ++matching;
      const std::size_t atLeast = unsignedKeyword(n.schema, "minContains").value_or(1);
      const auto atMost = unsignedKeyword(n.schema, "maxContains");
      if (matching < atLeast) {
        ok = fail(n, "contains", "must contain at least " + std::to_string(atLeast) +
                                     " item(s) matching " + n.path + "/contains, has " + std::to_string(matching));
        if (!n.out) return false;
      }
      if (atMost && matching > *atMost) {
        ok = fail(n, "maxContains", "must contain at most " + std::to_string(*atMost) +
                                        " item(s) matching " + n.path + "/contains, has " + std::to_string(matching));
        if (!n.out) return false;
      }
    }
    return ok;
  }

  // A branch that failed only because the value has another type (or is not
  // the constant it names) was not meant for this value.
  static bool onlyTypeMismatch(const std::vector<SchemaFinding>& findings, const std::string& pointer) {
    // Likewise a branch that misses a property it requires of this very
    // value: the property that names the branch ({"all": ...} vs {"fact": ...}).
    for (const SchemaFinding& finding : findings)
      if (finding.pointer == pointer && finding.keyword == "required") return true;
    return findings.size() == 1 && findings[0].pointer == pointer &&
           (findings[0].keyword == "type" || findings[0].keyword == "const" ||
            findings[0].keyword == "enum" || findings[0].keyword == "false");
  }

  bool checkAlternatives(const Node& n, const char* keyword, bool exactlyOne) {
    const json& list = n.schema.at(keyword);
    std::vector<std::vector<SchemaFinding>> failures;
    std::vector<std::size_t> matches;
    for (std::size_t i = 0; i < list.size(); ++i) {
      bool valid = false;
      const std::string path = n.path + "/" + keyword + "/" + std::to_string(i);
      if (n.out) failures.push_back(branch(list[i], path, n.value, n.pointer, n.depth + 1, valid));
      else valid = check(list[i], path, n.value, n.pointer, nullptr, n.depth + 1);
      if (valid) {
        matches.push_back(i);
        if (!exactlyOne) return true;
        if (!n.out && matches.size() > 1) return false;
      }
    }
    if (exactlyOne && matches.size() > 1)
      return fail(n, keyword, "matches more than one of the allowed forms (" +
                                  std::to_string(matches[0]) + " and " + std::to_string(matches[1]) +
                                  "); it must match exactly one");
    if (!matches.empty()) return true;
    if (!n.out) return false;
    const std::vector<SchemaFinding>* meant = nullptr;
    std::size_t candidates = 0;
    for (const auto& findings : failures)
      if (!onlyTypeMismatch(findings, n.pointer)) {
        meant = &findings;
        ++candidates;
      }
    if (candidates == 1) {
      for (const SchemaFinding& finding : *meant)
        report(n.out, finding.pointer, finding.keyword, finding.schemaPath, finding.message, finding.hint);
      return false;
    }
    return fail(n, keyword, "does not match any of the " + std::to_string(list.size()) + " allowed forms");
  }

  bool checkCombinators(const Node& n) {
    bool ok = true;
    const auto allOf = n.schema.find("allOf");
    if (allOf != n.schema.end())
      for (std::size_t i = 0; i < allOf->size(); ++i)
        if (!check((*allOf)[i], n.path + "/allOf/" + std::to_string(i), n.value, n.pointer, n.out,
                   n.depth + 1)) {
          ok = false;
          if (!n.out) return false;
        }
    if (n.schema.contains("anyOf") && !checkAlternatives(n, "anyOf", false)) {
      ok = false;
      if (!n.out) return false;
    }
    if (n.schema.contains("oneOf") && !checkAlternatives(n, "oneOf", true)) {
      ok = false;
      if (!n.out) return false;
    }
    const auto notSchema = n.schema.find("not");
    if (notSchema != n.schema.end() &&
        check(*notSchema, n.path + "/not", n.value, n.pointer, nullptr, n.depth + 1)) {
      ok = fail(n, "not", "is not allowed here (it matches the schema at " + n.path + "/not)");
      if (!n.out) return false;
    }
    const auto ifSchema = n.schema.find("if");
    if (ifSchema != n.schema.end()) {
      const bool condition = check(*ifSchema, n.path + "/if", n.value, n.pointer, nullptr, n.depth + 1);
      const char* branchKey = condition ? "then" : "else";
      const auto next = n.schema.find(branchKey);
      if (next != n.schema.end() &&
          !check(*next, n.path + "/" + branchKey, n.value, n.pointer, n.out, n.depth + 1))
        ok = false;
    }
    return ok;
  }

  const JsonSchema::Impl& m_impl;
  const ValidationLimits& m_limits;
  std::size_t m_steps = 0;
  bool m_stopped = false;
  bool m_truncated = false;

 public:
  bool truncated() const { return m_truncated; }
};

}  // namespace

JsonSchema::JsonSchema(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
JsonSchema::~JsonSchema() = default;

std::shared_ptr<const JsonSchema> JsonSchema::compile(const json& schema, std::string& error) {
  auto impl = std::make_unique<Impl>();
  impl->root = schema;  // owned: refs and patterns point into this copy
  SchemaChecker checker(*impl);
  if (!checker.check(impl->root, "#", 0)) {
    error = checker.error();
    return nullptr;
  }
  if (impl->root.is_object()) {
    const auto id = impl->root.find("$id");
    if (id != impl->root.end() && id->is_string()) impl->id = id->get<std::string>();
  }
  error.clear();
  return std::make_shared<const JsonSchema>(std::move(impl));
}

ValidationResult JsonSchema::validate(const json& instance, const ValidationLimits& limits) const {
  ValidationResult result;
  Walker walker(*m_impl, limits);
  walker.check(m_impl->root, "#", instance, "", &result.findings, 0);
  result.complete = !walker.stopped() && !walker.truncated();
  return result;
}

const std::string& JsonSchema::id() const { return m_impl->id; }
const json& JsonSchema::document() const { return m_impl->root; }

}  // namespace hw::schema
