#include "core/forms/form_messages.h"

namespace hw {

namespace {

const FormMessages kEnglish{
    "Please fill this in.",
    "Please write at least {min} characters.",
    "Please keep this to {max} characters or fewer.",
    "Please choose at least {min}.",
    "Please choose no more than {max}.",
    "Please enter {min} or more.",
    "Please enter {max} or less.",
    "Please choose a date on or after {min}.",
    "Please choose a date on or before {max}.",
    "This doesn't look right. Please check the format.",
    "Please enter an email address like name@example.com.",
    "Please enter a phone number (digits, with an optional + and country code).",
    "Please enter a number.",
    "Please choose a valid date.",
    "Please choose one of the options.",
    "Please attach no more than {max} files.",
    "\u201c{name}\u201d can't be attached: please use {types}.",
    "\u201c{name}\u201d is too large: the limit is {max} per file.",
    "This attachment could not be read. Please add the file again.",
    "Your order number",
    "The item you are writing about",
    "{label} (up to {count}, {types})",
    "{label} ({types})",
    "Your email address",
    "Your phone number",
    "{label}",
    "/",
    "Did this solve your problem?",
    "Yes, thanks",
    "No, continue",
    "Review your request",
    "Not answered",
};

const FormMessages kSimplifiedChinese{
    "请填写此项。",
    "请至少填写 {min} 个字。",
    "请不要超过 {max} 个字。",
    "请至少选择 {min} 项。",
    "最多只能选择 {max} 项。",
    "请输入不小于 {min} 的数。",
    "请输入不大于 {max} 的数。",
    "请选择 {min} 当天或之后的日期。",
    "请选择 {max} 当天或之前的日期。",
    "格式好像不对，请检查一下。",
    "请输入有效的邮箱地址，例如 name@example.com。",
    "请输入有效的电话号码（数字，可带 + 和国家区号）。",
    "请输入数字。",
    "请选择有效的日期。",
    "请从选项中选择一项。",
    "最多只能上传 {max} 个文件。",
    "无法上传\u201c{name}\u201d：请使用 {types} 格式。",
    "\u201c{name}\u201d太大了：每个文件不能超过 {max}。",
    "附件无法读取，请重新添加文件。",
    "订单号",
    "需要反馈的商品",
    "{label}（最多 {count} 张，{types}）",
    "{label}（{types}）",
    "您的邮箱地址",
    "您的手机号码",
    "{label}",
    "/",
    "这个回答解决您的问题了吗？",
    "已解决，谢谢",
    "没有，继续填写",
    "确认您的申请",
    "未填写",
};

}  // namespace

const char* fieldRuleName(FieldRule rule) {
  switch (rule) {
    case FieldRule::Required: return "required";
    case FieldRule::MinLength: return "min_length";
    case FieldRule::MaxLength: return "max_length";
    case FieldRule::Min: return "min";
    case FieldRule::Max: return "max";
    case FieldRule::Pattern: return "pattern";
    case FieldRule::Format: return "format";
    case FieldRule::Option: return "option";
    case FieldRule::MaxFiles: return "max_files";
    case FieldRule::FileType: return "file_type";
    case FieldRule::FileSize: return "file_size";
  }
  return "format";
}

const std::vector<std::string>& fieldRuleNames() {
  static const std::vector<std::string> names = {
      "required", "min_length", "max_length", "min", "max", "pattern",
      "format", "option", "max_files", "file_type", "file_size"};
  return names;
}

const FormMessages& formMessagesFor(std::string_view locale) {
  if (locale.size() >= 2 && (locale[0] == 'z' || locale[0] == 'Z') &&
      (locale[1] == 'h' || locale[1] == 'H') && (locale.size() == 2 || locale[2] == '-'))
    return kSimplifiedChinese;
  return kEnglish;
}

}  // namespace hw
