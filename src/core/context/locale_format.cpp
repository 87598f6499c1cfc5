#include "core/context/locale_format.h"

#include <cmath>

#include "core/i18n/string_catalog.h"
#include "core/ui_strings.h"

namespace hw {

namespace {

struct CivilDate {
  int year;
  unsigned month;
  unsigned day;
};

// Howard Hinnant's civil_from_days, the inverse of daysFromCivil.
CivilDate civilFromDays(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const unsigned dayOfEra = static_cast<unsigned>(days - era * 146097);
  const unsigned yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
  const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
  const unsigned mp = (5 * dayOfYear + 2) / 153;
  const unsigned day = dayOfYear - (153 * mp + 2) / 5 + 1;
  const unsigned month = mp < 10 ? mp + 3 : mp - 9;
  const int year = static_cast<int>(yearOfEra + era * 400) + (month <= 2 ? 1 : 0);
  return {year, month, day};
}

}  // namespace

bool isChineseLocale(std::string_view locale) {
  return locale.substr(0, 2) == "zh";
}

namespace {

// The locale's word or pattern for `key` (English when it has none).
std::string word(std::string_view locale, std::string_view key) {
  return std::string(i18n::builtinStrings().text(locale, key));
}

std::string formatNumberText(std::string digits, std::string_view locale) {
  const std::string group = word(locale, "format.group_separator");
  const std::string minimum = word(locale, "format.min_grouping_digits");
  // Grouping starts once the number has this many digits beyond the first
  // group: "1" gives 1,234; "2" gives 1234 and 12.345 (Spanish usage).
  const std::size_t minGroupDigits = minimum.size() == 1 && minimum[0] >= '1' && minimum[0] <= '9'
                                         ? static_cast<std::size_t>(minimum[0] - '0') : 1;
  if (group.empty() || digits.size() < 3 + minGroupDigits) return digits;
  for (std::size_t at = digits.size(); at > 3; at -= 3) digits.insert(at - 3, group);
  return digits;
}

const char* currencySymbol(std::string_view currency) {
  struct Symbol { const char* code; const char* symbol; };
  static constexpr Symbol kSymbols[] = {
      {"USD", "$"}, {"EUR", "\u20ac"}, {"GBP", "\u00a3"}, {"CNY", "\u00a5"}, {"JPY", "\u00a5"},
  };
  for (const Symbol& entry : kSymbols)
    if (currency == entry.code) return entry.symbol;
  return nullptr;
}

}  // namespace

std::string formatDay(std::int64_t unixSeconds, std::int64_t nowUnix, int offsetMinutes,
                      std::string_view locale, bool asAdverb) {
  const std::int64_t day = localDay(unixSeconds, offsetMinutes);
  const std::int64_t today = localDay(nowUnix, offsetMinutes);
  if (day == today) return word(locale, "format.today");
  if (day == today - 1) return word(locale, "format.yesterday");
  if (day == today + 1) return word(locale, "format.tomorrow");
  const CivilDate date = civilFromDays(day);
  static constexpr const char* kMonthKeys[] = {
      "format.months.jan", "format.months.feb", "format.months.mar", "format.months.apr",
      "format.months.may", "format.months.jun", "format.months.jul", "format.months.aug",
      "format.months.sep", "format.months.oct", "format.months.nov", "format.months.dec"};
  const bool sameYear = date.year == civilFromDays(today).year;
  const std::string text =
      formatString(word(locale, sameYear ? "format.date" : "format.date_with_year"),
                   {{"month", word(locale, kMonthKeys[date.month - 1])},
                    {"day", std::to_string(date.day)},
                    {"year", std::to_string(date.year)}});
  return asAdverb ? formatString(word(locale, "format.on_date"), {{"date", text}}) : text;
}

std::string formatCount(std::int64_t value, std::string_view locale) {
  const std::uint64_t magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  return (value < 0 ? "-" : "") + formatNumberText(std::to_string(magnitude), locale);
}

std::string formatMoney(const Money& money, std::string_view locale) {
  // Written by hand: printf's float formatting would add kilobytes to the
  // panel's download for one number per card.
  const bool wholeUnits = money.currency == "JPY";
  const double scaled = std::fabs(money.amount) * (wholeUnits ? 1.0 : 100.0);
  const long long units = scaled < 9e15 ? std::llround(scaled) : 0;
  std::string amount = formatNumberText(std::to_string(wholeUnits ? units : units / 100), locale);
  if (!wholeUnits) {
    const long long cents = units % 100;
    amount += word(locale, "format.decimal_separator") + (cents < 10 ? "0" : "") + std::to_string(cents);
  }
  if (money.amount < 0 && units != 0) amount.insert(0, "-");
  if (const char* symbol = currencySymbol(money.currency))
    return formatString(word(locale, "format.money"), {{"amount", amount}, {"symbol", symbol}});
  return formatString(word(locale, "format.money_code"), {{"amount", amount}, {"code", money.currency}});
}

std::string formatDayCount(std::int64_t days, std::string_view locale) {
  // One plural rule fits the shipped locales (one for exactly 1); a locale
  // without plurals writes the same text in both keys.
  const char* key = days == 1 || days == -1 ? "format.day_count_one" : "format.day_count_other";
  return formatString(word(locale, key), {{"count", formatCount(days, locale)}});
}

std::string formatItemSummary(const Order& order, std::string_view locale) {
  if (order.items.empty()) return word(locale, "format.items_none");
  const std::string& first = order.items.front().name;
  const std::size_t others = order.items.size() - 1;
  if (others == 0) return first;
  return formatString(word(locale, "format.items_more"),
                      {{"first", first}, {"others", formatCount(static_cast<std::int64_t>(others), locale)}});
}

std::string formatOrderStatus(std::string_view status, std::string_view locale) {
  static constexpr const char* kStatuses[] = {"pending", "processing", "shipped",
                                              "delivered", "cancelled", "returned"};
  for (const char* known : kStatuses)
    if (status == known) return word(locale, std::string("order_status.") + known);
  return std::string(status);
}

}  // namespace hw
