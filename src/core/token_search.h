// A plain token-match search over the knowledge base: every query word (and
// every pair of Chinese characters) counts where it appears, the title most.
// A first version; the ranked, typo-tolerant engine replaces it.
// Pure C++: no ImGui, no Emscripten.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/knowledge_base.h"

namespace hw {

struct SearchHit {
  const Article* article = nullptr;
  int score = 0;
  std::string snippet;  // plain text around the first body match
};

// Lowercases ASCII and folds full-width ASCII forms to their plain forms.
std::string foldForSearch(std::string_view text);

// Query terms: Latin/digit words, and Chinese runs split into overlapping
// character pairs (single characters stay as they are).
std::vector<std::string> queryTerms(std::string_view query);

class TokenSearch {
 public:
  explicit TokenSearch(const KnowledgeBase& kb);
  std::vector<SearchHit> search(std::string_view query, std::size_t limit = 50) const;

 private:
  struct Entry {
    const Article* article;
    std::string title;
    std::string tags;
    std::string body;        // folded plain text, for matching
    std::string plainBody;   // plain text as written, for snippets
  };
  std::vector<Entry> m_entries;
};

}  // namespace hw
