// Walking a form: branching, skipped steps, back and next keeping answers,
// answer steps, progress.
#include <catch_amalgamated.hpp>

#include "form_fixtures.h"

using namespace hw;
using nlohmann::json;

namespace {

FormSession started() {
  return FormSession::start(test::sampleForm(), {}, test::sampleOrders());
}

void answerFirstStep(FormSession& session, const char* problem) {
  session.setAnswer("order", "SO-1042");
  session.setAnswer("item", "sku-2");
  session.setAnswer("problem", problem);
}

std::string currentId(const FormSession& session) {
  const FormStep* step = session.currentStep();
  return step ? step->id : "(none)";
}

}  // namespace

TEST_CASE("next validates the step and stays put on errors", "[session]") {
  FormSession session = started();
  CHECK(currentId(session) == "which");
  const auto errors = session.next();
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].fieldId == "order");
  CHECK(errors[0].message == "Please fill this in.");
  CHECK(errors[2].fieldId == "problem");
  CHECK(currentId(session) == "which");
  CHECK(session.lastErrors().size() == 3);

  session.setAnswer("order", "SO-9999");  // not one of the shopper's orders
  session.setAnswer("item", "sku-1");
  session.setAnswer("problem", "damaged");
  const auto orderError = session.next();
  REQUIRE_FALSE(orderError.empty());
  CHECK(orderError[0].fieldId == "order");
  CHECK(orderError[0].rule == FieldRule::Option);
}

TEST_CASE("branching follows the first branch that holds, else the default", "[session]") {
  FormSession damaged = started();
  answerFirstStep(damaged, "damaged");
  CHECK(damaged.next().empty());
  CHECK(currentId(damaged) == "photos");

  FormSession wrong = started();
  answerFirstStep(wrong, "wrong");
  CHECK(wrong.next().empty());
  CHECK(currentId(wrong) == "wrong-answer");
  CHECK(wrong.currentStep()->kind == StepKind::Answer);
  CHECK(wrong.currentStep()->article == "wrong-item");
}

TEST_CASE("a step whose condition fails is skipped", "[session]") {
  FormSession session = started();
  answerFirstStep(session, "missing");  // default goto photos, but photos asks only for damage
  CHECK(session.next().empty());
  CHECK(currentId(session) == "details");
  CHECK(session.path() == std::vector<std::string>{"which", "details"});
  CHECK(session.back());
  CHECK(currentId(session) == "which");  // back follows the path, not the list
}

TEST_CASE("answer steps: solved ends the form, not solved continues", "[session]") {
  FormSession resolved = started();
  answerFirstStep(resolved, "wrong");
  resolved.next();
  CHECK(resolved.solved(true));
  CHECK(resolved.state() == SessionState::Resolved);
  CHECK(resolved.currentStep() == nullptr);
  CHECK_FALSE(resolved.submit());
  CHECK_FALSE(resolved.back());

  FormSession continued = started();
  answerFirstStep(continued, "wrong");
  continued.next();
  CHECK(continued.solved(false));
  CHECK(currentId(continued) == "details");
  CHECK_FALSE(continued.solved(true));  // not an answer step any more

  FormSession viaNext = started();  // Next on an answer step means "not solved"
  answerFirstStep(viaNext, "wrong");
  viaNext.next();
  CHECK(viaNext.next().empty());
  CHECK(currentId(viaNext) == "details");
}

TEST_CASE("back and next never lose answers, even of steps now skipped", "[session]") {
  FormSession session = started();
  answerFirstStep(session, "damaged");
  session.next();
  session.setAnswer("pictures", json{test::photo("box.jpg")});
  REQUIRE(session.next().empty());
  CHECK(currentId(session) == "details");
  session.setAnswer("note", "The corner is crushed");
  session.setAnswer("email", "ann@example.com");

  CHECK(session.back());
  CHECK(currentId(session) == "photos");
  CHECK(session.answer("pictures").size() == 1);
  CHECK(session.back());
  CHECK(currentId(session) == "which");
  CHECK_FALSE(session.back());

  // Another branch: photos is no longer on the path...
  session.setAnswer("problem", "wrong");
  session.next();
  CHECK(currentId(session) == "wrong-answer");
  session.solved(false);
  CHECK(currentId(session) == "details");
  CHECK(session.answer("note") == "The corner is crushed");
  session.next();
  REQUIRE(session.state() == SessionState::Review);
  const json ticket = session.ticketAnswers();
  CHECK_FALSE(ticket.contains("pictures"));  // ...so its answer stays out of the ticket
  CHECK(ticket["problem"] == "wrong");
  CHECK(session.answer("pictures").size() == 1);  // but is kept

  // ...and comes back when the branch does.
  session.editStep("which");
  session.setAnswer("problem", "damaged");
  session.next();
  CHECK(currentId(session) == "photos");
  CHECK(session.answer("pictures").size() == 1);
}

TEST_CASE("conditions ignore answers from steps not on the path", "[session]") {
  json doc = test::sampleFormsDocument();
  // details branches on a photo answer: only when photos was really visited.
  doc["forms"][0]["steps"][3]["next"] =
      json::array({{{"when", {{"field", "pictures"}, {"exists", true}}}, {"goto", "which"}}});
  const auto loaded = test::loadJson(doc);
  REQUIRE(loaded.ok());
  FormSession session = FormSession::start(loaded.value.forms[0], {}, test::sampleOrders());
  answerFirstStep(session, "damaged");
  session.next();
  session.setAnswer("pictures", json{test::photo("a.jpg")});
  session.back();
  session.setAnswer("problem", "missing");
  session.next();
  session.setAnswer("email", "ann@example.com");
  session.next();
  CHECK(session.state() == SessionState::Review);  // the kept photo did not steer back to "which"
}

TEST_CASE("progress estimates the steps along the current answers", "[session]") {
  FormSession session = started();
  Progress progress = session.progress();
  CHECK(progress.current == 1);
  CHECK(progress.total == 3);  // which, details (photos skipped without damage), review
  session.setAnswer("problem", "damaged");
  CHECK(session.progress().total == 4);  // photos now on the way
  answerFirstStep(session, "damaged");
  session.next();
  progress = session.progress();
  CHECK(progress.current == 2);
  CHECK(progress.total == 4);
  session.setAnswer("pictures", json{test::photo("a.jpg")});
  session.next();
  session.setAnswer("email", "ann@example.com");
  session.next();
  progress = session.progress();
  CHECK(progress.current == 4);
  CHECK(progress.total == 4);
}
