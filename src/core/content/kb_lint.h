// Quality warnings for a valid knowledge base: what a content editor should
// improve even though nothing is broken. Pure C++.
#pragma once
#include <string>
#include <vector>

#include "core/knowledge_base.h"
#include "core/search/evaluation.h"

namespace hw::content {

struct LintFinding {
  std::string pointer;  // into the KB file
  std::string message;
};

struct LintOptions {
  std::size_t shortBodyChars = 200;  // plain-text characters below which an article is "very short"
};

// Very short articles, duplicate titles, articles without tags, and (when
// labeled queries are given) articles none of them finds in its first five
// results. Findings in article order.
std::vector<LintFinding> lintKnowledgeBase(const KnowledgeBase& kb, const std::vector<search::LabeledQuery>& queries,
                                           const LintOptions& options = {});

}  // namespace hw::content
