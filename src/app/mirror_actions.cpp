// Mirror action names, both ways. No ImGui, no Emscripten.
#include "app/mirror_actions.h"

#include <nlohmann/json.hpp>

namespace hw {

namespace {

using Kind = Action::Kind;

struct Named {
  Kind kind;
  const char* name;   // "article:" takes an argument, "home" does not
};

// One table for both directions, so a name cannot drift from its action.
constexpr Named kNames[] = {
    {Kind::OpenCategory, "category:"}, {Kind::OpenArticle, "article:"},
    {Kind::OpenIntent, "intent:"},     {Kind::OpenExternal, "link:"},
    {Kind::SetQuery, "query:"},        {Kind::Back, "back"},
    {Kind::Home, "home"},              {Kind::Close, "close"},
    {Kind::Retry, "retry"},            {Kind::ClearRecent, "clearrecent"},
    {Kind::Contact, "contact"},        {Kind::Suggestion, "suggestion:"},
    {Kind::StartForm, "startform:"},   {Kind::FormBegin, "form:begin"},
    {Kind::FormNext, "form:next"},     {Kind::FormBack, "form:back"},
    {Kind::FormSolved, "form:solved:"}, {Kind::FormEdit, "form:edit:"},
    {Kind::FormSubmit, "form:submit"}, {Kind::PickFiles, "form:files:"},
    {Kind::OpenRequests, "requests"},  {Kind::RateArticle, "rate:"},
};

bool takesArgument(std::string_view name) { return !name.empty() && name.back() == ':'; }

}  // namespace

std::string mirrorActionName(const Action& action) {
  for (const Named& named : kNames) {
    if (named.kind != action.kind) continue;
    if (!takesArgument(named.name)) return named.name;
    if (action.kind != Kind::StartForm) return named.name + action.arg;
    // A form start carries JSON (form, prefill, source); the control is the form.
    const nlohmann::json start = nlohmann::json::parse(action.arg, nullptr, false);
    if (start.is_object() && start.contains("form") && start["form"].is_string())
      return named.name + start["form"].get<std::string>();
    return {};
  }
  return {};
}

std::optional<Action> actionFromMirrorName(std::string_view name) {
  for (const Named& named : kNames) {
    const std::string_view prefix = named.name;
    if (!takesArgument(prefix)) {
      if (name == prefix) return Action{named.kind, {}};
      continue;
    }
    if (name.substr(0, prefix.size()) != prefix) continue;
    std::string arg(name.substr(prefix.size()));
    if (named.kind == Kind::StartForm)
      arg = nlohmann::json{{"form", arg}, {"source", "home"}}.dump();
    return Action{named.kind, std::move(arg)};
  }
  return std::nullopt;
}

}  // namespace hw
