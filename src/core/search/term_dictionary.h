// The index's terms in a byte trie, for exact, prefix and typo-tolerant
// look-ups that visit only the branches that can still match (never every
// term). Pure C++: no ImGui, no Emscripten.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hw::search {

using TermId = std::uint32_t;
inline constexpr TermId kNoTerm = 0xFFFFFFFFu;

struct TermMatch {
  TermId term;
  int distance;    // edits (a transposition counts as one)
  bool prefix;     // matched as a prefix of the term
};

class TermDictionary {
 public:
  // Adds a term if new; returns its id (ids are dense, in insertion order).
  TermId add(const std::string& term);
  TermId find(const std::string& term) const;
  const std::string& term(TermId id) const { return m_terms[id]; }
  std::size_t size() const { return m_terms.size(); }

  // Terms within `maxEdits` of `query`; with `asPrefix`, also terms that
  // start with something within `maxEdits` of it. At most `limit` matches,
  // closest first.
  std::vector<TermMatch> match(std::string_view query, int maxEdits, bool asPrefix,
                               std::size_t limit) const;

  std::size_t memoryBytes() const;

 private:
  struct Node {
    std::uint32_t firstChild = 0;   // 0: none (the root is never a child)
    std::uint32_t nextSibling = 0;
    TermId term = kNoTerm;
    unsigned char byte = 0;
  };

  std::uint32_t childWith(std::uint32_t node, unsigned char byte) const;
  void search(std::uint32_t node, std::string_view query, int maxEdits, bool asPrefix,
              std::vector<int>& rows, std::vector<unsigned char>& path,
              std::vector<TermMatch>& out) const;
  void collectSubtree(std::uint32_t node, int distance, std::vector<TermMatch>& out,
                      std::size_t cap) const;

  std::vector<Node> m_nodes{Node{}};
  std::vector<std::string> m_terms;
  std::unordered_map<std::string, TermId> m_ids;  // exact look-ups skip the trie
};

}  // namespace hw::search
