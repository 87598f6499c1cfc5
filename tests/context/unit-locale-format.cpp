// Tests for dates, money, counts and statuses written for each locale.
#include <catch_amalgamated.hpp>

#include "core/context/iso_time.h"
#include "core/context/locale_format.h"

using namespace hw;

namespace {

// Fixture times are written correctly; a typo shows as a wrong date.
std::int64_t at(const char* iso) {
  const auto instant = parseIsoTime(iso);
  return instant ? instant->unixSeconds : 0;
}

// 2026-11-20 10:00 in Madrid (UTC+1).
const std::int64_t kNow = at("2026-11-20T10:00:00+01:00");
constexpr int kMadrid = 60;

Order withItems(std::vector<std::string> names) {
  Order order;
  for (std::string& name : names) order.items.push_back({"", std::move(name), "", 1});
  return order;
}

}  // namespace

TEST_CASE("relative days are words in each locale", "[locale-format]") {
  const std::int64_t yesterday = at("2026-11-19T23:30:00+01:00");
  CHECK(formatDay(yesterday, kNow, kMadrid, "en") == "yesterday");
  CHECK(formatDay(yesterday, kNow, kMadrid, "es") == "ayer");
  CHECK(formatDay(yesterday, kNow, kMadrid, "zh-CN") == "昨天");
  CHECK(formatDay(kNow, kNow, kMadrid, "es-MX") == "hoy");
  CHECK(formatDay(at("2026-11-21T09:00:00+01:00"), kNow, kMadrid, "es") == "mañana");
}

TEST_CASE("the shopper's zone decides which day it was", "[locale-format]") {
  // 23:30 UTC on the 19th is already the 20th in Madrid.
  CHECK(formatDay(at("2026-11-19T23:30:00Z"), kNow, kMadrid, "es") == "hoy");
  CHECK(formatDay(at("2026-11-19T23:30:00Z"), kNow, 0, "es") == "ayer");
}

TEST_CASE("dates follow the locale's order and month names", "[locale-format]") {
  const std::int64_t nov14 = at("2026-11-14T12:00:00+01:00");
  CHECK(formatDay(nov14, kNow, kMadrid, "en") == "Nov 14");
  CHECK(formatDay(nov14, kNow, kMadrid, "en", true) == "on Nov 14");
  CHECK(formatDay(nov14, kNow, kMadrid, "es") == "14 nov");
  CHECK(formatDay(nov14, kNow, kMadrid, "es", true) == "el 14 nov");
  CHECK(formatDay(nov14, kNow, kMadrid, "zh-CN") == "11月14日");
  CHECK(formatDay(nov14, kNow, kMadrid, "zh-CN", true) == "11月14日");
  CHECK(formatDay(at("2026-08-03T12:00:00+01:00"), kNow, kMadrid, "es") == "3 ago");
}

TEST_CASE("a date of another year carries the year", "[locale-format]") {
  const std::int64_t lastYear = at("2025-12-30T12:00:00+01:00");
  CHECK(formatDay(lastYear, kNow, kMadrid, "en") == "Dec 30, 2025");
  CHECK(formatDay(lastYear, kNow, kMadrid, "es") == "30 dic 2025");
  CHECK(formatDay(lastYear, kNow, kMadrid, "zh-CN") == "2025年12月30日");
}

TEST_CASE("money uses its own currency and the locale's separators", "[locale-format]") {
  CHECK(formatMoney({89.5, "EUR"}, "es") == "89,50\u00a0€");
  CHECK(formatMoney({89.5, "EUR"}, "en") == "€89.50");
  CHECK(formatMoney({64, "USD"}, "es") == "64,00\u00a0$");
  CHECK(formatMoney({64, "USD"}, "zh-CN") == "$64.00");
  CHECK(formatMoney({1234.5, "USD"}, "en") == "$1,234.50");
  // Spanish groups from five digits: 1234 but 12.345.
  CHECK(formatMoney({1234.5, "EUR"}, "es") == "1234,50\u00a0€");
  CHECK(formatMoney({12345.5, "EUR"}, "es") == "12.345,50\u00a0€");
  CHECK(formatMoney({1234567, "JPY"}, "en") == "¥1,234,567");
  CHECK(formatMoney({-5.25, "GBP"}, "en") == "£-5.25");
  CHECK(formatMoney({12, "CHF"}, "es") == "12,00 CHF");
  CHECK(formatMoney({0.005, "EUR"}, "es") == "0,01\u00a0€");
}

TEST_CASE("counts are grouped and plural for the locale", "[locale-format]") {
  CHECK(formatDayCount(1, "en") == "1 day");
  CHECK(formatDayCount(4, "en") == "4 days");
  CHECK(formatDayCount(1, "es") == "1 día");
  CHECK(formatDayCount(4, "es") == "4 días");
  CHECK(formatDayCount(4, "zh-CN") == "4 天");
  CHECK(formatCount(12345, "en") == "12,345");
  CHECK(formatCount(12345, "es") == "12.345");
  CHECK(formatCount(1234, "es") == "1234");
  CHECK(formatCount(-1000, "en") == "-1,000");
}

TEST_CASE("item summaries name the first item and count the rest", "[locale-format]") {
  CHECK(formatItemSummary(withItems({"Mochila"}), "es") == "Mochila");
  CHECK(formatItemSummary(withItems({"Mochila", "Taza", "Tetera"}), "es") == "Mochila y 2 más");
  CHECK(formatItemSummary(withItems({"Trail shoes", "Mug"}), "en") == "Trail shoes and 1 more");
  CHECK(formatItemSummary(withItems({}), "es") == "tus artículos");
}

TEST_CASE("order statuses read as words; an unknown one is shown as given", "[locale-format]") {
  CHECK(formatOrderStatus("shipped", "es") == "Enviado");
  CHECK(formatOrderStatus("processing", "es-419") == "En preparación");
  CHECK(formatOrderStatus("delivered", "zh") == "已送达");
  CHECK(formatOrderStatus("returned", "en") == "Returned");
  CHECK(formatOrderStatus("lost_in_space", "es") == "lost_in_space");
}

TEST_CASE("a locale without strings formats as English", "[locale-format]") {
  CHECK(formatDay(at("2026-11-14T12:00:00+01:00"), kNow, kMadrid, "fr", true) == "on Nov 14");
  CHECK(formatMoney({89.5, "EUR"}, "fr") == "€89.50");
}
