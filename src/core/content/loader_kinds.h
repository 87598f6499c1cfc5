// Content kinds whose checks beyond the schema are their loaders' own:
// forms (step graph: unknown targets, unreachable steps, loops without an
// exit, conditions on fields not asked yet) and suggestion rules (known
// facts and placeholders, unique ids). Pure C++.
#pragma once
#include "core/content/content_kinds.h"

namespace hw::content {

ContentKind formsKind();          // published as "forms.<locale>"
ContentKind suggestionRulesKind();  // published as "rules"

}  // namespace hw::content
