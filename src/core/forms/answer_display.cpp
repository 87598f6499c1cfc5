#include "core/forms/answer_display.h"

#include <cmath>

#include "core/forms/form_messages.h"

namespace hw {

using nlohmann::json;

namespace {

std::string listSeparator(std::string_view locale) {
  // Chinese lists use the enumeration comma.
  return &formMessagesFor(locale) == &formMessagesFor("zh-CN") ? "、" : ", ";
}

std::string plain(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return std::to_string(value.get<long long>());
  if (value.is_number()) {
    std::string text = std::to_string(value.get<double>());
    while (!text.empty() && text.back() == '0') text.pop_back();
    if (!text.empty() && text.back() == '.') text.pop_back();
    return text;
  }
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  return {};
}

}  // namespace

std::string displayAnswer(const FormField& field, const json& value, const std::vector<OrderSummary>& orders,
                          std::string_view selectedOrder, std::string_view locale) {
  const std::string separator = listSeparator(locale);
  switch (field.type) {
    case FieldType::SingleChoice: {
      const ChoiceOption* option = value.is_string() ? field.findOption(value.get<std::string>()) : nullptr;
      return option ? option->label : plain(value);
    }
    case FieldType::MultipleChoice: {
      std::string out;
      if (!value.is_array()) return plain(value);
      for (const json& choice : value) {
        const ChoiceOption* option = choice.is_string() ? field.findOption(choice.get<std::string>()) : nullptr;
        if (!out.empty()) out += separator;
        out += option ? option->label : plain(choice);
      }
      return out;
    }
    case FieldType::Order: {
      const OrderSummary* order = value.is_string() ? findOrder(orders, value.get<std::string>()) : nullptr;
      return order && !order->label.empty() ? order->label : plain(value);
    }
    case FieldType::Item: {
      if (const OrderSummary* order = findOrder(orders, selectedOrder))
        for (const OrderItemSummary& item : order->items)
          if (value.is_string() && item.id == value.get<std::string>() && !item.label.empty()) return item.label;
      return plain(value);
    }
    case FieldType::Attachment: {
      std::string out;
      if (!value.is_array()) return {};
      for (const json& file : value) {
        if (!file.is_object() || !file.contains("name") || !file["name"].is_string()) continue;
        if (!out.empty()) out += separator;
        out += file["name"].get<std::string>();
      }
      return out;
    }
    default: return plain(value);
  }
}

}  // namespace hw
