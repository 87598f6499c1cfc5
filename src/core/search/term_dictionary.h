// The index's terms in a byte trie, for exact, prefix and typo-tolerant
// look-ups that visit only the branches that can still match (never every
// term). Pure C++: no ImGui, no Emscripten.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
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
  TermId add(std::string_view term);
  TermId find(std::string_view term) const;
  std::string_view term(TermId id) const {
    return std::string_view(m_text).substr(m_offsets[id], m_offsets[id + 1] - m_offsets[id]);
  }
  std::size_t size() const { return m_offsets.size() - 1; }

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

  void grow();

  std::vector<Node> m_nodes{Node{}};
  // Every term back to back: term i is m_text[m_offsets[i], m_offsets[i + 1]).
  std::string m_text;
  std::vector<std::uint32_t> m_offsets{0};
  // Exact look-ups skip the trie: an open-addressing hash table of term ids
  // over the text above, so a look-up never builds a string.
  struct Slot {
    std::uint64_t hash = 0;
    TermId term = kNoTerm;
    std::uint32_t length = 0;  // of the term, in bytes
  };
  std::size_t slotOf(std::string_view term, std::uint64_t hash) const;
  std::vector<Slot> m_slots;
};

}  // namespace hw::search
