// The first screen's cards for the demo shoppers, with the sample rules and
// knowledge base, at the shoppers' reference time; then priorities, limits
// and actions that cannot work.
#include <catch_amalgamated.hpp>

#include <map>

#include "core/knowledge_base.h"
#include "core/rules/suggestions.h"
#include "test_files.h"

using nlohmann::json;

namespace {

struct Fixture {
  hw::RuleSet rules;
  hw::KnowledgeBase kbEn;
  json shoppers;
  hw::Clock clock;

  Fixture() {
    auto loadedRules = hw::loadRules(hw::test::readRepoFile("assets/rules/rules.json"), "rules.json");
    REQUIRE(loadedRules.ok());
    rules = loadedRules.value;
    auto kb = hw::loadKnowledgeBase(hw::test::readRepoFile("assets/kb/en.json"), "en.json");
    REQUIRE(kb.ok());
    kbEn = kb.value;
    shoppers = json::parse(hw::test::readRepoFile("web/demo/shoppers.json"));
    clock.nowUnix = hw::parseIsoTime(shoppers["reference_now"].get<std::string>())->unixSeconds;
  }

  hw::ShopperContext contextOf(const std::string& id) const {
    for (const json& shopper : shoppers["shoppers"])
      if (shopper["id"] == id) {
        if (shopper["context"].is_null()) return {};
        auto parsed = hw::parseShopperContext(shopper["context"]);
        REQUIRE(parsed.issues.empty());
        return parsed.context;
      }
    FAIL("no shopper " << id);
    return {};
  }

  hw::Suggestions suggest(const std::string& id, const char* locale = "en") const {
    return hw::suggestFor(rules, contextOf(id), clock, locale, &kbEn);
  }
};

std::vector<std::string> ruleIds(const hw::Suggestions& suggestions) {
  std::vector<std::string> ids;
  for (const auto& card : suggestions.cards) ids.push_back(card.ruleId);
  return ids;
}

std::vector<std::string> actionIds(const hw::SuggestionCard& card) {
  std::vector<std::string> ids;
  for (const auto& action : card.actions) ids.push_back(action.id);
  return ids;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("Each demo shopper gets the cards that fit their orders", "[suggestions]") {
  Fixture f;
  const std::map<std::string, Ids> expected = {
      {"guest", {}},
      {"new-customer", {}},
      {"processing", {"order-processing"}},
      {"on-time", {"shipped-on-time"}},
      {"late", {"parcel-late"}},
      {"delivered", {"delivered-recently"}},
      {"refund", {"refund-pending"}},
      {"payment-failed", {"payment-failed", "shipped-on-time"}},
  };
  REQUIRE(f.shoppers["shoppers"].size() == expected.size());
  for (const auto& [shopper, rules] : expected) {
    CAPTURE(shopper);
    CHECK(ruleIds(f.suggest(shopper)) == rules);
    CHECK(ruleIds(f.suggest(shopper, "zh-CN")) == rules);
  }
}

TEST_CASE("The late parcel card says how late and offers what helps", "[suggestions]") {
  Fixture f;
  const auto suggestions = f.suggest("late");
  REQUIRE(suggestions.cards.size() == 1);
  const auto& card = suggestions.cards.front();
  CHECK(card.orderId == "NW-20211");
  CHECK(card.tone == hw::CardTone::Warning);
  CHECK(card.title == "Your parcel is late");
  CHECK(card.status == "NW-20211 \u00b7 Shipped");
  CHECK(card.text ==
        "Order NW-20211 (Trail daypack 28L and 1 more) is 4 days later than expected. We're sorry.");
  CHECK(actionIds(card) == Ids{"track", "report-delivery", "delivery-times"});
  CHECK(card.actions[0].url == "https://www.dhl.com/track?id=JD014600006281234567");
  CHECK(card.actions[1].formId == "delivery-problem");
  CHECK(card.actions[1].articleId == "late-delivery");
  CHECK(card.actions[1].prefill == std::vector<std::pair<std::string, std::string>>{{"order_id", "NW-20211"}});
  CHECK(card.actions[2].articleId == "delivery-times");
  CHECK(suggestions.boosts.articleBoosts.at("late-delivery") >
        suggestions.boosts.articleBoosts.at("delivery-times"));
  const auto zh = f.suggest("late", "zh-CN");
  CHECK(zh.cards.front().text == "订单 NW-20211（Trail daypack 28L 及另外 1 件商品）比预计晚了 4 天，非常抱歉。");
  CHECK(zh.cards.front().actions[0].label == "查看物流");
}

TEST_CASE("Text alternatives skip sentences with missing values", "[suggestions]") {
  Fixture f;
  const auto onTime = f.suggest("on-time").cards.front();
  CHECK(onTime.text == "Two-person dome tent shipped with UPS on Nov 21 and should arrive on Nov 25.");
  // Grace's second order has no carrier name: the fallback sentence is used.
  const auto grace = f.suggest("payment-failed").cards;
  REQUIRE(grace.size() == 2);
  CHECK(grace[1].text == "Merino hiking socks shipped on Nov 21 and is on its way to you.");
  CHECK(grace[0].title == "Payment for NW-20422 didn't go through");
  CHECK(grace[0].text == "Your order for Cedar herb planter is on hold until the payment of $64.00 succeeds.");
}

TEST_CASE("Actions that cannot work are left out", "[suggestions]") {
  Fixture f;
  hw::ShopperContext context = f.contextOf("on-time");
  context.orders.front().shipment->trackingUrl.clear();
  auto cards = hw::suggestFor(f.rules, context, f.clock, "en", &f.kbEn).cards;
  REQUIRE(cards.size() == 1);
  CHECK(actionIds(cards.front()) == Ids{"change-address", "delivery-times"});
  hw::KnowledgeBase withoutArticle = f.kbEn;
  withoutArticle.articles.erase(std::remove_if(withoutArticle.articles.begin(), withoutArticle.articles.end(),
                                               [](const hw::Article& a) { return a.id == "delivery-times"; }),
                                withoutArticle.articles.end());
  cards = hw::suggestFor(f.rules, context, f.clock, "en", &withoutArticle).cards;
  CHECK(actionIds(cards.front()) == Ids{"change-address"});
}

TEST_CASE("One card per order, highest priority first, at most max_cards", "[suggestions]") {
  Fixture f;
  hw::ShopperContext context = f.contextOf("payment-failed");
  // The failed-payment order is also "processing": only its best rule shows.
  context.orders.front().status = "processing";
  auto cards = hw::suggestFor(f.rules, context, f.clock, "en", &f.kbEn).cards;
  CHECK(ruleIds({cards, {}}) == Ids{"payment-failed", "shipped-on-time"});
  // Three matching orders, two cards.
  context.orders.push_back(f.contextOf("late").orders.front());
  cards = hw::suggestFor(f.rules, context, f.clock, "en", &f.kbEn).cards;
  CHECK(ruleIds({cards, {}}) == Ids{"payment-failed", "parcel-late"});
  f.rules.maxCards = 3;
  cards = hw::suggestFor(f.rules, context, f.clock, "en", &f.kbEn).cards;
  CHECK(ruleIds({cards, {}}) == Ids{"payment-failed", "parcel-late", "shipped-on-time"});
}

TEST_CASE("Time moves cards: a parcel becomes late, a return window closes", "[suggestions]") {
  Fixture f;
  hw::Clock earlier = f.clock;
  earlier.nowUnix -= 5 * 86400;  // Nov 18: before the Nov 19 ETA
  CHECK(ruleIds(hw::suggestFor(f.rules, f.contextOf("late"), earlier, "en", &f.kbEn)) ==
        Ids{"shipped-on-time"});
  hw::Clock later = f.clock;
  later.nowUnix += 40 * 86400;
  CHECK(ruleIds(hw::suggestFor(f.rules, f.contextOf("delivered"), later, "en", &f.kbEn)).empty());
}
