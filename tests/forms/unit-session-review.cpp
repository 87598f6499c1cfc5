// Review, editing from review, prefill and submitting.
#include <catch_amalgamated.hpp>

#include "form_fixtures.h"

using namespace hw;
using nlohmann::json;

namespace {

FormSession atReview(const char* locale = "en") {
  SessionOptions options;
  options.locale = locale;
  FormSession session = FormSession::start(test::sampleForm(), {}, test::sampleOrders(), options);
  session.setAnswer("order", "SO-1042");
  session.setAnswer("item", "sku-2");
  session.setAnswer("problem", "damaged");
  session.next();
  session.setAnswer("pictures", json{test::photo("box.jpg"), test::photo("corner.jpg")});
  session.next();
  session.setAnswer("email", " ann@example.com ");
  session.next();
  REQUIRE(session.state() == SessionState::Review);
  return session;
}

}  // namespace

TEST_CASE("review lists every answered question in order with readable values", "[review]") {
  const FormSession session = atReview();
  const auto entries = session.review();
  REQUIRE(entries.size() == 5);
  CHECK(entries[0].label == "Order");
  CHECK(entries[0].value == "SO-1042 · 2 items");
  CHECK(entries[1].value == "Teapot");
  CHECK(entries[2].value == "Damaged");
  CHECK(entries[3].stepId == "photos");
  CHECK(entries[3].value == "box.jpg, corner.jpg");
  CHECK(entries[4].fieldId == "email");  // the optional note was left empty: not listed
  CHECK(atReview("zh-CN").review()[3].value == "box.jpg、corner.jpg");
}

TEST_CASE("editing from review and resuming back to it", "[review]") {
  FormSession session = atReview();
  CHECK(session.editStep("photos"));
  CHECK(session.currentStep()->id == "photos");
  CHECK(session.path() == std::vector<std::string>{"which", "photos"});
  session.setAnswer("pictures", json{test::photo("new.jpg")});
  CHECK(session.resumeToReview().empty());
  CHECK(session.state() == SessionState::Review);
  CHECK(session.review()[3].value == "new.jpg");

  // Resuming stops where a step needs attention.
  session.editStep("which");
  session.setAnswer("email", "");
  const auto errors = session.resumeToReview();
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].fieldId == "email");
  CHECK(session.currentStep()->id == "details");

  CHECK_FALSE(session.editStep("no-such-step"));
  CHECK(session.back());
  CHECK(session.currentStep()->id == "photos");
}

TEST_CASE("back from review returns to the last step", "[review]") {
  FormSession session = atReview();
  CHECK(session.back());
  CHECK(session.currentStep()->id == "details");
  CHECK(session.next().empty());
  CHECK(session.state() == SessionState::Review);
}

TEST_CASE("submit returns only the answers on the path, trimmed", "[review]") {
  FormSession session = atReview();
  const auto answers = session.submit();
  REQUIRE(answers);
  CHECK(*answers == json{{"order", "SO-1042"},
                         {"item", "sku-2"},
                         {"problem", "damaged"},
                         {"pictures", json{test::photo("box.jpg"), test::photo("corner.jpg")}},
                         {"email", "ann@example.com"}});
  CHECK(session.state() == SessionState::Submitted);
  CHECK_FALSE(session.submit());
  session.setAnswer("email", "changed@example.com");  // ignored once submitted
  CHECK(session.answer("email") == " ann@example.com ");
}

TEST_CASE("submit re-validates and shows the step with a problem", "[review]") {
  FormSession session = atReview();
  session.setAnswer("email", "not-an-email");
  CHECK_FALSE(session.submit());
  CHECK(session.state() == SessionState::InProgress);
  CHECK(session.currentStep()->id == "details");
  REQUIRE(session.lastErrors().size() == 1);
  CHECK(session.lastErrors()[0].rule == FieldRule::Format);

  FormSession early = FormSession::start(test::sampleForm());
  CHECK_FALSE(early.submit());  // not at review yet
}

TEST_CASE("prefill fills known answers, which stay editable", "[prefill]") {
  const PrefillValues prefill = {{"order_id", "SO-1042"}, {"item_id", "sku-1"}, {"email", "ann@example.com"}, {"phone", "+44 20 7946 0958"}};
  FormSession session = FormSession::start(test::sampleForm(), prefill, test::sampleOrders());
  CHECK(session.answer("order") == "SO-1042");
  CHECK(session.answer("item") == "sku-1");
  CHECK(session.answer("email") == "ann@example.com");
  CHECK(session.wasPrefilled("order"));
  CHECK(session.choicesFor("item").size() == 2);
  CHECK(session.choicesFor("order").size() == 2);
  CHECK(session.choicesFor("problem").size() == 3);

  session.setAnswer("email", "other@example.com");
  CHECK_FALSE(session.wasPrefilled("email"));

  // Another order: its items replace the old ones, and the old item goes.
  session.setAnswer("order", "SO-1043");
  CHECK(session.answer("item").is_null());
  REQUIRE(session.choicesFor("item").size() == 1);
  CHECK(session.choicesFor("item")[0].label == "Desk lamp");
}

TEST_CASE("prefill that does not fit is left out", "[prefill]") {
  const PrefillValues prefill = {{"order_id", "SO-7777"}, {"item_id", "sku-1"}, {"email", "nonsense"}};
  FormSession session = FormSession::start(test::sampleForm(), prefill, test::sampleOrders());
  CHECK(session.answer("order").is_null());   // not one of the shopper's orders
  CHECK(session.answer("item").is_null());
  CHECK(session.answer("email").is_null());
  // A guest (no orders known) keeps the order number the page passed.
  FormSession guest = FormSession::start(test::sampleForm(), {{"order_id", "SO-7777"}});
  CHECK(guest.answer("order") == "SO-7777");
  CHECK(guest.choicesFor("order").empty());
}
