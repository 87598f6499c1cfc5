// What views and the host page ask the app to do. No ImGui, no Emscripten.
#pragma once
#include <string>
#include <vector>

namespace hw {

struct Action {
  enum class Kind {
    OpenCategory,  // arg: category id
    OpenArticle,   // arg: article id
    OpenExternal,  // arg: http(s) URL
    SetQuery,      // arg: search text
    Back,
    Home,
    Close,
    Retry,
  };
  Kind kind;
  std::string arg;
};

using ActionList = std::vector<Action>;

}  // namespace hw
