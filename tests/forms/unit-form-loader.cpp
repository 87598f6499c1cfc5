// Loading forms content: what a valid file gives, and each schema error with
// its JSON pointer and line:column.
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
  REQUIRE(messages.size() == 1);
  return messages.front();
}

json& field(json& document, int step, int index) { return document["forms"][0]["steps"][step]["fields"][index]; }

}  // namespace

TEST_CASE("a valid forms file loads with its steps, fields and branching", "[forms-loader]") {
  const auto loaded = test::loadJson(test::sampleFormsDocument());
  for (const auto& error : loaded.errors) FAIL_CHECK(error.describe());
  REQUIRE(loaded.ok());
  const FormSet& set = loaded.value;
  CHECK(set.locale == "en");
  const Form* form = set.find("damaged");
  REQUIRE(form);
  CHECK(form->keywords == std::vector<std::string>{"broken"});
  REQUIRE(form->steps.size() == 4);
  const FormStep& first = form->steps[0];
  CHECK(first.fields.size() == 3);
  CHECK(first.fields[1].orderField == "order");  // resolved to the order field before it
  CHECK(first.fields[0].prefill == PrefillKey::OrderId);
  REQUIRE(first.next.size() == 1);
  CHECK(first.next[0].target == "wrong-answer");
  CHECK(form->defaultTargetOf(0) == "photos");
  CHECK(form->defaultTargetOf(2) == "details");  // no goto: the following step
  CHECK(form->defaultTargetOf(3) == "review");   // the last step: review
  CHECK(form->steps[1].kind == StepKind::Answer);
  CHECK(form->steps[1].article == "wrong-item");
  CHECK(form->steps[2].when.has_value());
  const FormField& pictures = form->steps[2].fields[0];
  CHECK(pictures.maxFiles == 5);
  CHECK(pictures.maxBytes == 5242880);
  CHECK(pictures.accept.size() == 2);
}

TEST_CASE("errors are located as FILE:LINE:COL: /pointer: message", "[forms-loader]") {
  const std::string text =
      "{\n"
      "  \"schema_version\": 1,\n"
      "  \"locale\": \"en\",\n"
      "  \"forms\": [{\"id\": \"a\", \"title\": \"A\", \"steps\": [\n"
      "    {\"id\": \"s\", \"kind\": \"questions\", \"title\": \"S\",\n"
      "     \"fields\": [{\"id\": \"f\", \"type\": \"short_txt\", \"label\": \"F\"}]}]}]\n"
      "}\n";
  const auto loaded = loadForms(text, "forms.en.json");
  REQUIRE(loaded.errors.size() == 1);
  CHECK(loaded.errors[0].describe() ==
        "forms.en.json:6:37: /forms/0/steps/0/fields/0/type: unknown field type \"short_txt\" (did you mean \"short_text\"?)");

  const auto syntax = loadForms("{\"forms\": [", "forms.json");
  REQUIRE(syntax.errors.size() == 1);
  CHECK(syntax.errors[0].code == ContentErrorCode::Syntax);
  CHECK(loadForms("", "forms.json").errors[0].code == ContentErrorCode::Empty);
}

TEST_CASE("version, top level and unknown properties", "[forms-loader]") {
  json doc = test::sampleFormsDocument();
  doc["schema_version"] = 2;
  const auto loaded = test::loadJson(doc);
  REQUIRE(loaded.errors.size() == 1);
  CHECK(loaded.errors[0].code == ContentErrorCode::UnsupportedVersion);

  doc = test::sampleFormsDocument();
  doc["forms"][0]["titel"] = "x";
  CHECK(onlyMessage(doc) == "/forms/0/titel: unknown property \"titel\" (did you mean \"title\"?)");

  doc = test::sampleFormsDocument();
  doc["forms"][0]["steps"][0]["article"] = "x";  // answer-only property on a questions step
  CHECK(onlyMessage(doc) == "/forms/0/steps/0/article: unknown property \"article\" (check its spelling)");

  CHECK(messagesOf(json::array()).front() == ": the top level must be an object, not an array");
}

TEST_CASE("ids: valid, unique forms, no step called review", "[forms-loader]") {
  json doc = test::sampleFormsDocument();
  doc["forms"][0]["id"] = "Damaged Item";
  CHECK(onlyMessage(doc) == "/forms/0/id: \"Damaged Item\" is not a valid id (use lowercase letters, digits and '-')");

  doc = test::sampleFormsDocument();
  doc["forms"].push_back(doc["forms"][0]);
  CHECK(onlyMessage(doc) == "/forms/1/id: duplicate form id \"damaged\"");

  doc = test::sampleFormsDocument();
  doc["forms"][0]["steps"][3]["id"] = "review";
  CHECK(messagesOf(doc).front() == "/forms/0/steps/3/id: \"review\" is the name of the final check; choose another id");

  doc = test::sampleFormsDocument();
  field(doc, 0, 2)["options"][1]["id"] = "damaged";
  CHECK(onlyMessage(doc) == "/forms/0/steps/0/fields/2/options/1/id: duplicate option id \"damaged\"");
}

TEST_CASE("steps: kind, answer content, branches", "[forms-loader]") {
  json doc = test::sampleFormsDocument();
  doc["forms"][0]["steps"][1].erase("kind");
  CHECK(messagesOf(doc).front() == "/forms/0/steps/1: missing required property \"kind\" (\"questions\" or \"answer\")");

  doc = test::sampleFormsDocument();
  doc["forms"][0]["steps"][1]["text"] = "Read this";
  CHECK(onlyMessage(doc) == "/forms/0/steps/1: an answer step needs exactly one of \"article\" (an article id) or \"text\" (Markdown)");

  doc = test::sampleFormsDocument();
  doc["forms"][0]["steps"][0]["next"][0].erase("when");
  CHECK(onlyMessage(doc) == "/forms/0/steps/0/next/0: missing required property \"when\" (use the step's \"goto\" for the default)");

  doc = test::sampleFormsDocument();
  doc["forms"][0]["steps"][0]["next"][0]["when"] = {{"field", "problem"}, {"equal", "wrong"}};
  CHECK(onlyMessage(doc) == "/forms/0/steps/0/next/0/when/equal: unknown operator \"equal\" (did you mean \"equals\"?)");

  doc = test::sampleFormsDocument();
  doc["forms"][0]["steps"][3]["fields"] = json::array();
  CHECK(onlyMessage(doc) == "/forms/0/steps/3/fields: must have at least one field");
}

TEST_CASE("fields: type-specific properties and rules", "[forms-loader]") {
  json doc = test::sampleFormsDocument();
  field(doc, 3, 0)["options"] = json::array();
  CHECK(onlyMessage(doc) == "/forms/0/steps/3/fields/0/options: \"options\" does not apply to long_text fields");

  doc = test::sampleFormsDocument();
  field(doc, 3, 0)["min_length"] = 10;
  field(doc, 3, 0)["max_length"] = 5;
  CHECK(onlyMessage(doc) == "/forms/0/steps/3/fields/0/min_length: is larger than max_length");

  doc = test::sampleFormsDocument();
  field(doc, 3, 0)["pattern"] = "(ab";
  CHECK(onlyMessage(doc) == "/forms/0/steps/3/fields/0/pattern: pattern misses a ')'");

  doc = test::sampleFormsDocument();
  field(doc, 3, 0)["prefill"] = "order_id";
  CHECK(onlyMessage(doc) == "/forms/0/steps/3/fields/0/prefill: \"order_id\" cannot fill a long_text field");

  doc = test::sampleFormsDocument();
  field(doc, 3, 1)["messages"] = {{"requird", "Needed"}};
  CHECK(onlyMessage(doc) == "/forms/0/steps/3/fields/1/messages/requird: unknown rule \"requird\" (did you mean \"required\"?)");

  doc = test::sampleFormsDocument();
  field(doc, 2, 0).erase("accept");
  CHECK(onlyMessage(doc).rfind("/forms/0/steps/2/fields/0: missing required property \"accept\"", 0) == 0);

  doc = test::sampleFormsDocument();
  field(doc, 2, 0)["accept"][1] = "PNG";
  CHECK(onlyMessage(doc) == "/forms/0/steps/2/fields/0/accept/1: must be a lowercase MIME type such as \"image/png\" or \"image/*\"");

  doc = test::sampleFormsDocument();
  field(doc, 2, 0)["max_files"] = 0;
  CHECK(onlyMessage(doc) == "/forms/0/steps/2/fields/0/max_files: must be between 1 and 20");

  doc = test::sampleFormsDocument();
  doc["forms"][0]["steps"][3]["fields"].push_back({{"id", "when"}, {"type", "date"}, {"label", "When"}, {"min", "2024-02-30"}});
  CHECK(onlyMessage(doc) == "/forms/0/steps/3/fields/2/min: must be a date as \"YYYY-MM-DD\" or \"today\"");

  doc = test::sampleFormsDocument();
  doc["forms"][0]["steps"][3]["fields"].push_back({{"id", "qty"}, {"type", "number"}, {"label", "How many"}, {"min", 5}, {"max", 1}});
  CHECK(onlyMessage(doc) == "/forms/0/steps/3/fields/2/min: is larger than max");

  doc = test::sampleFormsDocument();
  field(doc, 3, 0)["required"] = "yes";
  CHECK(onlyMessage(doc) == "/forms/0/steps/3/fields/0/required: must be true or false, not a string");

  doc = test::sampleFormsDocument();
  field(doc, 3, 0)["label"] = "  ";
  CHECK(onlyMessage(doc) == "/forms/0/steps/3/fields/0/label: must not be empty");
}
