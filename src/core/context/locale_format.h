// Dates, money, counts and durations written the way a shopper in a locale
// reads them ("yesterday", "Nov 14", "11月14日", "89,50 €", "4 días").
// The words and patterns are data: the "format" and "order_status" groups of
// assets/strings/<locale>.json, so a new locale needs no code here.
// Pure C++: the current time is passed in.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/context/shopper_context.h"

namespace hw {

// "today" / "yesterday" / "tomorrow", else a short date ("Nov 14", "14 nov",
// or "Nov 14, 2025" outside the current year), in the shopper's zone.
// `asAdverb` gives "on Nov 14" / "el 14 nov", so "shipped {day}" reads well
// with both "yesterday" and a date.
std::string formatDay(std::int64_t unixSeconds, std::int64_t nowUnix, int offsetMinutes,
                      std::string_view locale, bool asAdverb = false);

// "$1,234.50", "89,50 €" (the money's own currency, the locale's
// separators and symbol position), "12 CHF" for a currency without a symbol.
std::string formatMoney(const Money& money, std::string_view locale);

// A whole number with the locale's digit grouping: "12,345", "12.345",
// "1234" in es (which groups from five digits).
std::string formatCount(std::int64_t value, std::string_view locale);

// "1 day", "4 days", "4 días", "4 天".
std::string formatDayCount(std::int64_t days, std::string_view locale);

// "Trail shoes", "Trail shoes and 2 more", "跑鞋 及另外 2 件商品".
std::string formatItemSummary(const Order& order, std::string_view locale);

// "Shipped", "已发货": the order status as a shopper reads it.
std::string formatOrderStatus(std::string_view status, std::string_view locale);

bool isChineseLocale(std::string_view locale);

}  // namespace hw
