// The shipped sample forms: they load clean in both locales, with the same
// ids everywhere, and link only to articles the knowledge base has.
#include <catch_amalgamated.hpp>

#include "test_files.h"

#include "core/forms/form_loader.h"
#include "core/forms/form_session.h"
#include "core/forms/you_will_need.h"

using namespace hw;
using nlohmann::json;

namespace {

struct Sample {
  std::string text;
  Loaded<FormSet> loaded;
};

Sample loadSample(const std::string& locale) {
  Sample sample;
  sample.text = test::readRepoFile("assets/forms/" + locale + ".json");
  sample.loaded = loadForms(sample.text, locale + ".json");
  for (const auto& error : sample.loaded.errors) FAIL_CHECK(error.describe());
  REQUIRE(sample.loaded.ok());
  const auto kb = loadKnowledgeBase(test::readRepoFile("assets/kb/" + locale + ".json"), "kb");
  REQUIRE(kb.ok());
  for (const auto& error : checkFormLinks(sample.loaded.value, kb.value, sample.text, locale + ".json"))
    FAIL_CHECK(error.describe());
  return sample;
}

// Every id in a form, in order, to compare locales.
std::vector<std::string> idsOf(const Form& form) {
  std::vector<std::string> ids = {form.id, form.category};
  for (const FormStep& step : form.steps) {
    ids.push_back(step.id + "->" + form.defaultTargetOf(static_cast<std::size_t>(form.stepIndex(step.id))) + " " + step.article);
    for (const Branch& branch : step.next) ids.push_back(branch.target);
    for (const FormField& field : step.fields) {
      ids.push_back(field.id + ":" + fieldTypeName(field.type) + ":" + prefillKeyName(field.prefill) + (field.required ? "!" : ""));
      for (const ChoiceOption& option : field.options) ids.push_back(option.id);
    }
  }
  return ids;
}

}  // namespace

TEST_CASE("the sample forms load clean in English and Chinese with the same ids", "[sample-forms]") {
  const Sample en = loadSample("en");
  const Sample zh = loadSample("zh-CN");
  CHECK(en.loaded.value.locale == "en");
  CHECK(zh.loaded.value.locale == "zh-CN");
  const auto& enForms = en.loaded.value.forms;
  const auto& zhForms = zh.loaded.value.forms;
  REQUIRE(enForms.size() == zhForms.size());
  for (std::size_t i = 0; i < enForms.size(); ++i) CHECK(idsOf(enForms[i]) == idsOf(zhForms[i]));
  for (const char* id : {"return-request", "refund-status", "damaged-item", "delivery-problem",
                         "change-address", "invoice-request", "payment-problem", "other"})
    CHECK(en.loaded.value.find(id));
}

TEST_CASE("the sample forms branch and offer answers from the knowledge base", "[sample-forms]") {
  const Sample en = loadSample("en");
  std::size_t articleAnswers = 0, branches = 0, skippable = 0;
  for (const Form& form : en.loaded.value.forms) {
    CHECK_FALSE(form.keywords.empty());
    for (const FormStep& step : form.steps) {
      if (!step.article.empty()) ++articleAnswers;
      branches += step.next.size();
      if (step.when) ++skippable;
    }
  }
  CHECK(articleAnswers >= 2);
  CHECK(branches >= 5);
  CHECK(skippable >= 3);
}

TEST_CASE("a shopper walks the Chinese damaged-item form to a ticket", "[sample-forms]") {
  const Sample zh = loadSample("zh-CN");
  const Form* form = zh.loaded.value.find("damaged-item");
  REQUIRE(form);
  SessionOptions options;
  options.locale = "zh-CN";
  options.today = "2026-11-23";
  const std::vector<OrderSummary> orders = {{"SO-1042", "SO-1042（2 件商品）", {{"sku-1", "蓝色马克杯"}, {"sku-2", "茶壶"}}}};
  CHECK(youWillNeed(*form, "zh-CN") == std::vector<std::string>{"商品问题照片（最多 5 张，JPEG/PNG）"});
  FormSession session = FormSession::start(*form, {{"order_id", "SO-1042"}, {"email", "li@example.com"}}, orders, options);
  const auto errors = session.next();
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].message == "请填写此项。");
  session.setAnswer("item", "sku-2");
  session.setAnswer("problem", "wrong-item");
  CHECK(session.next().empty());
  CHECK(session.currentStep()->article == "wrong-item");
  session.solved(false);
  CHECK(session.currentStep()->id == "photos");
  session.setAnswer("photos", json{{{"name", "茶壶.jpg"}, {"type", "image/jpeg"}, {"size", 2000000}}});
  session.setAnswer("packaging", "no");
  session.next();
  session.setAnswer("outcome", "replacement");
  session.setAnswer("note", "收到的是一个杯子 😅");
  session.next();
  session.next();
  REQUIRE(session.state() == SessionState::Review);
  CHECK(session.review()[1].value == "茶壶");
  CHECK(session.review()[2].value == "发错了商品");
  const auto ticket = session.submit();
  REQUIRE(ticket);
  CHECK((*ticket)["item"] == "sku-2");
  CHECK((*ticket)["email"] == "li@example.com");
  CHECK_FALSE(ticket->contains("phone"));
}
