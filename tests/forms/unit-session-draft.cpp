// Drafts: a round trip restores the session exactly; a draft of an older
// form definition keeps what still fits.
#include <catch_amalgamated.hpp>

#include "form_fixtures.h"

using namespace hw;
using nlohmann::json;

namespace {

FormSession atDetails() {
  FormSession session = FormSession::start(test::sampleForm(), {{"email", "ann@example.com"}}, test::sampleOrders());
  session.setAnswer("order", "SO-1042");
  session.setAnswer("item", "sku-2");
  session.setAnswer("problem", "damaged");
  session.next();
  session.setAnswer("pictures", json{test::photo("box.jpg")});
  session.next();
  session.setAnswer("note", "Crushed corner");
  REQUIRE(session.currentStep()->id == "details");
  return session;
}

}  // namespace

TEST_CASE("a draft round trip restores path, answers and state", "[draft]") {
  const FormSession session = atDetails();
  const json draft = session.toDraftJson();
  CHECK(draft["form"] == "damaged");
  CHECK(draft["path"] == json{"which", "photos", "details"});

  // Through text, as the shell stores it.
  auto restored = FormSession::fromDraftJson(test::sampleForm(), json::parse(draft.dump()), test::sampleOrders());
  CHECK(restored.fromDraft);
  CHECK(restored.dropped.empty());
  const FormSession& again = restored.session;
  CHECK(again.state() == SessionState::InProgress);
  CHECK(again.path() == session.path());
  CHECK(again.answer("note") == "Crushed corner");
  CHECK(again.wasPrefilled("email"));
  CHECK(again.toDraftJson() == draft);

  FormSession review = atDetails();
  review.next();
  REQUIRE(review.state() == SessionState::Review);
  auto restoredReview = FormSession::fromDraftJson(test::sampleForm(), review.toDraftJson(), test::sampleOrders());
  CHECK(restoredReview.session.state() == SessionState::Review);
  CHECK(restoredReview.session.review().size() == review.review().size());
}

TEST_CASE("a declined answer step is remembered in the draft", "[draft]") {
  FormSession session = FormSession::start(test::sampleForm(), {}, test::sampleOrders());
  session.setAnswer("order", "SO-1042");
  session.setAnswer("item", "sku-2");
  session.setAnswer("problem", "wrong");
  session.next();
  session.solved(false);
  REQUIRE(session.currentStep()->id == "details");
  auto restored = FormSession::fromDraftJson(test::sampleForm(), session.toDraftJson(), test::sampleOrders());
  CHECK(restored.session.path() == std::vector<std::string>{"which", "wrong-answer", "details"});
}

TEST_CASE("a draft of a changed form keeps what still fits", "[draft]") {
  const json draft = atDetails().toDraftJson();
  json doc = test::sampleFormsDocument();
  auto& steps = doc["forms"][0]["steps"];
  steps[3]["fields"].erase(0);                          // "note" removed
  steps[0]["fields"][2]["options"].erase(0);            // option "damaged" removed
  steps[0]["fields"][2]["options"].push_back({{"id", "broken"}, {"label", "Broken"}});
  steps[0]["next"][0]["when"] = {{"field", "problem"}, {"equals", "wrong"}};
  steps[2]["when"] = {{"field", "problem"}, {"equals", "broken"}};
  steps[2]["fields"][0]["type"] = "short_text";         // photos became a text field
  steps[2]["fields"][0].erase("accept");
  steps[2]["fields"][0].erase("max_files");
  steps[2]["fields"][0].erase("max_bytes");
  const auto changed = test::loadJson(doc);
  for (const auto& error : changed.errors) FAIL_CHECK(error.describe());
  REQUIRE(changed.ok());

  auto restored = FormSession::fromDraftJson(changed.value.forms[0], draft, test::sampleOrders());
  CHECK(restored.fromDraft);
  const FormSession& session = restored.session;
  CHECK(session.answer("order") == "SO-1042");
  CHECK(session.answer("item") == "sku-2");
  CHECK(session.answer("problem").is_null());
  CHECK(session.answer("note").is_null());
  CHECK(session.answer("pictures").is_null());
  CHECK(restored.dropped.size() == 3);
  // "problem" lost its answer, so the walk back stops at the first step.
  CHECK(session.currentStep()->id == "which");
}

TEST_CASE("drafts of another form or of no shape start afresh", "[draft]") {
  json draft = atDetails().toDraftJson();
  draft["form"] = "refund";
  auto other = FormSession::fromDraftJson(test::sampleForm(), draft);
  CHECK_FALSE(other.fromDraft);
  CHECK(other.session.currentStep()->id == "which");
  CHECK(other.session.answer("order").is_null());

  for (const json& junk : {json(), json::array({1, 2}), json{{"form", "damaged"}, {"draft_version", 1},
                                                            {"answers", {{"order", {1, 2}}, {"item", nullptr}}},
                                                            {"path", "which"}, {"declined", {{"a", 1}}}}}) {
    auto restored = FormSession::fromDraftJson(test::sampleForm(), junk, test::sampleOrders());
    CHECK(restored.session.currentStep()->id == "which");
    CHECK(restored.session.answer("order").is_null());
  }
}
