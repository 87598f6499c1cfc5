#include "core/context/locale_format.h"

#include <cmath>

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

std::string formatDay(std::int64_t unixSeconds, std::int64_t nowUnix, int offsetMinutes,
                      std::string_view locale, bool asAdverb) {
  const bool zh = isChineseLocale(locale);
  const std::int64_t day = localDay(unixSeconds, offsetMinutes);
  const std::int64_t today = localDay(nowUnix, offsetMinutes);
  if (day == today) return zh ? "今天" : "today";
  if (day == today - 1) return zh ? "昨天" : "yesterday";
  if (day == today + 1) return zh ? "明天" : "tomorrow";
  const CivilDate date = civilFromDays(day);
  const bool sameYear = date.year == civilFromDays(today).year;
  if (zh) {
    std::string out = sameYear ? "" : std::to_string(date.year) + "年";
    return out + std::to_string(date.month) + "月" + std::to_string(date.day) + "日";
  }
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::string out = std::string(asAdverb ? "on " : "") + kMonths[date.month - 1] + " " +
                    std::to_string(date.day);
  if (!sameYear) out += ", " + std::to_string(date.year);
  return out;
}

std::string formatMoney(const Money& money, std::string_view locale) {
  (void)locale;  // symbol placement is the same in en and zh-CN
  const char* symbol = nullptr;
  if (money.currency == "USD") symbol = "$";
  else if (money.currency == "EUR") symbol = "€";
  else if (money.currency == "GBP") symbol = "£";
  else if (money.currency == "CNY" || money.currency == "JPY") symbol = "¥";
  // Written by hand: printf's float formatting would add kilobytes to the
  // panel's download for one number per card.
  const bool wholeUnits = money.currency == "JPY";
  const double scaled = std::fabs(money.amount) * (wholeUnits ? 1.0 : 100.0);
  const long long units = scaled < 9e15 ? std::llround(scaled) : 0;
  std::string amount = std::to_string(wholeUnits ? units : units / 100);
  if (!wholeUnits) {
    const long long cents = units % 100;
    amount += (cents < 10 ? ".0" : ".") + std::to_string(cents);
  }
  if (money.amount < 0 && units != 0) amount.insert(0, "-");
  if (symbol) return std::string(symbol) + amount;
  return amount + " " + money.currency;
}

std::string formatDayCount(std::int64_t days, std::string_view locale) {
  if (isChineseLocale(locale)) return std::to_string(days) + " 天";
  return std::to_string(days) + (days == 1 ? " day" : " days");
}

std::string formatItemSummary(const Order& order, std::string_view locale) {
  if (order.items.empty()) return isChineseLocale(locale) ? "您的商品" : "your items";
  const std::string& first = order.items.front().name;
  const std::size_t others = order.items.size() - 1;
  if (others == 0) return first;
  if (isChineseLocale(locale)) return first + " 等 " + std::to_string(order.items.size()) + " 件商品";
  return first + " and " + std::to_string(others) + " more";
}

std::string formatOrderStatus(std::string_view status, std::string_view locale) {
  struct Label { const char* id; const char* en; const char* zh; };
  static constexpr Label kLabels[] = {
      {"pending", "Pending", "待处理"},       {"processing", "Processing", "备货中"},
      {"shipped", "Shipped", "已发货"},       {"delivered", "Delivered", "已送达"},
      {"cancelled", "Cancelled", "已取消"},   {"returned", "Returned", "已退货"},
  };
  for (const Label& label : kLabels)
    if (status == label.id) return isChineseLocale(locale) ? label.zh : label.en;
  return std::string(status);
}

}  // namespace hw
