// Every field type's validation, in English and Chinese, with content's own
// messages overriding the built-in ones.
#include <catch_amalgamated.hpp>

#include "core/forms/field_validation.h"
#include "core/forms/text_length.h"

using namespace hw;
using nlohmann::json;

namespace {

FormField fieldOf(FieldType type, bool required = true) {
  FormField field;
  field.id = "f";
  field.label = "Field";
  field.type = type;
  field.required = required;
  return field;
}

FormField choices(FieldType type) {
  FormField field = fieldOf(type);
  field.options = {{"damaged", "Damaged"}, {"wrong", "Wrong item"}, {"late", "Late"}};
  return field;
}

std::optional<FieldRule> ruleOf(const FormField& field, const json& value,
                                const ValidationContext& context = {}) {
  auto error = checkField(field, value, "en", context);
  if (!error) return std::nullopt;
  return error->rule;
}

FormField withPattern(FormField field, const char* pattern) {
  std::string error;
  auto compiled = Pattern::compile(pattern, error);
  REQUIRE(compiled);
  field.pattern = pattern;
  field.compiledPattern = std::make_shared<const Pattern>(*compiled);
  return field;
}

}  // namespace

TEST_CASE("required fields reject empty answers; optional ones accept them", "[validation]") {
  const FormField required = fieldOf(FieldType::ShortText);
  CHECK(validateField(required, json(), "en") == "Please fill this in.");
  CHECK(validateField(required, "   ", "en") == "Please fill this in.");
  CHECK(validateField(required, json::array(), "en") == "Please fill this in.");
  CHECK(validateField(required, "", "zh-CN") == "请填写此项。");
  const FormField optional = fieldOf(FieldType::ShortText, false);
  CHECK_FALSE(validateField(optional, json(), "en"));
  CHECK_FALSE(validateField(optional, "", "en"));
  CHECK_FALSE(validateField(fieldOf(FieldType::Email, false), "", "en"));
}

TEST_CASE("single and multiple choice accept only offered options", "[validation]") {
  const FormField single = choices(FieldType::SingleChoice);
  CHECK_FALSE(validateField(single, "wrong", "en"));
  CHECK(ruleOf(single, "broken") == FieldRule::Option);
  CHECK(ruleOf(single, 3) == FieldRule::Option);
  CHECK(validateField(single, "x", "zh-CN") == "请从选项中选择一项。");

  FormField multiple = choices(FieldType::MultipleChoice);
  CHECK_FALSE(validateField(multiple, json{"damaged", "late"}, "en"));
  CHECK(ruleOf(multiple, json{"damaged", "nope"}) == FieldRule::Option);
  CHECK(ruleOf(multiple, json{"damaged", "damaged"}) == FieldRule::Option);
  CHECK(ruleOf(multiple, "damaged") == FieldRule::Option);
  multiple.minLength = 2;
  multiple.maxLength = 2;
  CHECK(validateField(multiple, json{"late"}, "en") == "Please choose at least 2.");
  CHECK(validateField(multiple, json{"late", "wrong", "damaged"}, "en") ==
        "Please choose no more than 2.");
}

TEST_CASE("text length counts visible characters: Chinese and emoji count once", "[validation]") {
  CHECK(countVisibleCharacters("abc") == 3);
  CHECK(countVisibleCharacters("退货申请") == 4);
  CHECK(countVisibleCharacters("👍") == 1);
  CHECK(countVisibleCharacters("👍🏽") == 1);                      // skin tone
  CHECK(countVisibleCharacters("👨‍👩‍👧") == 1);                    // ZWJ family
  CHECK(countVisibleCharacters("🇨🇳🇬🇧") == 2);                    // two flags
  CHECK(countVisibleCharacters("e\xCC\x81") == 1);               // e + combining acute
  CHECK(countVisibleCharacters("❤️") == 1);                       // with variation selector
  CHECK(countVisibleCharacters("a\r\nb") == 3);

  FormField text = fieldOf(FieldType::ShortText);
  text.minLength = 5;
  text.maxLength = 10;
  CHECK(validateField(text, "坏了", "zh-CN") == "请至少填写 5 个字。");
  CHECK_FALSE(validateField(text, "商品外包装破损", "zh-CN"));
  CHECK(validateField(text, "商品外包装破损严重无法使用", "zh-CN") == "请不要超过 10 个字。");
  CHECK_FALSE(validateField(text, "👍👍👍👍👍", "en"));
  CHECK(validateField(text, "👍👍👍👍", "en") == "Please write at least 5 characters.");
  CHECK(ruleOf(text, 42) == FieldRule::Format);

  // Built-in caps bound a ticket even when content sets no limit.
  CHECK(ruleOf(fieldOf(FieldType::ShortText), std::string(201, 'a')) == FieldRule::MaxLength);
  CHECK_FALSE(ruleOf(fieldOf(FieldType::LongText), std::string(5000, 'a')));
  CHECK(ruleOf(fieldOf(FieldType::LongText), std::string(5001, 'a')) == FieldRule::MaxLength);
}

TEST_CASE("patterns apply to trimmed text and may carry their own message", "[validation]") {
  FormField field = withPattern(fieldOf(FieldType::ShortText), R"(SO-\d{4,8})");
  CHECK_FALSE(validateField(field, " SO-1042 ", "en"));
  CHECK(validateField(field, "1042", "en") == "This doesn't look right. Please check the format.");
  field.messages["pattern"] = "Order numbers look like SO-1042.";
  CHECK(validateField(field, "1042", "en") == "Order numbers look like SO-1042.");
  field.messages["required"] = "{label} is needed.";
  CHECK(validateField(field, "", "en") == "Field is needed.");
}

TEST_CASE("email and phone formats", "[validation]") {
  const FormField email = fieldOf(FieldType::Email);
  for (const char* good : {"ann@example.com", " a.b+tag@shop.co.uk ", "李@例子.中国"})
    CHECK_FALSE(validateField(email, good, "en"));
  for (const char* bad : {"ann", "ann@", "@example.com", "ann@example", "a@b@c.com",
                          "ann @example.com", "ann@example..com", "ann@.com", "ann@example.c"})
    CHECK(ruleOf(email, bad) == FieldRule::Format);
  CHECK(validateField(email, "x", "zh-CN") == "请输入有效的邮箱地址，例如 name@example.com。");

  const FormField phone = fieldOf(FieldType::Phone);
  for (const char* good : {"+44 20 7946 0958", "138-0013-8000", "(555) 010.0199"})
    CHECK_FALSE(validateField(phone, good, "en"));
  for (const char* bad : {"12", "call me", "44+20 7946", "+1 555 0100 ext 5", "1234567890123456789012"})
    CHECK(ruleOf(phone, bad) == FieldRule::Format);
}

TEST_CASE("numbers: JSON numbers or numeric text, within bounds", "[validation]") {
  FormField number = fieldOf(FieldType::Number);
  number.minNumber = 1;
  number.maxNumber = 99.5;
  CHECK_FALSE(validateField(number, 3, "en"));
  CHECK_FALSE(validateField(number, "12.5", "en"));
  CHECK(validateField(number, 0, "en") == "Please enter 1 or more.");
  CHECK(validateField(number, "100", "en") == "Please enter 99.5 or less.");
  CHECK(validateField(number, "0", "zh-CN") == "请输入不小于 1 的数。");
  for (const char* bad : {"abc", "0x10", "inf", "nan", "1,5", "--1"})
    CHECK(ruleOf(number, bad) == FieldRule::Format);
  CHECK(ruleOf(number, true) == FieldRule::Format);
}

TEST_CASE("dates: real calendar days within bounds; today comes from the shell", "[validation]") {
  CHECK(isValidDate("2024-02-29"));
  CHECK_FALSE(isValidDate("2023-02-29"));
  CHECK_FALSE(isValidDate("2024-13-01"));
  CHECK_FALSE(isValidDate("2024-1-01"));
  CHECK_FALSE(isValidDate("24-01-01"));

  FormField date = fieldOf(FieldType::Date);
  date.minDate = "2024-01-01";
  date.maxDate = "today";
  CHECK(validateField(date, "2023-12-31", "en") == "Please choose a date on or after 2024-01-01.");
  CHECK_FALSE(validateField(date, "2030-01-01", "en"));  // today unknown: no upper bound
  ValidationContext context;
  context.today = "2026-11-23";
  CHECK(ruleOf(date, "2026-11-24", context) == FieldRule::Max);
  CHECK_FALSE(ruleOf(date, "2026-11-23", context));
  CHECK(validateField(date, "2026-11-24", "zh-CN", context) == "请选择 2026-11-23 当天或之前的日期。");
  CHECK(ruleOf(date, "yesterday") == FieldRule::Format);
}

TEST_CASE("orders and items must be the shopper's own when their orders are known", "[validation]") {
  const std::vector<OrderSummary> orders = {
      {"SO-1042", "SO-1042", {{"sku-1", "Blue mug"}, {"sku-2", "Teapot"}}},
      {"SO-1043", "SO-1043", {}},
  };
  ValidationContext context;
  context.orders = &orders;
  const FormField order = fieldOf(FieldType::Order);
  CHECK_FALSE(ruleOf(order, "SO-1042", context));
  CHECK(ruleOf(order, "SO-9999", context) == FieldRule::Option);
  CHECK_FALSE(ruleOf(order, "SO-9999"));  // guest: orders unknown, any id typed is kept

  FormField item = fieldOf(FieldType::Item);
  item.orderField = "order";
  context.selectedOrder = "SO-1042";
  CHECK_FALSE(ruleOf(item, "sku-2", context));
  CHECK(ruleOf(item, "sku-9", context) == FieldRule::Option);
  context.selectedOrder = "SO-1043";  // no items known: free text
  CHECK_FALSE(ruleOf(item, "sku-9", context));

  FormStep step;
  step.fields = {item};
  step.fields[0].id = "item";
  const json answers = {{"order", "SO-1042"}, {"item", "sku-9"}};
  ValidationContext stepContext;
  stepContext.orders = &orders;
  const auto errors = validateStep(step, answers, "en", stepContext);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].fieldId == "item");
  CHECK(errors[0].rule == FieldRule::Option);
}

TEST_CASE("attachments: count, type and size per file", "[validation]") {
  FormField photos = fieldOf(FieldType::Attachment);
  photos.accept = {"image/jpeg", "image/png"};
  photos.maxFiles = 2;
  photos.maxBytes = 5 * 1024 * 1024;
  const json jpeg = {{"name", "box.jpg"}, {"type", "image/jpeg"}, {"size", 1000}};
  const json gif = {{"name", "box.gif"}, {"type", "image/gif"}, {"size", 1000}};
  const json huge = {{"name", "big.png"}, {"type", "IMAGE/PNG"}, {"size", 6 * 1024 * 1024}};
  CHECK_FALSE(validateField(photos, json{jpeg}, "en"));
  CHECK(validateField(photos, json{jpeg, jpeg, jpeg}, "en") == "Please attach no more than 2 files.");
  CHECK(validateField(photos, json{gif}, "en") ==
        "\u201c" "box.gif\u201d can't be attached: please use JPEG/PNG.");
  CHECK(validateField(photos, json{huge}, "en") ==
        "\u201c" "big.png\u201d is too large: the limit is 5 MB per file.");
  CHECK(validateField(photos, json{huge}, "zh-CN") == "\u201c" "big.png\u201d太大了：每个文件不能超过 5 MB。");
  CHECK(ruleOf(photos, json{{{"name", "x"}}}) == FieldRule::Format);
  CHECK(ruleOf(photos, "box.jpg") == FieldRule::Format);
  CHECK(ruleOf(photos, json::array()) == FieldRule::Required);

  photos.accept = {"image/*"};
  CHECK_FALSE(ruleOf(photos, json{gif}));
  CHECK(ruleOf(photos, json{{{"name", "a.pdf"}, {"type", "application/pdf"}, {"size", 1}}}) ==
        FieldRule::FileType);
}
