// A small knowledge base for search tests, built in code.
#pragma once
#include "core/knowledge_base.h"

namespace hw::test {

inline KnowledgeBase searchFixture() {
  KnowledgeBase kb;
  kb.locale = "en";
  kb.categories = {{"orders", "Orders", ""}, {"shipping", "Shipping", ""}, {"returns", "Returns", ""},
                   {"refunds", "Refunds", ""}, {"account", "Account", ""}};
  kb.articles = {
      {"track-order", "Where is my parcel?", "Follow your parcel with the tracking link in the dispatch email.", "orders", {"tracking", "status"}},
      {"delivery-times", "Delivery times", "Standard delivery takes 3 to 5 working days; express arrives the next day.", "shipping", {"shipping", "how long"}},
      {"change-address", "Change the delivery address", "You can change the address until the order is packed.", "shipping", {"address"}},
      {"start-return", "Start a return", "Returns are free within 30 days. Print the label and drop the parcel off.", "returns", {"send back"}},
      {"refund-timing", "When will I get my refund?", "Refunds reach your account 3 to 5 business days after we check the return.", "refunds", {"money back"}},
      {"reset-password", "Reset your password", "Use the forgotten password link on the sign-in page.", "account", {"login"}},
      {"body-only", "Gift wrapping", "Every parcel can be wrapped; the refund policy does not change.", "orders", {}},
      {"zh-return", "退货运费谁承担", "质量问题的退货运费由我们承担，其他情况由您承担。", "returns", {"退货", "运费"}},
      {"zh-track", "快递到哪了", "在我的订单中查看物流信息。", "orders", {"物流", "包裹"}},
  };
  kb.synonyms = {{"parcel", "package", "delivery"}, {"快递", "物流", "配送"}, {"refund", "reimbursement"}};
  kb.intents = {{"track", "Track a parcel", {"track-order", "zh-track"}},
                {"times", "Delivery times", {"delivery-times"}},
                {"address", "Change address", {"change-address"}},
                {"returns", "Return an item", {"start-return"}}};
  kb.popularQueries = {"where is my order", "return an item"};
  return kb;
}

}  // namespace hw::test
