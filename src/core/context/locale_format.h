// Dates, money, counts and durations written the way a shopper in a locale
// reads them ("yesterday", "Nov 14", "11月14日", "€89.50", "4 days").
// Pure C++: the current time is passed in.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/context/shopper_context.h"

namespace hw {

// "today" / "yesterday" / "tomorrow", else a short date ("Nov 14", or
// "Nov 14, 2025" outside the current year), in the shopper's zone.
// `asAdverb` gives "on Nov 14" in English, so "shipped {day}" reads well
// with both "yesterday" and a date.
std::string formatDay(std::int64_t unixSeconds, std::int64_t nowUnix, int offsetMinutes,
                      std::string_view locale, bool asAdverb = false);

std::string formatMoney(const Money& money, std::string_view locale);

// "1 day", "4 days", "4 天".
std::string formatDayCount(std::int64_t days, std::string_view locale);

// "Trail shoes", "Trail shoes and 2 more", "跑鞋等 3 件商品".
std::string formatItemSummary(const Order& order, std::string_view locale);

// "Shipped", "已发货": the order status as a shopper reads it.
std::string formatOrderStatus(std::string_view status, std::string_view locale);

bool isChineseLocale(std::string_view locale);

}  // namespace hw
