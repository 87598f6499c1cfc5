// Byte trie with bounded edit-distance search. Pure C++: no ImGui, no
// Emscripten.
#include "core/search/term_dictionary.h"

#include <algorithm>

namespace hw::search {

std::uint32_t TermDictionary::childWith(std::uint32_t node, unsigned char byte) const {
  for (std::uint32_t child = m_nodes[node].firstChild; child != 0; child = m_nodes[child].nextSibling)
    if (m_nodes[child].byte == byte) return child;
  return 0;
}

void TermDictionary::grow() {
  // At most half full, so probes stay short.
  std::vector<Slot> slots(std::max<std::size_t>(64, m_slots.size() * 2));
  m_slots.swap(slots);
  for (const Slot& old : slots)
    if (old.term != kNoTerm) m_slots[slotOf(term(old.term), old.hash)] = old;
}

TermId TermDictionary::insert(std::string_view term, std::uint64_t hash) {
  if (2 * (size() + 1) > m_slots.size()) grow();
  const std::size_t slot = slotOf(term, hash);
  const auto id = static_cast<TermId>(size());
  m_text.append(term.data(), term.size());
  m_offsets.push_back(static_cast<std::uint32_t>(m_text.size()));
  m_slots[slot] = {hash, id, static_cast<std::uint32_t>(term.size())};
  std::uint32_t node = 0;
  for (char c : term) {
    const auto byte = static_cast<unsigned char>(c);
    std::uint32_t child = childWith(node, byte);
    if (child == 0) {
      child = static_cast<std::uint32_t>(m_nodes.size());
      Node fresh;
      fresh.byte = byte;
      fresh.nextSibling = m_nodes[node].firstChild;
      m_nodes.push_back(fresh);
      m_nodes[node].firstChild = child;
    }
    node = child;
  }
  m_nodes[node].term = id;
  return id;
}

void TermDictionary::collectSubtree(std::uint32_t node, int distance, std::vector<TermMatch>& out,
                                    std::size_t cap) const {
  // Iterative: a subtree can be deep and wide.
  std::vector<std::uint32_t> stack{node};
  while (!stack.empty() && out.size() < cap) {
    const std::uint32_t current = stack.back();
    stack.pop_back();
    if (m_nodes[current].term != kNoTerm) out.push_back({m_nodes[current].term, distance, true});
    for (std::uint32_t child = m_nodes[current].firstChild; child != 0; child = m_nodes[child].nextSibling)
      stack.push_back(child);
  }
}

// Optimal-string-alignment distance computed one trie byte at a time:
// `rows` holds the previous two DP rows so transpositions cost one edit.
void TermDictionary::search(std::uint32_t node, std::string_view query, int maxEdits, bool asPrefix,
                            std::vector<int>& rows, std::vector<unsigned char>& path,
                            std::vector<TermMatch>& out) const {
  const std::size_t width = query.size() + 1;
  const std::size_t depth = path.size();  // rows for depth 0..depth are filled
  const int* current = &rows[depth * width];
  const int last = current[query.size()];

  if (depth > 0) {
    if (asPrefix && last <= maxEdits) {
      // Every term below starts with a close match of the query.
      collectSubtree(node, last, out, out.size() + 256);
      return;
    }
    if (!asPrefix && last <= maxEdits && m_nodes[node].term != kNoTerm)
      out.push_back({m_nodes[node].term, last, false});
  }
  if (*std::min_element(current, current + width) > maxEdits) return;
  if (depth >= 64) return;

  rows.resize((depth + 2) * width);
  for (std::uint32_t child = m_nodes[node].firstChild; child != 0; child = m_nodes[child].nextSibling) {
    const unsigned char byte = m_nodes[child].byte;
    const int* previous = &rows[depth * width];
    int* next = &rows[(depth + 1) * width];
    next[0] = static_cast<int>(depth + 1);
    for (std::size_t j = 1; j < width; ++j) {
      const int cost = static_cast<unsigned char>(query[j - 1]) == byte ? 0 : 1;
      int value = std::min({previous[j] + 1, next[j - 1] + 1, previous[j - 1] + cost});
      if (depth >= 1 && j >= 2 && static_cast<unsigned char>(query[j - 1]) == path[depth - 1] &&
          static_cast<unsigned char>(query[j - 2]) == byte)
        value = std::min(value, rows[(depth - 1) * width + j - 2] + 1);
      next[j] = value;
    }
    path.push_back(byte);
    search(child, query, maxEdits, asPrefix, rows, path, out);
    path.pop_back();
    rows.resize((depth + 2) * width);
  }
}

std::vector<TermMatch> TermDictionary::match(std::string_view query, int maxEdits, bool asPrefix,
                                             std::size_t limit) const {
  std::vector<TermMatch> out;
  if (query.empty() || query.size() > 64) return out;
  std::vector<int> rows(query.size() + 1);
  for (std::size_t j = 0; j <= query.size(); ++j) rows[j] = static_cast<int>(j);
  std::vector<unsigned char> path;
  search(0, query, maxEdits, asPrefix, rows, path, out);
  // A term reached both exactly and as a prefix keeps its best match.
  std::sort(out.begin(), out.end(), [](const TermMatch& a, const TermMatch& b) {
    return a.term != b.term ? a.term < b.term : a.distance < b.distance;
  });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const TermMatch& a, const TermMatch& b) { return a.term == b.term; }),
            out.end());
  std::stable_sort(out.begin(), out.end(), [&](const TermMatch& a, const TermMatch& b) {
    if (a.distance != b.distance) return a.distance < b.distance;
    return term(a.term).size() < term(b.term).size();
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::size_t TermDictionary::memoryBytes() const {
  return m_nodes.capacity() * sizeof(Node) + m_text.capacity() + m_offsets.capacity() * sizeof(std::uint32_t) +
         m_slots.capacity() * sizeof(Slot);
}

}  // namespace hw::search
