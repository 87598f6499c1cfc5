// The index's terms in a byte trie, for exact, prefix and typo-tolerant
// look-ups that visit only the branches that can still match (never every
// term). Pure C++: no ImGui, no Emscripten.
#pragma once
#include <cstdint>
#include <cstring>
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
  // Always inline: the index build calls it for every word of every
  // article, and the wasm compiler left it (and slotOf) as calls.
  [[gnu::always_inline]] TermId add(std::string_view term) {
    const std::uint64_t hash = hashOf(term);
    if (!m_slots.empty()) {
      const TermId known = m_slots[slotOf(term, hash)].term;
      if (known != kNoTerm) return known;
    }
    return insert(term, hash);
  }
  TermId find(std::string_view term) const {
    if (m_slots.empty()) return kNoTerm;
    return m_slots[slotOf(term, hashOf(term))].term;
  }
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
  // Splitmix64's finalizer: a bijection, so two terms of up to 8 bytes
  // (zero-padded; terms hold no zero byte) with the same hash are the same
  // term and need no byte comparison. Most terms are that short: English
  // words, a Chinese character (3 bytes) or pair (6).
  static std::uint64_t mix(std::uint64_t x) {
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
  }
  // Up to 8 bytes as one number, first byte lowest. Fixed-size loads, not a
  // memcpy of variable length, which wasm makes a call: from 4 bytes on (a
  // Chinese pair is 6) the first four and the last four, overlapping, the
  // shared bytes landing on the same bits (both targets are little-endian).
  [[gnu::always_inline]] static std::uint64_t packBytes(const char* bytes, std::size_t count) {
    static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "the overlapping loads need the first byte lowest");
    if (count >= 4) {
      std::uint32_t first, last;
      std::memcpy(&first, bytes, 4);
      std::memcpy(&last, bytes + count - 4, 4);
      return first | static_cast<std::uint64_t>(last) << (8 * (count - 4));
    }
    std::uint64_t packed = 0;
    for (std::size_t i = 0; i < count; ++i)
      packed |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[i])) << (8 * i);
    return packed;
  }
  [[gnu::always_inline]] static std::uint64_t hashOf(std::string_view term) {
    if (term.size() <= 8) return mix(packBytes(term.data(), term.size()));
    std::uint64_t hash = 0x9E3779B97F4A7C15ull ^ term.size();
    std::size_t i = 0;
    for (; i + 8 <= term.size(); i += 8) {
      std::uint64_t chunk;
      std::memcpy(&chunk, term.data() + i, 8);
      hash = mix(hash ^ chunk);
    }
    return mix(hash ^ packBytes(term.data() + i, term.size() - i));
  }
  [[gnu::always_inline]] std::size_t slotOf(std::string_view term, std::uint64_t hash) const {
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
      const Slot& candidate = m_slots[slot];
      if (candidate.term == kNoTerm) return slot;
      // Same hash and length: for a short term that is the same term (see mix).
      if (candidate.hash == hash && candidate.length == term.size() &&
          (term.size() <= 8 || this->term(candidate.term) == term))
        return slot;
    }
  }
  TermId insert(std::string_view term, std::uint64_t hash);
  std::vector<Slot> m_slots;
};

}  // namespace hw::search
