// The registry of content kinds and the list of built-in ones. Pure C++.
#include "core/content/content_kinds.h"

#include "core/content/kb_checks.h"
#include "core/content/loader_kinds.h"
#include "core/content/strings_kind.h"

namespace hw::content {

void ContentKindRegistry::add(ContentKind kind) {
  for (ContentKind& existing : m_kinds)
    if (existing.schemaFile == kind.schemaFile) {
      existing = std::move(kind);
      return;
    }
  m_kinds.push_back(std::move(kind));
}

const ContentKind* ContentKindRegistry::find(std::string_view schemaFile) const {
  for (const ContentKind& kind : m_kinds)
    if (kind.schemaFile == schemaFile) return &kind;
  return nullptr;
}

const ContentKindRegistry& builtinContentKinds() {
  static const ContentKindRegistry registry = [] {
    ContentKindRegistry kinds;
    kinds.add(knowledgeBaseKind());
    kinds.add(formsKind());
    kinds.add(suggestionRulesKind());
    kinds.add(interfaceStringsKind());
    return kinds;
  }();
  return registry;
}

}  // namespace hw::content
