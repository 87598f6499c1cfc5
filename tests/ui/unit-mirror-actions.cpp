// The mirror's action names and the actions they stand for, both ways.
#include <catch_amalgamated.hpp>

#include "app/mirror_actions.h"

using namespace hw;
using Kind = Action::Kind;

TEST_CASE("every mirror name comes back as the action it names", "[mirror]") {
  const std::vector<Action> actions = {
      {Kind::OpenArticle, "track-order"}, {Kind::OpenCategory, "returns"},
      {Kind::OpenIntent, "delivery"},     {Kind::SetQuery, "where is: my parcel"},
      {Kind::Back, ""},                   {Kind::Close, ""},
      {Kind::Home, ""},                   {Kind::Retry, ""},
      {Kind::ClearRecent, ""},            {Kind::Contact, ""},
      {Kind::Suggestion, "late:track:SO-1042"}, {Kind::FormBegin, ""},
      {Kind::FormNext, ""},               {Kind::FormBack, ""},
      {Kind::FormSolved, "yes"},          {Kind::FormEdit, "photos"},
      {Kind::FormSubmit, ""},             {Kind::PickFiles, "photos"},
      {Kind::OpenRequests, ""},           {Kind::RateArticle, "reason:unclear"},
      {Kind::OpenExternal, "https://shop.example/returns"},
  };
  for (const Action& action : actions) {
    const std::string name = mirrorActionName(action);
    INFO(name);
    REQUIRE_FALSE(name.empty());
    const std::optional<Action> back = actionFromMirrorName(name);
    REQUIRE(back.has_value());
    CHECK(back->kind == action.kind);
    CHECK(back->arg == action.arg);
  }
}

TEST_CASE("a form start is named by its form", "[mirror]") {
  const Action start{Kind::StartForm, R"({"form":"return","prefill":{"order_id":"SO-1"},"source":"card"})"};
  CHECK(mirrorActionName(start) == "startform:return");
  const std::optional<Action> back = actionFromMirrorName("startform:return");
  REQUIRE(back.has_value());
  CHECK(back->kind == Kind::StartForm);
  CHECK(back->arg == R"({"form":"return","source":"home"})");
  CHECK(mirrorActionName({Kind::StartForm, "not json"}).empty());
}

TEST_CASE("names the mirror does not know do nothing", "[mirror]") {
  CHECK_FALSE(actionFromMirrorName("").has_value());
  CHECK_FALSE(actionFromMirrorName("article").has_value());   // the colon is part of the name
  CHECK_FALSE(actionFromMirrorName("form:").has_value());
  CHECK_FALSE(actionFromMirrorName("delete-everything").has_value());
  CHECK(mirrorActionName({Kind::FormAnswer, R"({"field":"a","value":1})"}).empty());
}
