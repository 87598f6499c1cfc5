#include "core/forms/form_loader.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

#include "core/closest_name.h"
#include "core/forms/field_validation.h"
#include "core/forms/form_graph_checks.h"
#include "core/forms/form_messages.h"
#include "core/forms/text_length.h"
#include "core/json_document.h"

namespace hw {

using nlohmann::json;

namespace {

bool isValidId(const std::string& id) {
  if (id.empty() || id.size() > 64) return false;
  if (!((id[0] >= 'a' && id[0] <= 'z') || (id[0] >= '0' && id[0] <= '9'))) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

const char* typeName(const json& value) {
  switch (value.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::string: return "a string";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "a number";
    default: return "an unsupported value";
  }
}

std::string inQuotes(const std::string& text) { return "\"" + text + "\""; }

// Properties each field type accepts beyond the common ones; anything else
// is reported, because a misplaced rule would silently do nothing.
std::vector<std::string> typeProperties(FieldType type) {
  switch (type) {
    case FieldType::SingleChoice: return {"options"};
    case FieldType::MultipleChoice: return {"options", "min_length", "max_length"};
    case FieldType::ShortText:
    case FieldType::LongText: return {"min_length", "max_length", "pattern"};
    case FieldType::Email:
    case FieldType::Phone: return {"pattern"};
    case FieldType::Number:
    case FieldType::Date: return {"min", "max"};
    case FieldType::Order: return {};
    case FieldType::Item: return {"order_field"};
    case FieldType::Attachment: return {"accept", "max_files", "max_bytes"};
  }
  return {};
}

const std::vector<std::string> kCommonFieldProperties = {
    "id", "type", "label", "help", "placeholder", "required", "prefill", "messages"};

// Which field types a prefill key may fill.
bool prefillFits(PrefillKey key, FieldType type) {
  if (type == FieldType::ShortText) return true;
  switch (key) {
    case PrefillKey::OrderId: return type == FieldType::Order;
    case PrefillKey::ItemId: return type == FieldType::Item;
    case PrefillKey::Email: return type == FieldType::Email;
    case PrefillKey::Phone: return type == FieldType::Phone;
    default: return false;
  }
}

bool isMimeType(const std::string& text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string::npos || slash == 0 || slash + 1 >= text.size() || text.size() > 100 ||
      text.find('/', slash + 1) != std::string::npos)
    return false;
  const bool allowed = std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/' || c == '-' ||
           c == '.' || c == '+' || c == '*';
  });
  const std::size_t star = text.find('*');
  return allowed && (star == std::string::npos || (star == slash + 1 && star + 1 == text.size()));
}

class FormReader {
 public:
  FormReader(std::string_view text, std::string_view source, const FormLimits& limits,
             std::size_t maxErrors)
      : m_text(text), m_source(source), m_limits(limits), m_maxErrors(maxErrors) {}

  std::vector<ContentError> takeErrors() { return std::move(m_errors); }
  std::size_t errorCount() const { return m_errors.size(); }

  bool fail(const std::string& pointer, std::string message,
            ContentErrorCode code = ContentErrorCode::Schema) {
    ++m_failures;
    if (m_errors.size() < m_maxErrors)
      m_errors.push_back(errorAt(m_text, m_source, pointer, code, std::move(message)));
    return false;
  }

  bool checkVersion(const json& root) {
    if (!root.contains("schema_version"))
      return fail("", "missing required property \"schema_version\" (this widget reads version " +
                          std::to_string(kFormsSchemaVersion) + ")");
    const json& version = root.at("schema_version");
    if (!version.is_number_integer())
      return fail("/schema_version", std::string("must be an integer, not ") + typeName(version));
    if (version.get<long long>() != kFormsSchemaVersion)
      return fail("/schema_version",
                  "version " + version.dump() + " is not supported; this widget reads version " +
                      std::to_string(kFormsSchemaVersion),
                  ContentErrorCode::UnsupportedVersion);
    return true;
  }

  void readRoot(const json& root, FormSet& set) {
    rejectUnknown(root, "", {"$schema", "schema_version", "locale", "forms"});
    readString(root, "", "locale", set.locale, true, 35);
    const json* forms = requireArray(root, "", "forms", m_limits.maxForms);
    if (!forms) return;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < forms->size(); ++i) {
      const std::string at = "/forms/" + std::to_string(i);
      Form form;
      form.sourceIndex = i;
      const std::size_t failuresBefore = m_failures;
      if (!readForm((*forms)[i], at, form)) continue;
      if (!seen.insert(form.id).second) {
        fail(at + "/id", "duplicate form id " + inQuotes(form.id));
        continue;
      }
      // Graph checks on a form that already has errors would mostly repeat
      // them (a dropped step shows up as an unknown goto target).
      if (m_failures == failuresBefore)
        for (const ConditionIssue& issue : checkFormGraph(form)) fail(at + issue.pointer, issue.message);
      set.forms.push_back(std::move(form));
    }
  }

 private:
  void rejectUnknown(const json& object, const std::string& at, const std::vector<std::string>& known) {
    for (const auto& item : object.items())
      if (std::find(known.begin(), known.end(), item.key()) == known.end()) reportUnknown(at, item.key(), known);
  }

  bool reportUnknown(const std::string& at, const std::string& key, const std::vector<std::string>& known) {
    std::string message = "unknown property " + inQuotes(key);
    const std::string hint = closestName(key, known);
    message += hint.empty() ? " (check its spelling)" : " (did you mean " + inQuotes(hint) + "?)";
    return fail(at + "/" + escapePointerToken(key), message);
  }

  bool readString(const json& object, const std::string& at, const char* key, std::string& out,
                  bool required, std::size_t maxChars) {
    if (!object.contains(key)) {
      if (required) return fail(at, std::string("missing required property \"") + key + "\"");
      return true;
    }
    const json& value = object.at(key);
    const std::string here = at + "/" + key;
    if (!value.is_string()) return fail(here, std::string("must be a string, not ") + typeName(value));
    const std::string& text = value.get_ref<const std::string&>();
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) return fail(here, "must not be empty");
    if (countVisibleCharacters(text) > maxChars)
      return fail(here, "is longer than " + std::to_string(maxChars) + " characters");
    out = text;
    return true;
  }

  bool readId(const json& object, const std::string& at, std::string& out) {
    if (!readString(object, at, "id", out, true, 64)) return false;
    if (!isValidId(out))
      return fail(at + "/id", inQuotes(out) + " is not a valid id (use lowercase letters, digits and '-')");
    return true;
  }

  const json* requireArray(const json& object, const std::string& at, const char* key,
                           std::size_t maxItems, bool required = true) {
    if (!object.contains(key)) {
      if (required) fail(at, std::string("missing required property \"") + key + "\"");
      return nullptr;
    }
    const json& value = object.at(key);
    const std::string here = at + "/" + key;
    if (!value.is_array()) {
      fail(here, std::string("must be an array, not ") + typeName(value));
      return nullptr;
    }
    if (value.size() > maxItems) {
      fail(here, "has " + std::to_string(value.size()) + " items; the limit is " + std::to_string(maxItems));
      return nullptr;
    }
    return &value;
  }

  bool requireObject(const json& value, const std::string& at) {
    if (value.is_object()) return true;
    return fail(at, std::string("must be an object, not ") + typeName(value));
  }

  bool readBool(const json& object, const std::string& at, const char* key, bool& out) {
    if (!object.contains(key)) return true;
    const json& value = object.at(key);
    if (!value.is_boolean()) return fail(at + "/" + key, std::string("must be true or false, not ") + typeName(value));
    out = value.get<bool>();
    return true;
  }

  bool readCount(const json& object, const std::string& at, const char* key,
                 std::optional<std::size_t>& out, std::size_t min, std::size_t max) {
    if (!object.contains(key)) return true;
    const json& value = object.at(key);
    const std::string here = at + "/" + key;
    if (!value.is_number_integer())
      return fail(here, std::string("must be a whole number, not ") + typeName(value));
    const long long number = value.get<long long>();
    if (number < static_cast<long long>(min) || number > static_cast<long long>(max))
      return fail(here, "must be between " + std::to_string(min) + " and " + std::to_string(max));
    out = static_cast<std::size_t>(number);
    return true;
  }

  bool readForm(const json& item, const std::string& at, Form& form) {
    if (!requireObject(item, at)) return false;
    rejectUnknown(item, at, {"id", "title", "description", "category", "keywords", "steps"});
    bool ok = readId(item, at, form.id);
    ok = readString(item, at, "title", form.title, true, m_limits.maxTitleChars) && ok;
    ok = readString(item, at, "description", form.description, false, 1000) && ok;
    ok = readString(item, at, "category", form.category, false, 64) && ok;
    ok = readKeywords(item, at, form) && ok;
    const json* steps = requireArray(item, at, "steps", m_limits.maxSteps);
    if (!steps) return false;
    if (steps->empty()) return fail(at + "/steps", "must have at least one step");
    for (std::size_t i = 0; i < steps->size(); ++i) {
      FormStep step;
      step.sourceIndex = i;
      if (readStep((*steps)[i], at + "/steps/" + std::to_string(i), step)) form.steps.push_back(std::move(step));
      else ok = false;
    }
    if (ok) resolveItemOrderFields(form);
    return ok;
  }

  bool readKeywords(const json& item, const std::string& at, Form& form) {
    const json* keywords = requireArray(item, at, "keywords", m_limits.maxKeywords, false);
    if (!keywords) return !item.contains("keywords");
    bool ok = true;
    for (std::size_t i = 0; i < keywords->size(); ++i) {
      const json& keyword = (*keywords)[i];
      const std::string here = at + "/keywords/" + std::to_string(i);
      if (!keyword.is_string() || keyword.get_ref<const std::string&>().find_first_not_of(" \t") == std::string::npos)
        ok = fail(here, "must be a non-empty string");
      else if (countVisibleCharacters(keyword.get_ref<const std::string&>()) > 60)
        ok = fail(here, "is longer than 60 characters");
      else
        form.keywords.push_back(keyword.get<std::string>());
    }
    return ok;
  }

  bool readCondition(const json& value, const std::string& at, Condition& out) {
    std::vector<ConditionIssue> issues;
    // Field ids are checked against the form by the graph checks, which know
    // which fields come before the condition.
    if (parseCondition(value, at, ConditionSyntax{"field", {}}, out, issues)) return true;
    for (ConditionIssue& issue : issues) fail(issue.pointer, std::move(issue.message));
    return false;
  }

  bool readTarget(const json& object, const std::string& at, std::string& out) {
    if (!object.contains("goto")) return true;
    const json& value = object.at("goto");
    if (!value.is_string() || value.get_ref<const std::string&>().empty())
      return fail(at + "/goto", std::string("must be a step id or \"review\", not ") + typeName(value));
    out = value.get<std::string>();
    return true;
  }

  bool readStep(const json& item, const std::string& at, FormStep& step) {
    if (!requireObject(item, at)) return false;
    bool ok = readId(item, at, step.id);
    if (ok && step.id == kReviewStep) ok = fail(at + "/id", "\"review\" is the name of the final check; choose another id");
    std::string kind;
    if (!item.contains("kind")) {
      ok = fail(at, "missing required property \"kind\" (\"questions\" or \"answer\")");
    } else if (!item.at("kind").is_string() ||
               (item.at("kind") != "questions" && item.at("kind") != "answer")) {
      ok = fail(at + "/kind", "must be \"questions\" or \"answer\"");
    } else {
      kind = item.at("kind").get<std::string>();
      step.kind = kind == "answer" ? StepKind::Answer : StepKind::Questions;
    }
    std::vector<std::string> known = {"id", "kind", "title", "description", "when", "next", "goto"};
    if (kind == "answer") known.insert(known.end(), {"article", "text"});
    else known.push_back("fields");
    rejectUnknown(item, at, known);
    ok = readString(item, at, "title", step.title, true, m_limits.maxTitleChars) && ok;
    ok = readString(item, at, "description", step.description, false, m_limits.maxTextChars) && ok;
    if (item.contains("when")) {
      Condition when;
      if (readCondition(item.at("when"), at + "/when", when)) step.when = std::move(when);
      else ok = false;
    }
    ok = readTarget(item, at, step.defaultTarget) && ok;
    ok = readBranches(item, at, step) && ok;
    if (kind == "answer") ok = readAnswer(item, at, step) && ok;
    else if (kind == "questions") ok = readFields(item, at, step) && ok;
    return ok;
  }

  bool readBranches(const json& item, const std::string& at, FormStep& step) {
    const json* next = requireArray(item, at, "next", m_limits.maxBranches, false);
    if (!next) return !item.contains("next");
    bool ok = true;
    for (std::size_t i = 0; i < next->size(); ++i) {
      const json& entry = (*next)[i];
      const std::string here = at + "/next/" + std::to_string(i);
      if (!requireObject(entry, here)) {
        ok = false;
        continue;
      }
      rejectUnknown(entry, here, {"when", "goto"});
      Branch branch;
      branch.sourceIndex = i;
      bool good = true;
      if (!entry.contains("when")) good = fail(here, "missing required property \"when\" (use the step's \"goto\" for the default)");
      else good = readCondition(entry.at("when"), here + "/when", branch.when);
      if (!entry.contains("goto")) good = fail(here, "missing required property \"goto\"") && good;
      else good = readTarget(entry, here, branch.target) && good;
      if (good) step.next.push_back(std::move(branch));
      ok = ok && good;
    }
    return ok;
  }

  bool readAnswer(const json& item, const std::string& at, FormStep& step) {
    const bool hasArticle = item.contains("article"), hasText = item.contains("text");
    if (hasArticle == hasText)
      return fail(at, "an answer step needs exactly one of \"article\" (an article id) or \"text\" (Markdown)");
    if (hasArticle) {
      if (!readString(item, at, "article", step.article, true, 64)) return false;
      if (!isValidId(step.article)) return fail(at + "/article", inQuotes(step.article) + " is not a valid article id");
      return true;
    }
    return readString(item, at, "text", step.text, true, m_limits.maxTextChars);
  }

  bool readFields(const json& item, const std::string& at, FormStep& step) {
    const json* fields = requireArray(item, at, "fields", m_limits.maxFieldsPerStep);
    if (!fields) return false;
    if (fields->empty()) return fail(at + "/fields", "must have at least one field");
    bool ok = true;
    for (std::size_t i = 0; i < fields->size(); ++i) {
      FormField field;
      field.sourceIndex = i;
      if (readField((*fields)[i], at + "/fields/" + std::to_string(i), field)) step.fields.push_back(std::move(field));
      else ok = false;
    }
    return ok;
  }

  bool readField(const json& item, const std::string& at, FormField& field) {
    if (!requireObject(item, at)) return false;
    bool ok = readId(item, at, field.id);
    if (!item.contains("type")) return fail(at, "missing required property \"type\"");
    const json& typeValue = item.at("type");
    const std::optional<FieldType> type =
        typeValue.is_string() ? fieldTypeFromName(typeValue.get<std::string>()) : std::nullopt;
    if (!type) {
      std::string message = "unknown field type";
      if (typeValue.is_string()) {
        message += " " + inQuotes(typeValue.get<std::string>());
        const std::string hint = closestName(typeValue.get<std::string>(), fieldTypeNames());
        if (!hint.empty()) message += " (did you mean " + inQuotes(hint) + "?)";
      }
      return fail(at + "/type", message);
    }
    field.type = *type;
    std::vector<std::string> known = kCommonFieldProperties;
    for (std::string& key : typeProperties(field.type)) known.push_back(std::move(key));
    for (const auto& entry : item.items()) {
      if (std::find(known.begin(), known.end(), entry.key()) != known.end()) continue;
      static const std::vector<std::string> kAnyType = {
          "options", "min_length", "max_length", "pattern", "min", "max", "order_field", "accept",
          "max_files", "max_bytes"};
      if (std::find(kAnyType.begin(), kAnyType.end(), entry.key()) != kAnyType.end())
        ok = fail(at + "/" + entry.key(), inQuotes(entry.key()) + " does not apply to " +
                                              fieldTypeName(field.type) + " fields");
      else
        ok = reportUnknown(at, entry.key(), known);
    }
    ok = readString(item, at, "label", field.label, true, m_limits.maxTitleChars) && ok;
    ok = readString(item, at, "help", field.help, false, 1000) && ok;
    ok = readString(item, at, "placeholder", field.placeholder, false, m_limits.maxTitleChars) && ok;
    ok = readBool(item, at, "required", field.required) && ok;
    ok = readPrefill(item, at, field) && ok;
    ok = readMessages(item, at, field) && ok;
    switch (field.type) {
      case FieldType::SingleChoice:
      case FieldType::MultipleChoice: ok = readOptions(item, at, field) && ok; break;
      case FieldType::Number: ok = readNumberBounds(item, at, field) && ok; break;
      case FieldType::Date: ok = readDateBounds(item, at, field) && ok; break;
      case FieldType::Item: ok = readString(item, at, "order_field", field.orderField, false, 64) && ok; break;
      case FieldType::Attachment: ok = readAttachment(item, at, field) && ok; break;
      default: break;
    }
    if (item.contains("pattern") && ok) ok = readPattern(item, at, field);
    if (field.type == FieldType::MultipleChoice || field.type == FieldType::ShortText ||
        field.type == FieldType::LongText) {
      const std::size_t cap = field.type == FieldType::MultipleChoice ? m_limits.maxOptions
                              : field.type == FieldType::ShortText    ? 200
                                                                      : 5000;
      ok = readCount(item, at, "min_length", field.minLength, 0, cap) && ok;
      ok = readCount(item, at, "max_length", field.maxLength, 1, cap) && ok;
      if (field.minLength && field.maxLength && *field.minLength > *field.maxLength)
        ok = fail(at + "/min_length", "is larger than max_length");
    }
    return ok;
  }

  bool readPrefill(const json& item, const std::string& at, FormField& field) {
    if (!item.contains("prefill")) return true;
    const json& value = item.at("prefill");
    const auto key = value.is_string() ? prefillKeyFromName(value.get<std::string>()) : std::nullopt;
    if (!key) return fail(at + "/prefill", "must be one of \"order_id\", \"item_id\", \"email\", \"name\", \"phone\"");
    if (!prefillFits(*key, field.type))
      return fail(at + "/prefill", std::string("\"") + prefillKeyName(*key) + "\" cannot fill a " +
                                       fieldTypeName(field.type) + " field");
    field.prefill = *key;
    return true;
  }

  bool readMessages(const json& item, const std::string& at, FormField& field) {
    if (!item.contains("messages")) return true;
    const json& messages = item.at("messages");
    const std::string here = at + "/messages";
    if (!requireObject(messages, here)) return false;
    bool ok = true;
    for (const auto& entry : messages.items()) {
      const std::string key = entry.key();
      const std::string keyAt = here + "/" + escapePointerToken(key);
      if (std::find(fieldRuleNames().begin(), fieldRuleNames().end(), key) == fieldRuleNames().end()) {
        std::string message = "unknown rule " + inQuotes(key);
        const std::string hint = closestName(key, fieldRuleNames());
        if (!hint.empty()) message += " (did you mean " + inQuotes(hint) + "?)";
        ok = fail(keyAt, message);
        continue;
      }
      if (!entry.value().is_string() || entry.value().get_ref<const std::string&>().empty()) {
        ok = fail(keyAt, "must be a non-empty string");
        continue;
      }
      field.messages[key] = entry.value().get<std::string>();
    }
    return ok;
  }

  bool readOptions(const json& item, const std::string& at, FormField& field) {
    const json* options = requireArray(item, at, "options", m_limits.maxOptions);
    if (!options) return false;
    if (options->empty()) return fail(at + "/options", "must have at least one option");
    bool ok = true;
    for (std::size_t i = 0; i < options->size(); ++i) {
      const std::string here = at + "/options/" + std::to_string(i);
      const json& entry = (*options)[i];
      if (!requireObject(entry, here)) {
        ok = false;
        continue;
      }
      rejectUnknown(entry, here, {"id", "label"});
      ChoiceOption option;
      bool good = readId(entry, here, option.id);
      good = readString(entry, here, "label", option.label, true, m_limits.maxTitleChars) && good;
      if (good && field.findOption(option.id)) good = fail(here + "/id", "duplicate option id " + inQuotes(option.id));
      if (good) field.options.push_back(std::move(option));
      ok = ok && good;
    }
    return ok;
  }

  bool readNumber(const json& item, const std::string& at, const char* key, std::optional<double>& out) {
    if (!item.contains(key)) return true;
    const json& value = item.at(key);
    if (!value.is_number() || !std::isfinite(value.get<double>()))
      return fail(at + "/" + key, std::string("must be a number, not ") + typeName(value));
    out = value.get<double>();
    return true;
  }

  bool readNumberBounds(const json& item, const std::string& at, FormField& field) {
    bool ok = readNumber(item, at, "min", field.minNumber);
    ok = readNumber(item, at, "max", field.maxNumber) && ok;
    if (ok && field.minNumber && field.maxNumber && *field.minNumber > *field.maxNumber)
      return fail(at + "/min", "is larger than max");
    return ok;
  }

  bool readDate(const json& item, const std::string& at, const char* key, std::optional<std::string>& out) {
    if (!item.contains(key)) return true;
    const json& value = item.at(key);
    if (!value.is_string() || (value != "today" && !isValidDate(value.get<std::string>())))
      return fail(at + "/" + key, "must be a date as \"YYYY-MM-DD\" or \"today\"");
    out = value.get<std::string>();
    return true;
  }

  bool readDateBounds(const json& item, const std::string& at, FormField& field) {
    bool ok = readDate(item, at, "min", field.minDate);
    ok = readDate(item, at, "max", field.maxDate) && ok;
    if (ok && field.minDate && field.maxDate && *field.minDate != "today" &&
        *field.maxDate != "today" && *field.minDate > *field.maxDate)
      return fail(at + "/min", "is later than max");
    return ok;
  }

  bool readAttachment(const json& item, const std::string& at, FormField& field) {
    bool ok = true;
    if (!item.contains("accept")) {
      ok = fail(at, "missing required property \"accept\" (the MIME types allowed, e.g. [\"image/jpeg\", \"image/png\"])");
    } else if (const json* accept = requireArray(item, at, "accept", 30)) {
      if (accept->empty()) ok = fail(at + "/accept", "must list at least one MIME type");
      for (std::size_t i = 0; i < accept->size(); ++i) {
        const json& type = (*accept)[i];
        if (!type.is_string() || !isMimeType(type.get<std::string>()))
          ok = fail(at + "/accept/" + std::to_string(i), "must be a lowercase MIME type such as \"image/png\" or \"image/*\"");
        else
          field.accept.push_back(type.get<std::string>());
      }
    } else {
      ok = false;
    }
    std::optional<std::size_t> count, bytes;
    ok = readCount(item, at, "max_files", count, 1, m_limits.maxFilesPerField) && ok;
    ok = readCount(item, at, "max_bytes", bytes, 1, m_limits.maxBytesPerFile) && ok;
    if (count) field.maxFiles = *count;
    if (bytes) field.maxBytes = *bytes;
    return ok;
  }

  bool readPattern(const json& item, const std::string& at, FormField& field) {
    const json& value = item.at("pattern");
    if (!value.is_string()) return fail(at + "/pattern", std::string("must be a string, not ") + typeName(value));
    std::string error;
    auto compiled = Pattern::compile(value.get<std::string>(), error);
    if (!compiled) return fail(at + "/pattern", "pattern " + error);
    field.pattern = value.get<std::string>();
    field.compiledPattern = std::make_shared<const Pattern>(std::move(*compiled));
    return true;
  }

  // An item field without "order_field" picks from the last order field
  // written before it; the graph checks then make sure it is asked first.
  static void resolveItemOrderFields(Form& form) {
    std::string lastOrder;
    for (FormStep& step : form.steps)
      for (FormField& field : step.fields) {
        if (field.type == FieldType::Order) lastOrder = field.id;
        if (field.type == FieldType::Item && field.orderField.empty()) field.orderField = lastOrder;
      }
  }

  std::string_view m_text;
  std::string_view m_source;
  const FormLimits& m_limits;
  std::size_t m_maxErrors;
  std::size_t m_failures = 0;
  std::vector<ContentError> m_errors;
};

}  // namespace

Loaded<FormSet> loadForms(std::string_view text, std::string_view source, const FormLimits& limits,
                          std::size_t maxErrors) {
  Loaded<FormSet> result;
  JsonLimits jsonLimits;
  jsonLimits.maxBytes = limits.maxBytes;
  Loaded<json> document = parseJsonDocument(text, source, jsonLimits);
  if (!document.ok()) {
    result.errors = std::move(document.errors);
    return result;
  }
  const json& root = document.value;
  FormReader reader(text, source, limits, maxErrors);
  if (!root.is_object()) {
    reader.fail("", std::string("the top level must be an object, not ") + typeName(root));
  } else if (reader.checkVersion(root)) {
    reader.readRoot(root, result.value);
  }
  result.errors = reader.takeErrors();
  return result;
}

std::vector<ContentError> checkFormLinks(const FormSet& forms, const KnowledgeBase& kb,
                                         std::string_view text, std::string_view source) {
  std::vector<ContentError> errors;
  std::vector<std::string> articleIds, categoryIds;
  for (const Article& article : kb.articles) articleIds.push_back(article.id);
  for (const Category& category : kb.categories) categoryIds.push_back(category.id);
  const auto report = [&](std::string pointer, const std::string& what, const std::string& id,
                          const std::vector<std::string>& known) {
    std::string message = "unknown " + what + " " + inQuotes(id);
    const std::string hint = closestName(id, known);
    if (!hint.empty()) message += " (did you mean " + inQuotes(hint) + "?)";
    errors.push_back(errorAt(text, source, std::move(pointer), ContentErrorCode::Schema, message));
  };
  for (const Form& form : forms.forms) {
    const std::string at = "/forms/" + std::to_string(form.sourceIndex);
    if (!form.category.empty() && !kb.findCategory(form.category))
      report(at + "/category", "category", form.category, categoryIds);
    for (const FormStep& step : form.steps)
      if (!step.article.empty() && !kb.findArticle(step.article))
        report(at + "/steps/" + std::to_string(step.sourceIndex) + "/article", "article", step.article, articleIds);
  }
  return errors;
}

}  // namespace hw
