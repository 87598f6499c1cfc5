// "You will need" derived from a form's fields.
#include <catch_amalgamated.hpp>

#include "core/forms/you_will_need.h"
#include "form_fixtures.h"

using namespace hw;

TEST_CASE("you will need lists what the shopper has to look up", "[you-will-need]") {
  const Form& form = test::sampleForm();
  // Order, item and email are prefilled by the shop: only the photos remain.
  CHECK(youWillNeed(form, "en") == std::vector<std::string>{"Photos of the damage (up to 5, JPEG/PNG)"});
  CHECK(youWillNeed(form, "zh-CN") == std::vector<std::string>{"Photos of the damage（最多 5 张，JPEG/PNG）"});
  // A guest: nothing to prefill from.
  CHECK(youWillNeed(form, "en", PrefillValues{}) ==
        std::vector<std::string>{"Your order number", "Photos of the damage (up to 5, JPEG/PNG)", "Your email address"});
  CHECK(youWillNeed(form, "en", PrefillValues{{"order_id", "SO-1"}}) ==
        std::vector<std::string>{"Photos of the damage (up to 5, JPEG/PNG)", "Your email address"});
}

TEST_CASE("you will need: single files, dates and formatted numbers", "[you-will-need]") {
  nlohmann::json doc = test::sampleFormsDocument();
  auto& fields = doc["forms"][0]["steps"][3]["fields"];
  fields.push_back({{"id", "receipt"}, {"type", "attachment"}, {"label", "Your receipt"}, {"accept", {"application/pdf", "image/*"}}});
  fields.push_back({{"id", "delivered"}, {"type", "date"}, {"label", "Delivery date"}, {"required", true}});
  fields.push_back({{"id", "tracking"}, {"type", "short_text"}, {"label", "Tracking number"}, {"required", true}, {"pattern", "[A-Z0-9]{8,20}"}});
  fields.push_back({{"id", "story"}, {"type", "short_text"}, {"label", "Short story"}, {"required", true}});
  const auto loaded = test::loadJson(doc);
  REQUIRE(loaded.ok());
  CHECK(youWillNeed(loaded.value.forms[0], "en") ==
        std::vector<std::string>{"Photos of the damage (up to 5, JPEG/PNG)", "Your receipt (PDF/image)",
                                 "Delivery date", "Tracking number"});
}
