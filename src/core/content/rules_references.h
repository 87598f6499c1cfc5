// Checks between files of different kinds given together: suggestion rules
// name articles (actions and boost_articles) and forms (form actions) that
// must exist in the knowledge bases and forms files checked with them.
// Pure C++.
#pragma once
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/content_kinds.h"

namespace hw::content {

// An id is an error when it is missing from any file of its kind given with
// the rules (each locale must have it: the widget of that locale would drop
// the action). A kind not given at all is not checked: nothing to compare.
void checkRuleReferences(const nlohmann::json& rules, const std::vector<OtherDocument>& others,
                         std::vector<Issue>& issues);

}  // namespace hw::content
