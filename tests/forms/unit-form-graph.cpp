// Graph checks over a form's steps: each one reported with its pointer.
#include <catch_amalgamated.hpp>

#include "form_fixtures.h"

using namespace hw;
using nlohmann::json;

namespace {

std::vector<std::string> messagesOf(const json& document) {
  std::vector<std::string> out;
  for (const ContentError& error : test::loadJson(document).errors) out.push_back(error.pointer + ": " + error.message);
  return out;
}

std::string onlyMessage(const json& document) {
  const auto messages = messagesOf(document);
  INFO(document.dump());
  for (const auto& message : messages) UNSCOPED_INFO(message);
  REQUIRE(messages.size() == 1);
  return messages.front();
}

json& steps(json& document) { return document["forms"][0]["steps"]; }

}  // namespace

TEST_CASE("duplicate step and field ids", "[forms-graph]") {
  json doc = test::sampleFormsDocument();
  steps(doc)[3]["id"] = "photos";
  CHECK(onlyMessage(doc) == "/forms/0/steps/3/id: duplicate step id \"photos\"");

  doc = test::sampleFormsDocument();
  steps(doc)[3]["fields"][0]["id"] = "order";
  CHECK(onlyMessage(doc) ==
        "/forms/0/steps/3/fields/0/id: duplicate field id \"order\" (field ids are unique in a form)");
}

TEST_CASE("unknown goto targets, with a suggestion", "[forms-graph]") {
  json doc = test::sampleFormsDocument();
  steps(doc)[0]["goto"] = "photo";
  CHECK(onlyMessage(doc) == "/forms/0/steps/0/goto: unknown step \"photo\" (did you mean \"photos\"?)");

  doc = test::sampleFormsDocument();
  steps(doc)[0]["next"][0]["goto"] = "reveiw";
  CHECK(onlyMessage(doc) == "/forms/0/steps/0/next/0/goto: unknown step \"reveiw\" (did you mean \"review\"?)");
}

TEST_CASE("steps no path reaches", "[forms-graph]") {
  json doc = test::sampleFormsDocument();
  steps(doc)[2]["goto"] = "review";  // photos -> review skips details...
  steps(doc)[1]["goto"] = "review";  // ...and so does the answer step
  CHECK(onlyMessage(doc) ==
        "/forms/0/steps/3: step \"details\" can never be reached: no goto, branch or preceding step leads to it from the first step");
}

TEST_CASE("loops that can never reach review", "[forms-graph]") {
  json doc = test::sampleFormsDocument();
  steps(doc)[3]["goto"] = "photos";  // details -> photos -> details -> ...
  CHECK(onlyMessage(doc) ==
        "/forms/0/steps/2: steps \"photos\", \"details\" loop without ever reaching review; give one of them a goto to \"review\" or to a step that reaches it");

  doc = test::sampleFormsDocument();
  steps(doc)[3]["goto"] = "details";
  CHECK(onlyMessage(doc).find("step \"details\" loops without ever reaching review") != std::string::npos);

  // A loop with a way out is allowed: "go back and pick another item".
  doc = test::sampleFormsDocument();
  steps(doc)[3]["next"] = json::array({{{"when", {{"field", "note"}, {"equals", "again"}}}, {"goto", "which"}}});
  CHECK(messagesOf(doc).empty());
}

TEST_CASE("conditions must read fields asked earlier", "[forms-graph]") {
  json doc = test::sampleFormsDocument();
  steps(doc)[2]["when"] = {{"field", "problm"}, {"equals", "damaged"}};
  CHECK(onlyMessage(doc) == "/forms/0/steps/2/when: unknown field \"problm\" (did you mean \"problem\"?)");

  doc = test::sampleFormsDocument();
  steps(doc)[2]["when"] = {{"field", "note"}, {"exists", true}};  // note is asked after photos
  CHECK(onlyMessage(doc) ==
        "/forms/0/steps/2/when: field \"note\" is asked in step \"details\", which never comes before this step's condition");

  doc = test::sampleFormsDocument();
  steps(doc)[2]["when"] = {{"field", "pictures"}, {"exists", true}};  // its own field
  CHECK(onlyMessage(doc).find("field \"pictures\" is asked in step \"photos\"") != std::string::npos);

  // A branch may read the fields of its own step.
  doc = test::sampleFormsDocument();
  steps(doc)[3]["next"] = json::array({{{"when", {{"field", "note"}, {"exists", true}}}, {"goto", "review"}}});
  CHECK(messagesOf(doc).empty());

  doc = test::sampleFormsDocument();
  steps(doc)[0]["next"][0]["when"] = {{"any", json::array({{{"field", "problem"}, {"equals", "wrng"}}})}};
  CHECK(onlyMessage(doc) == "/forms/0/steps/0/next/0/when: field \"problem\" has no option \"wrng\" (did you mean \"wrong\"?)");
}

TEST_CASE("item fields need an order field asked before them", "[forms-graph]") {
  json doc = test::sampleFormsDocument();
  steps(doc)[0]["fields"].erase(0);  // no order field at all
  steps(doc)[0]["fields"][0].erase("prefill");
  CHECK(onlyMessage(doc) ==
        "/forms/0/steps/0/fields/0: item field \"item\" needs an order field asked before it (add an \"order\" field to this or an earlier step)");

  doc = test::sampleFormsDocument();
  steps(doc)[0]["fields"][1]["order_field"] = "problem";
  CHECK(onlyMessage(doc) == "/forms/0/steps/0/fields/1/order_field: must name an order field; \"problem\" is a single_choice field");

  doc = test::sampleFormsDocument();
  steps(doc)[0]["fields"][1]["order_field"] = "ordr";
  CHECK(onlyMessage(doc) == "/forms/0/steps/0/fields/1/order_field: unknown field \"ordr\" (did you mean \"order\"?)");

  // An order field written after the item, in a later step.
  doc = test::sampleFormsDocument();
  steps(doc)[3]["fields"].push_back({{"id", "other-order"}, {"type", "order"}, {"label", "Other order"}});
  steps(doc)[0]["fields"][1]["order_field"] = "other-order";
  CHECK(onlyMessage(doc) == "/forms/0/steps/0/fields/1: item field \"item\" needs its order field \"other-order\" to be asked before it");
}
