// Reads a forms content file (one per locale) with the same located errors
// as the knowledge base (FILE:LINE:COL: /pointer: message), then checks each
// form's step graph (see form_graph_checks.h). Pure C++.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "core/content_error.h"
#include "core/forms/form_definition.h"
#include "core/knowledge_base.h"

namespace hw {

struct FormLimits {
  std::size_t maxBytes = 4u * 1024u * 1024u;
  std::size_t maxForms = 200;
  std::size_t maxSteps = 60;
  std::size_t maxFieldsPerStep = 40;
  std::size_t maxOptions = 100;
  std::size_t maxBranches = 30;
  std::size_t maxKeywords = 50;
  std::size_t maxTitleChars = 200;
  std::size_t maxTextChars = 20000;
  std::size_t maxFilesPerField = 20;
  std::size_t maxBytesPerFile = 50u * 1024u * 1024u;
};

Loaded<FormSet> loadForms(std::string_view text, std::string_view source,
                          const FormLimits& limits = {}, std::size_t maxErrors = 50);

// Answer steps that name an article the knowledge base does not have, and
// forms whose category it does not have, located in the forms file `text`.
std::vector<ContentError> checkFormLinks(const FormSet& forms, const KnowledgeBase& kb,
                                         std::string_view text, std::string_view source);

}  // namespace hw
