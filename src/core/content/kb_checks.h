// The knowledge-base kind: checks a schema cannot express. Pure C++.
#pragma once
#include "core/content/content_kinds.h"

namespace hw::content {

// Unique category, article and intent ids; every reference resolves
// (article -> category, popular and intents -> articles, article: links);
// Markdown bodies; and across locale files, the same ids in each (missing
// translations are warnings). Published as "kb.<locale>".
ContentKind knowledgeBaseKind();

}  // namespace hw::content
