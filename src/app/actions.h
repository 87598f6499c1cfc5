// What views and the host page ask the app to do. No ImGui, no Emscripten.
#pragma once
#include <string>
#include <vector>

namespace hw {

struct Action {
  enum class Kind {
    OpenCategory,  // arg: category id
    OpenArticle,   // arg: article id
    OpenIntent,    // arg: intent id (a choice offered for a vague query)
    OpenExternal,  // arg: http(s) URL
    SetQuery,      // arg: search text
    Back,
    Home,
    Close,
    Retry,
    ClearRecent,
    Contact,       // the shopper wants a person: the contact article for now
    Suggestion,    // arg: "RULE:ACTION:ORDER", an action on a first-screen card
    StartForm,     // arg: {"form": ID, "prefill": {...}, "source": ...} as JSON
    FormBegin,     // past the "you will need" screen
    FormAnswer,    // arg: {"field": ID, "value": ...} as JSON
    FormNext,
    FormBack,
    FormSolved,    // arg: "yes" or "no" (an answer step)
    FormEdit,      // arg: step id, from the review
    FormSubmit,
    PickFiles,     // arg: attachment field id
    OpenRequests,  // "My requests"
    RateArticle,   // arg: "yes", "no" or "reason:outdated" (unclear, not_my_problem, other)
  };
  Kind kind;
  std::string arg;
};

using ActionList = std::vector<Action>;

}  // namespace hw
