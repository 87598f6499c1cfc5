#include "core/forms/field_validation.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>

#include "core/forms/text_length.h"
#include "core/ui_strings.h"

namespace hw {

using nlohmann::json;

namespace {

// Built-in caps so that a form without limits still bounds what a ticket
// carries.
constexpr std::size_t kShortTextMax = 200;
constexpr std::size_t kLongTextMax = 5000;
constexpr std::size_t kEmailMax = 254;
constexpr std::size_t kIdMax = 64;

std::string trimmed(const std::string& text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  const std::size_t last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::string formatNumber(double value) {
  if (std::fabs(value - std::round(value)) < 1e-9 && std::fabs(value) < 1e15)
    return std::to_string(static_cast<long long>(std::llround(value)));
  std::string text = std::to_string(value);
  while (!text.empty() && text.back() == '0') text.pop_back();
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text;
}

std::string formatBytes(std::size_t bytes) {
  if (bytes >= 1024u * 1024u && bytes % (1024u * 1024u) == 0) return std::to_string(bytes / (1024u * 1024u)) + " MB";
  if (bytes >= 1024u * 1024u) return formatNumber(std::round(bytes / 1048576.0 * 10) / 10) + " MB";
  if (bytes >= 1024u) return std::to_string(bytes / 1024u) + " KB";
  return std::to_string(bytes) + " B";
}

// "image/jpeg" -> "JPEG"; "image/*" -> "images"; used in messages.
std::string typeLabel(const std::string& mime) {
  const std::size_t slash = mime.find('/');
  std::string sub = slash == std::string::npos ? mime : mime.substr(slash + 1);
  if (sub == "*") return mime.substr(0, slash);
  if (sub == "vnd.openxmlformats-officedocument.wordprocessingml.document") return "DOCX";
  std::string upper;
  for (char c : sub) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return upper;
}

bool acceptsType(const std::vector<std::string>& accept, const std::string& type) {
  std::string lower;
  for (char c : type) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::any_of(accept.begin(), accept.end(), [&](const std::string& pattern) {
    if (pattern.size() >= 2 && pattern.compare(pattern.size() - 2, 2, "/*") == 0)
      return lower.compare(0, pattern.size() - 1, pattern, 0, pattern.size() - 1) == 0;
    return lower == pattern;
  });
}

bool isValidEmail(const std::string& text) {
  if (text.size() > kEmailMax) return false;
  const std::size_t at = text.find('@');
  if (at == std::string::npos || at == 0 || at > 64 || text.find('@', at + 1) != std::string::npos)
    return false;
  if (std::any_of(text.begin(), text.end(), [](char c) {
        return static_cast<unsigned char>(c) <= ' ' || c == ',' || c == ';' || c == '<' || c == '>';
      }))
    return false;
  const std::string domain = text.substr(at + 1);
  const std::size_t dot = domain.rfind('.');
  if (dot == std::string::npos || dot == 0 || dot + 3 > domain.size()) return false;
  return domain.find("..") == std::string::npos && domain.front() != '.' &&
         text[at - 1] != '.' && text.front() != '.';
}

bool isValidPhone(const std::string& text) {
  std::size_t digits = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') ++digits;
    else if (c == '+' && i == 0) continue;
    else if (c == ' ' || c == '-' || c == '(' || c == ')' || c == '.') continue;
    else return false;
  }
  return digits >= 5 && digits <= 20;
}

bool parseNumber(const json& value, double& out) {
  if (value.is_number()) {
    out = value.get<double>();
    return std::isfinite(out);
  }
  if (!value.is_string()) return false;
  const std::string text = trimmed(value.get<std::string>());
  if (text.empty() || text.size() > 40) return false;
  // strtod accepts hex, "inf" and "nan"; shoppers type plain decimals.
  if (text.find_first_not_of("0123456789.-+eE") != std::string::npos) return false;
  char* end = nullptr;
  out = std::strtod(text.c_str(), &end);
  return end == text.c_str() + text.size() && std::isfinite(out);
}

struct Issue {
  FieldRule rule;
  const std::string* defaultMessage;
  std::vector<std::pair<std::string, std::string>> values;
};

class FieldChecker {
 public:
  FieldChecker(const FormField& field, const FormMessages& messages, const ValidationContext& context)
      : m_field(field), m_msg(messages), m_ctx(context) {}

  std::optional<Issue> check(const json& value) {
    if (isEmptyAnswer(value)) {
      if (m_field.required) return issue(FieldRule::Required, m_msg.required);
      return std::nullopt;
    }
    switch (m_field.type) {
      case FieldType::SingleChoice: return checkSingle(value);
      case FieldType::MultipleChoice: return checkMultiple(value);
      case FieldType::ShortText: return checkText(value, kShortTextMax);
      case FieldType::LongText: return checkText(value, kLongTextMax);
      case FieldType::Email: return checkEmail(value);
      case FieldType::Phone: return checkPhone(value);
      case FieldType::Number: return checkNumber(value);
      case FieldType::Date: return checkDate(value);
      case FieldType::Order: return checkOrder(value);
      case FieldType::Item: return checkItem(value);
      case FieldType::Attachment: return checkAttachments(value);
    }
    return std::nullopt;
  }

 private:
  static Issue issue(FieldRule rule, const std::string& message,
                     std::vector<std::pair<std::string, std::string>> values = {}) {
    return Issue{rule, &message, std::move(values)};
  }

  std::optional<Issue> checkSingle(const json& value) {
    if (!value.is_string() || !m_field.findOption(value.get<std::string>()))
      return issue(FieldRule::Option, m_msg.option);
    return std::nullopt;
  }

  std::optional<Issue> checkMultiple(const json& value) {
    if (!value.is_array()) return issue(FieldRule::Option, m_msg.option);
    std::set<std::string> seen;
    for (const json& choice : value)
      if (!choice.is_string() || !m_field.findOption(choice.get<std::string>()) ||
          !seen.insert(choice.get<std::string>()).second)
        return issue(FieldRule::Option, m_msg.option);
    if (m_field.minLength && value.size() < *m_field.minLength)
      return issue(FieldRule::MinLength, m_msg.minChoices, {{"min", std::to_string(*m_field.minLength)}});
    if (m_field.maxLength && value.size() > *m_field.maxLength)
      return issue(FieldRule::MaxLength, m_msg.maxChoices, {{"max", std::to_string(*m_field.maxLength)}});
    return std::nullopt;
  }

  std::optional<Issue> checkLength(const std::string& text, std::size_t builtInMax) {
    const std::size_t length = countVisibleCharacters(text);
    if (m_field.minLength && length < *m_field.minLength)
      return issue(FieldRule::MinLength, m_msg.minLength, {{"min", std::to_string(*m_field.minLength)}});
    const std::size_t max = m_field.maxLength ? std::min(*m_field.maxLength, builtInMax) : builtInMax;
    if (length > max) return issue(FieldRule::MaxLength, m_msg.maxLength, {{"max", std::to_string(max)}});
    return std::nullopt;
  }

  std::optional<Issue> checkPattern(const std::string& text) {
    if (m_field.compiledPattern && !m_field.compiledPattern->matches(text))
      return issue(FieldRule::Pattern, m_msg.pattern);
    return std::nullopt;
  }

  std::optional<Issue> checkText(const json& value, std::size_t builtInMax) {
    if (!value.is_string()) return issue(FieldRule::Format, m_msg.pattern);
    const std::string text = value.get<std::string>();
    if (auto problem = checkLength(text, builtInMax)) return problem;
    return checkPattern(trimmed(text));
  }

  std::optional<Issue> checkEmail(const json& value) {
    if (!value.is_string() || !isValidEmail(trimmed(value.get<std::string>())))
      return issue(FieldRule::Format, m_msg.email);
    return checkPattern(trimmed(value.get<std::string>()));
  }

  std::optional<Issue> checkPhone(const json& value) {
    if (!value.is_string() || !isValidPhone(trimmed(value.get<std::string>())))
      return issue(FieldRule::Format, m_msg.phone);
    return checkPattern(trimmed(value.get<std::string>()));
  }

  std::optional<Issue> checkNumber(const json& value) {
    double number = 0;
    if (!parseNumber(value, number)) return issue(FieldRule::Format, m_msg.number);
    if (m_field.minNumber && number < *m_field.minNumber)
      return issue(FieldRule::Min, m_msg.minNumber, {{"min", formatNumber(*m_field.minNumber)}});
    if (m_field.maxNumber && number > *m_field.maxNumber)
      return issue(FieldRule::Max, m_msg.maxNumber, {{"max", formatNumber(*m_field.maxNumber)}});
    return std::nullopt;
  }

  // "today" resolves to the shell's date; unknown today = no bound.
  std::string resolveDate(const std::optional<std::string>& bound) const {
    if (!bound) return {};
    if (*bound == "today") return m_ctx.today;
    return *bound;
  }

  std::optional<Issue> checkDate(const json& value) {
    if (!value.is_string() || !isValidDate(value.get<std::string>()))
      return issue(FieldRule::Format, m_msg.date);
    const std::string date = value.get<std::string>();
    // ISO dates of the same shape compare as text.
    const std::string min = resolveDate(m_field.minDate);
    if (!min.empty() && date < min) return issue(FieldRule::Min, m_msg.minDate, {{"min", min}});
    const std::string max = resolveDate(m_field.maxDate);
    if (!max.empty() && date > max) return issue(FieldRule::Max, m_msg.maxDate, {{"max", max}});
    return std::nullopt;
  }

  std::optional<Issue> checkOrder(const json& value) {
    if (!value.is_string() || trimmed(value.get<std::string>()).size() > kIdMax)
      return issue(FieldRule::Format, m_msg.option);
    const std::string id = trimmed(value.get<std::string>());
    if (m_ctx.orders && !m_ctx.orders->empty() && !findOrder(*m_ctx.orders, id))
      return issue(FieldRule::Option, m_msg.option);
    return std::nullopt;
  }

  std::optional<Issue> checkItem(const json& value) {
    if (!value.is_string() || trimmed(value.get<std::string>()).size() > kIdMax)
      return issue(FieldRule::Format, m_msg.option);
    const std::string id = trimmed(value.get<std::string>());
    if (!m_ctx.orders) return std::nullopt;
    const OrderSummary* order = findOrder(*m_ctx.orders, m_ctx.selectedOrder);
    if (!order || order->items.empty()) return std::nullopt;
    const bool listed = std::any_of(order->items.begin(), order->items.end(),
                                    [&](const OrderItemSummary& item) { return item.id == id; });
    if (!listed) return issue(FieldRule::Option, m_msg.option);
    return std::nullopt;
  }

  std::optional<Issue> checkAttachments(const json& value) {
    if (!value.is_array()) return issue(FieldRule::Format, m_msg.attachmentFormat);
    if (value.size() > m_field.maxFiles)
      return issue(FieldRule::MaxFiles, m_msg.maxFiles, {{"max", std::to_string(m_field.maxFiles)}});
    for (const json& file : value) {
      if (!file.is_object() || !file.contains("name") || !file["name"].is_string() ||
          !file.contains("type") || !file["type"].is_string() || !file.contains("size") ||
          !file["size"].is_number() || file["size"].get<double>() < 0)
        return issue(FieldRule::Format, m_msg.attachmentFormat);
      const std::string name = file["name"].get<std::string>();
      if (!acceptsType(m_field.accept, file["type"].get<std::string>()))
        return issue(FieldRule::FileType, m_msg.fileType, {{"name", name}, {"types", acceptedTypes()}});
      if (file["size"].get<double>() > static_cast<double>(m_field.maxBytes))
        return issue(FieldRule::FileSize, m_msg.fileSize, {{"name", name}, {"max", formatBytes(m_field.maxBytes)}});
    }
    return std::nullopt;
  }

  std::string acceptedTypes() const {
    std::string out;
    for (const std::string& type : m_field.accept) {
      if (!out.empty()) out += m_msg.listSeparator;
      out += typeLabel(type);
    }
    return out;
  }

  const FormField& m_field;
  const FormMessages& m_msg;
  const ValidationContext& m_ctx;
};

}  // namespace

bool isEmptyAnswer(const json& value) {
  if (value.is_null()) return true;
  if (value.is_string()) return trimmed(value.get<std::string>()).empty();
  if (value.is_array()) return value.empty();
  return false;
}

bool isValidDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (text[i] < '0' || text[i] > '9') return false;
  const auto number = [&](std::size_t at, std::size_t count) {
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) value = value * 10 + (text[i] - '0');
    return value;
  };
  const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int days = month == 2 && leap ? 29 : kDays[month - 1];
  return day <= days;
}

std::optional<FieldError> checkField(const FormField& field, const json& value,
                                     std::string_view locale, const ValidationContext& context) {
  const FormMessages& messages = formMessagesFor(locale);
  FieldChecker checker(field, messages, context);
  std::optional<Issue> found = checker.check(value);
  if (!found) return std::nullopt;
  const auto custom = field.messages.find(fieldRuleName(found->rule));
  const std::string& pattern = custom != field.messages.end() ? custom->second : *found->defaultMessage;
  found->values.emplace_back("label", field.label);
  return FieldError{field.id, found->rule, formatString(pattern, found->values)};
}

std::optional<std::string> validateField(const FormField& field, const json& value,
                                         std::string_view locale, const ValidationContext& context) {
  auto error = checkField(field, value, locale, context);
  if (!error) return std::nullopt;
  return std::move(error->message);
}

std::vector<FieldError> validateStep(const FormStep& step, const json& answers,
                                     std::string_view locale, const ValidationContext& context) {
  std::vector<FieldError> errors;
  static const json kNull;
  for (const FormField& field : step.fields) {
    ValidationContext fieldContext = context;
    if (field.type == FieldType::Item && answers.is_object() && answers.contains(field.orderField) &&
        answers[field.orderField].is_string())
      fieldContext.selectedOrder = answers[field.orderField].get<std::string>();
    const json& value = answers.is_object() && answers.contains(field.id) ? answers[field.id] : kNull;
    if (auto error = checkField(field, value, locale, fieldContext)) errors.push_back(std::move(*error));
  }
  return errors;
}

}  // namespace hw
