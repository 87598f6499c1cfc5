// The search engine. Pure C++: no ImGui, no Emscripten.
#include "core/search/search_index.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_set>
#include <utility>

#include "core/markdown.h"
#include "core/search/byte_buffer.h"
#include "core/search/text_fold.h"
#include "core/utf8.h"

namespace hw::search {

namespace {

// Words that frame a request rather than name its topic ("I need
// assistance with", "information about"), and swearing. Like stop words
// they only reorder what the other words found; a query of nothing else
// still searches for them.
const std::unordered_set<std::string>& fillerWords() {
  static const std::unordered_set<std::string> words = {
      "assistance", "assist", "support", "supports", "information", "info", "trying", "try", "tried",
      "wondering", "wonder", "possible", "would", "several", "few", "damn", "goddamn",
      "bloody", "fucking", "fuck", "hell", "kindly", "ya", "going"};
  return words;
}

// BM25F parameters: field weights and length normalization.
constexpr float kK1 = 8.0f;  // tuned on the labeled sets: term frequency saturates slowly in short articles
constexpr float kFieldWeight[kFieldCount] = {4.0f, 2.5f, 1.0f};
constexpr float kFieldB[kFieldCount] = {0.5f, 0.3f, 0.75f};
constexpr std::size_t kMaxPositionsPerPosting = 32;

// Variant weights: how much a match of each kind counts.
constexpr float kExact = 1.0f;
constexpr float kSynonym = 0.8f;
// A word standing in for one word of a longer phrase ("edit" for "update" in
// "edit order" / "update order") is a weaker match than a one-word synonym:
// out of its phrase it may mean something else ("update my account").
constexpr float kPhraseSynonym = 0.4f;
constexpr float kPrefix = 0.9f;
constexpr float kTypoPrefix = 0.6f;
constexpr float kTypo1 = 0.75f;
constexpr float kTypo2 = 0.55f;

// Words that carry little meaning in a help question. They still match, but
// count less towards coverage and confidence.
const std::unordered_set<std::string>& stopWords() {
  static const std::unordered_set<std::string> words = {
      "a", "an", "the", "i", "me", "my", "mine", "we", "our", "you", "your", "it", "its", "is",
      "am", "are", "was", "were", "be", "been", "do", "doe", "did", "done", "have", "has", "had",
      "can", "could", "will", "would", "should", "shall", "may", "might", "must", "to", "of",
      "in", "on", "at", "for", "from", "by", "with", "about", "and", "or", "but", "if", "so",
      "not", "no", "how", "what", "when", "where", "why", "who", "which", "this", "that",
      "there", "here", "please", "pls", "plz", "help", "want", "need", "get", "got", "some",
      "any", "hi", "hello", "hey", "thank", "thanks", "ok", "okay", "just", "still", "yet",
      "too", "also", "as", "up", "out", "into", "than", "then", "them", "they", "their", "he",
      "she", "his", "her", "us", "wanna", "gonna", "know", "tell", "like", "one", "u", "ur",
      "im", "dont", "cant", "isnt", "did", "does", "let", "lets", "let's", "see", "way", "be",
      "的", "了", "吗", "呢", "吧", "啊", "我", "你", "是", "在", "有", "和", "就", "都",
      "要", "会", "能", "怎", "么", "什", "请", "问", "一", "个", "这", "那", "哪", "里",
      "怎么", "什么", "请问", "一下", "可以", "如何", "为什", "为什么"};
  return words;
}

std::string joinTags(const std::vector<std::string>& tags) {
  std::string out;
  for (const std::string& tag : tags) {
    if (!out.empty()) out += " · ";
    out += tag;
  }
  return out;
}

// Candidates that stop words and single CJK characters are credited to,
// at most (see search): far more than the 60 reranked and the 20 shown.
constexpr std::size_t kReorderedCandidates = 400;

// Postings of a term are read in blocks of this many (see Skip).
constexpr std::uint32_t kSkipEvery = 16;

std::uint32_t getVarint(const std::uint8_t*& p) {
  std::uint32_t value = 0;
  int shift = 0;
  while (*p & 0x80) {
    value |= static_cast<std::uint32_t>(*p++ & 0x7F) << shift;
    shift += 7;
  }
  return value | static_cast<std::uint32_t>(*p++) << shift;
}

// How many positions each field keeps: the first 32 occurrences, title
// first, so the counts follow from the term frequencies.
void positionCounts(const std::uint8_t tf[kFieldCount], std::size_t out[kFieldCount]) {
  std::size_t left = kMaxPositionsPerPosting;
  for (int field = 0; field < kFieldCount; ++field) {
    out[field] = std::min<std::size_t>(tf[field], left);
    left -= out[field];
  }
}

// One term's postings while the index is built.
struct TermBuilder {
  ByteBuffer bytes;
  ByteBuffer positions;
  std::vector<std::array<std::uint32_t, 3>> skips;  // base, offset in bytes, offset in positions
  std::uint32_t count = 0;
  std::uint32_t base = 0;
  bool keepsPositions = true;
};

// A single Chinese, Japanese or Korean character: it keeps no positions.
// Proximity and phrases in those scripts come from the pairs, and half of
// a Chinese index's positions would otherwise be single characters'.
bool isSingleCjkCharacter(std::string_view term) {
  std::size_t pos = 0;
  const char32_t cp = decodeUtf8(term, pos);
  return pos == term.size() && isCjk(cp);
}

// Adds an article to a term's postings: the gap from the previous article,
// a header byte and up to three frequencies of their own (see
// PostingCursor::next). Its positions, if any, follow separately.
[[gnu::always_inline]] inline void writePosting(TermBuilder& builder, std::uint32_t doc, const std::uint8_t tf[kFieldCount]) {
  if (builder.count % kSkipEvery == 0)
    builder.skips.push_back({builder.base, builder.bytes.size(), builder.positions.size()});
  std::uint8_t* out = builder.bytes.reserveMore(ByteBuffer::kMaxVarintBytes + 4);
  out = ByteBuffer::putVarint(out, doc - builder.base);
  builder.base = doc + 1;
  *out++ = static_cast<std::uint8_t>(std::min<int>(tf[kTitle], 3) | std::min<int>(tf[kTags], 3) << 2 |
                                     std::min<int>(tf[kBody], 15) << 4);
  if (tf[kTitle] >= 3) *out++ = tf[kTitle];
  if (tf[kTags] >= 3) *out++ = tf[kTags];
  if (tf[kBody] >= 15) *out++ = tf[kBody];
  builder.bytes.commit(out);
  ++builder.count;
}

}  // namespace

inline bool SearchIndex::PostingCursor::next(Posting& posting) {
  if (m_bytes >= m_end) return false;
  // Most gaps fit one byte.
  posting.doc = m_base + (*m_bytes < 0x80 ? *m_bytes++ : getVarint(m_bytes));
  m_base = posting.doc + 1;
  // Frequencies: title in bits 0-1, tags 2-3, body 4-7; all ones means
  // the value follows in a byte of its own.
  const std::uint8_t header = *m_bytes++;
  std::uint8_t title = header & 3, tags = (header >> 2) & 3, body = header >> 4;
  if (title == 3) title = *m_bytes++;
  if (tags == 3) tags = *m_bytes++;
  if (body == 15) body = *m_bytes++;
  posting.tf[kTitle] = title;
  posting.tf[kTags] = tags;
  posting.tf[kBody] = body;
  return true;
}

std::size_t SearchIndex::positionsOf(const Posting& posting, std::uint16_t* out) {
  if (!posting.positions) return 0;  // a term that keeps none
  std::size_t counts[kFieldCount];
  positionCounts(posting.tf, counts);
  const std::uint8_t* p = posting.positions;
  std::size_t n = 0;
  for (int field = 0; field < kFieldCount; ++field) {
    std::uint32_t position = 0;
    for (std::size_t i = 0; i < counts[field]; ++i) {
      position += getVarint(p);
      out[n++] = static_cast<std::uint16_t>((field << 14) | std::min<std::uint32_t>(position, 0x3FFF));
    }
  }
  return n;
}

SearchIndex::PostingCursor SearchIndex::cursor(TermId term) const {
  const std::uint8_t* bytes = m_postingBytes.data();
  return PostingCursor(bytes + m_termPostings[term].bytes, bytes + m_termPostings[term + 1].bytes, 0);
}

bool SearchIndex::findPosting(TermId term, std::uint32_t doc, Posting& posting) const {
  const Skip* first = m_skips.data() + m_termPostings[term].skips;
  const Skip* last = m_skips.data() + m_termPostings[term + 1].skips;
  // The last block that can hold `doc`.
  const Skip* block =
      std::upper_bound(first, last, doc, [](std::uint32_t d, const Skip& skip) { return d < skip.base; });
  if (block == first) return false;
  --block;
  const std::uint32_t end = block + 1 < last ? (block + 1)->offset : m_termPostings[term + 1].bytes;
  PostingCursor reader(m_postingBytes.data() + block->offset, m_postingBytes.data() + end, block->base);
  const bool keepsPositions = m_keepsPositions[term];
  const std::uint8_t* positions = m_positionBytes.data() + block->positions;
  while (reader.next(posting)) {
    if (posting.doc > doc) return false;
    if (posting.doc == doc) {
      posting.positions = keepsPositions ? positions : nullptr;
      return true;
    }
    if (!keepsPositions) continue;
    for (std::size_t n = std::min<std::size_t>(kMaxPositionsPerPosting, posting.tf[kTitle] + posting.tf[kTags] + posting.tf[kBody]); n > 0; --n)
      while (*positions++ & 0x80) {
      }
  }
  return false;
}

SearchIndex::SearchIndex(const KnowledgeBase& kb) : m_kb(kb) {
  m_docs.reserve(kb.articles.size());
  std::vector<std::array<std::uint16_t, kFieldCount>> lengths;
  lengths.reserve(kb.articles.size());
  double lengthSum[kFieldCount] = {0, 0, 0};
  // An article's terms in text order, then grouped by term (a counting
  // sort: each term's positions stay in text order, title first).
  struct Occurrence {
    TermId term;
    std::uint16_t position;  // (field << 14) | position
  };
  constexpr std::uint32_t kUnseen = 0xFFFFFFFFu;
  std::vector<Occurrence> occurrences;
  std::vector<std::uint32_t> slotOfTerm;  // by term: its place in `distinct`
  std::vector<TermId> distinct;
  std::vector<std::uint32_t> starts;
  std::vector<std::uint16_t> grouped;
  std::vector<TermBuilder> builders;
  TokenStream stream;
  // Single characters of the Basic Multilingual Plane (three UTF-8 bytes,
  // most of a Chinese text) by code point: their term id without hashing
  // them again, and their frequencies in the article being read. They keep
  // no positions, so they skip the grouping below.
  struct Character {
    TermId term = kNoTerm;
    std::uint8_t tf[kFieldCount] = {0, 0, 0};
  };
  std::vector<Character> characters(0x10000);
  std::vector<std::uint16_t> charactersSeen;  // code points in this article
  std::string plainBody;
  std::string tags;
  for (const Article& article : kb.articles) {
    const auto doc = static_cast<std::uint32_t>(m_docs.size());
    plainBody = markdownToPlainText(article.body);
    tags = joinTags(article.tags);
    const std::string_view fields[kFieldCount] = {article.title, tags, plainBody};
    std::array<std::uint16_t, kFieldCount> length{};
    occurrences.clear();
    charactersSeen.clear();
    for (int field = 0; field < kFieldCount; ++field) {
      std::uint32_t count = 0;  // words and characters; pairs do not add to a field's length
      // Always inline: the wasm compiler left it a call, once per word and pair.
      const auto addOccurrence = [&](std::string_view term, std::uint32_t position) __attribute__((always_inline)) {
        occurrences.push_back({m_dictionary.add(term), static_cast<std::uint16_t>((field << 14) | std::min<std::uint32_t>(position, 0x3FFF))});
      };
      stream.forEach(
          fields[field],
          [&](const TokenView& token) {  // words, numbers and ids
            ++count;
            addOccurrence(token.term, token.position);
          },
          [&](const CjkRun& cjk) {
            count += static_cast<std::uint32_t>(cjk.count);
            for (std::size_t i = 0; i < cjk.count; ++i) {
              const auto position = cjk.firstPosition + static_cast<std::uint32_t>(i);
              const std::string_view single = cjk.character(i);
              if (single.size() == 3) {
                const auto* bytes = reinterpret_cast<const unsigned char*>(single.data());
                const auto cp = static_cast<std::uint16_t>((bytes[0] & 0x0Fu) << 12 | (bytes[1] & 0x3Fu) << 6 | (bytes[2] & 0x3Fu));
                Character& character = characters[cp];
                if (character.term == kNoTerm) character.term = m_dictionary.add(single);
                if ((character.tf[kTitle] | character.tf[kTags] | character.tf[kBody]) == 0) charactersSeen.push_back(cp);
                if (character.tf[field] < 0xFF) ++character.tf[field];
              } else {
                addOccurrence(single, position);
              }
              if (i + 1 < cjk.count) addOccurrence(cjk.pair(i), position);
            }
          });
      length[field] = static_cast<std::uint16_t>(std::min<std::uint32_t>(count, 0xFFFF));
      lengthSum[field] += length[field];
    }
    if (slotOfTerm.size() < m_dictionary.size()) {
      slotOfTerm.resize(m_dictionary.size(), kUnseen);
      builders.resize(m_dictionary.size());
    }
    for (const std::uint16_t cp : charactersSeen) {
      Character& character = characters[cp];
      TermBuilder& builder = builders[character.term];
      builder.keepsPositions = false;
      writePosting(builder, doc, character.tf);
      character.tf[kTitle] = character.tf[kTags] = character.tf[kBody] = 0;
    }
    distinct.clear();
    starts.clear();
    for (const Occurrence& occurrence : occurrences) {
      std::uint32_t& slot = slotOfTerm[occurrence.term];
      if (slot == kUnseen) {
        slot = static_cast<std::uint32_t>(distinct.size());
        distinct.push_back(occurrence.term);
        starts.push_back(0);
      }
      ++starts[slot];
    }
    std::uint32_t sum = 0;
    for (std::uint32_t& start : starts) sum += std::exchange(start, sum);
    grouped.resize(occurrences.size());
    for (const Occurrence& occurrence : occurrences) grouped[starts[slotOfTerm[occurrence.term]]++] = occurrence.position;
    // starts[k] is now where term k's positions end.
    for (std::size_t k = 0; k < distinct.size(); ++k) {
      const TermId term = distinct[k];
      slotOfTerm[term] = kUnseen;
      const std::size_t end = starts[k];
      const std::size_t begin = k == 0 ? 0 : starts[k - 1];
      std::uint8_t tf[kFieldCount] = {0, 0, 0};
      for (std::size_t i = begin; i < end; ++i) {
        const int field = grouped[i] >> 14;
        if (tf[field] < 0xFF) ++tf[field];
      }
      TermBuilder& builder = builders[term];
      if (builder.count == 0) builder.keepsPositions = !isSingleCjkCharacter(m_dictionary.term(term));
      writePosting(builder, doc, tf);
      // Positions: gaps within each field (positions are below 2^14: two
      // bytes at most).
      if (!builder.keepsPositions) continue;
      const std::size_t kept = std::min(end - begin, kMaxPositionsPerPosting);
      std::uint8_t* out = builder.positions.reserveMore(static_cast<std::uint32_t>(2 * kept));
      int previousField = -1;
      std::uint32_t previous = 0;
      for (std::size_t i = begin; i < begin + kept; ++i) {
        const int field = grouped[i] >> 14;
        const std::uint32_t position = grouped[i] & 0x3FFF;
        if (field != previousField) previous = 0;
        out = ByteBuffer::putVarint(out, position - previous);
        previous = position;
        previousField = field;
      }
      builder.positions.commit(out);
    }
    m_docs.push_back(Doc{&article, {1, 1, 1}});
    lengths.push_back(length);
  }
  // All terms' postings in one array, sized exactly.
  builders.resize(m_dictionary.size());
  std::size_t totalBytes = 0, totalPositions = 0, totalSkips = 0;
  for (const TermBuilder& builder : builders) {
    totalBytes += builder.bytes.size();
    totalPositions += builder.positions.size();
    totalSkips += builder.skips.size();
  }
  m_postingBytes.reserve(totalBytes);
  m_positionBytes.reserve(totalPositions);
  m_skips.reserve(totalSkips);
  m_termPostings.reserve(builders.size() + 1);
  m_keepsPositions.reserve(builders.size());
  for (TermBuilder& builder : builders) {
    const auto offset = static_cast<std::uint32_t>(m_postingBytes.size());
    const auto positions = static_cast<std::uint32_t>(m_positionBytes.size());
    m_termPostings.push_back({offset, static_cast<std::uint32_t>(m_skips.size()), builder.count});
    m_keepsPositions.push_back(builder.keepsPositions);
    for (const auto& [base, at, positionsAt] : builder.skips) m_skips.push_back({base, offset + at, positions + positionsAt});
    m_postingBytes.insert(m_postingBytes.end(), builder.bytes.data(), builder.bytes.data() + builder.bytes.size());
    m_positionBytes.insert(m_positionBytes.end(), builder.positions.data(),
                           builder.positions.data() + builder.positions.size());
    builder = TermBuilder();  // free as we go: the peak stays near one copy
  }
  m_termPostings.push_back({static_cast<std::uint32_t>(m_postingBytes.size()), static_cast<std::uint32_t>(m_skips.size()), 0});

  for (int field = 0; field < kFieldCount; ++field)
    m_averageLength[field] = m_docs.empty() ? 1.0f
                                            : std::max(1.0f, static_cast<float>(lengthSum[field] / m_docs.size()));
  for (std::size_t doc = 0; doc < m_docs.size(); ++doc)
    for (int field = 0; field < kFieldCount; ++field)
      m_docs[doc].tfFactor[field] =
          kFieldWeight[field] / (1.0f - kFieldB[field] + kFieldB[field] * lengths[doc][field] / m_averageLength[field]);
  m_idf.resize(m_dictionary.size());
  const float n = static_cast<float>(m_docs.size());
  for (std::size_t term = 0; term < m_idf.size(); ++term) {
    const float df = static_cast<float>(m_termPostings[term].count);
    m_idf[term] = std::log(1.0f + (n - df + 0.5f) / (df + 0.5f));
  }

  // Synonyms: each entry becomes the sequence of terms it tokenizes to.
  for (const std::vector<std::string>& group : kb.synonyms) {
    std::vector<std::vector<std::string>> entries;
    for (const std::string& entry : group) {
      const std::vector<Token> tokens = tokenize(entry);
      std::vector<std::string> sequence;
      for (const Token& token : tokens)
        if (token.kind != TermKind::CjkChar || tokens.size() == 1) sequence.push_back(token.term);
      if (!sequence.empty() && sequence.size() <= 4) entries.push_back(std::move(sequence));
    }
    if (entries.size() >= 2) m_synonymGroups.push_back(std::move(entries));
  }
  for (std::size_t i = 0; i < kb.intents.size(); ++i)
    for (const std::string& id : kb.intents[i].articles) m_intentsByArticle[id].push_back(i);
}

void SearchIndex::addVariants(QueryGroup& group, const Token& token, bool partial) const {
  const auto addTerm = [&](TermId term, float weight) {
    if (term == kNoTerm) return;
    for (Variant& existing : group.variants)
      if (existing.term == term) {
        existing.weight = std::max(existing.weight, weight);
        return;
      }
    group.variants.push_back({term, weight});
  };
  addTerm(m_dictionary.find(token.term), kExact);
  if (token.surface != token.term) addTerm(m_dictionary.find(token.surface), kExact);
  // "charged" -> "charg": the dictionary may hold "charge".
  if (token.stemmedFromSuffix) addTerm(m_dictionary.find(token.term + "e"), kExact);
  if (token.kind == TermKind::CjkChar || token.kind == TermKind::CjkPair) return;
  const std::string& typed = partial ? token.surface : token.term;
  const std::size_t length = typed.size();
  const int edits = !isLatinTerm(typed) ? 0 : length >= 8 ? 2 : length >= 4 ? 1 : 0;
  if (partial && length >= 2) {
    // The word is still being typed: complete it, allowing typos in what
    // is there so far once it is long enough.
    for (const TermMatch& match : m_dictionary.match(typed, length >= 5 ? 1 : 0, true, 40))
      addTerm(match.term, match.distance == 0 ? kPrefix : kTypoPrefix);
  }
  if (edits > 0) {
    for (const TermMatch& match : m_dictionary.match(token.term, edits, false, 12))
      if (match.distance > 0) addTerm(match.term, match.distance == 1 ? kTypo1 : kTypo2);
  }
}

// Where a synonym entry occurs in the query (as consecutive terms), the
// other entries of its group become variants of those words: the first
// terms pair up, any extra ones join the last word.
void SearchIndex::addSynonyms(std::vector<QueryGroup>& groups, const std::vector<Token>& tokens) const {
  for (const auto& entries : m_synonymGroups) {
    for (const auto& entry : entries) {
      for (std::size_t start = 0; start + entry.size() <= tokens.size(); ++start) {
        bool found = true;
        // "reimbursing" is stemmed to "reimburs", the entry "reimburse" is not.
        for (std::size_t k = 0; k < entry.size() && found; ++k) {
          const Token& token = tokens[start + k];
          found = token.term == entry[k] ||
                  (token.stemmedFromSuffix && entry[k].size() == token.term.size() + 1 && entry[k].back() == 'e' &&
                   entry[k].compare(0, token.term.size(), token.term) == 0);
        }
        if (!found) continue;
        for (const auto& other : entries) {
          if (&other == &entry) continue;
          for (std::size_t k = 0; k < other.size(); ++k) {
            const TermId term = m_dictionary.find(other[k]);
            if (term == kNoTerm) continue;
            QueryGroup& group = groups[start + std::min(k, entry.size() - 1)];
            // A synonym rarer than the word typed must not outrank the
            // word's own articles: its weight is capped by the word's idf.
            const TermId own = m_dictionary.find(tokens[start + std::min(k, entry.size() - 1)].term);
            float weight = entry.size() > 1 || other.size() > 1 ? kPhraseSynonym : kSynonym;
            if (own != kNoTerm) weight *= std::min(1.0f, idf(own) / idf(term));
            bool merged = false;
            for (Variant& existing : group.variants)
              if (existing.term == term) {
                existing.weight = std::max(existing.weight, weight);
                merged = true;
              }
            if (!merged) group.variants.push_back({term, weight});
          }
        }
      }
    }
  }
}

std::vector<SearchIndex::QueryGroup> SearchIndex::parseQuery(std::string_view query,
                                                             std::string& partialPrefix) const {
  std::vector<Token> tokens = tokenize(query);
  // The last word is unfinished unless the shopper typed a space or
  // punctuation after it.
  const bool endsOpen = !query.empty() && !tokens.empty() && tokens.back().byteEnd == query.size();
  std::vector<QueryGroup> groups;
  const auto& stops = stopWords();
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    const bool partial = endsOpen && i + 1 == tokens.size() &&
                         (token.kind == TermKind::Word || token.kind == TermKind::Id);
    QueryGroup group;
    group.surface = token.surface;
    const bool isFiller = fillerWords().count(token.surface) > 0 || fillerWords().count(token.term) > 0;
    const bool isStop = stops.count(token.surface) > 0 || stops.count(token.term) > 0 || isFiller;
    if (token.kind == TermKind::CjkChar) {
      // Single characters back up the pairs; alone (a one-character query)
      // they are the query.
      const bool alone = tokens.size() == 1;
      group.weight = alone ? 1.0f : 0.2f;
      group.content = alone && !isStop;
    } else {
      group.content = !isStop;
      group.weight = isStop ? 0.3f : 1.0f;
      group.filler = isFiller && stops.count(token.surface) == 0 && stops.count(token.term) == 0;
    }
    addVariants(group, token, partial);
    if (partial) partialPrefix = token.surface;
    if (endsOpen && i + 1 == tokens.size() && token.kind == TermKind::CjkChar && tokens.size() > 1 && !isStop)
      completeCjk(group, tokens);
    groups.push_back(std::move(group));
  }
  // Nothing but request words ("support"): they are the query.
  if (std::none_of(groups.begin(), groups.end(), [](const QueryGroup& g) { return g.content; }))
    for (QueryGroup& group : groups)
      if (group.filler) {
        group.content = true;
        group.weight = 1.0f;
      }
  addSynonyms(groups, tokens);
  addSkipPairs(groups, tokens);
  return groups;
}

// The last character of a Chinese query still being typed ("怎么注" on
// the way to "怎么注册"): when it forms no known pair with the character
// before it, it stands for the words it starts, the most common first.
void SearchIndex::completeCjk(QueryGroup& group, const std::vector<Token>& tokens) const {
  const Token& last = tokens.back();
  for (const Token& token : tokens)
    if (token.kind == TermKind::CjkPair && token.byteEnd == last.byteEnd && m_dictionary.find(token.term) != kNoTerm)
      return;  // a finished pair
  std::vector<TermMatch> matches = m_dictionary.match(last.term, 0, true, 400);
  matches.erase(std::remove_if(matches.begin(), matches.end(),
                               [&](const TermMatch& match) { return m_dictionary.term(match.term).size() <= last.term.size(); }),
                matches.end());
  if (matches.empty()) return;
  std::stable_sort(matches.begin(), matches.end(), [&](const TermMatch& a, const TermMatch& b) {
    return documentFrequency(a.term) > documentFrequency(b.term);
  });
  if (matches.size() > 12) matches.resize(12);
  // A word of the query now, if an uncertain one.
  group.content = true;
  group.weight = 0.5f;
  for (const TermMatch& match : matches) group.variants.push_back({match.term, kTypoPrefix});
}

// A particle or measure word inside a phrase ("换个码": 换码 with 个 in
// between, "退了货": 退货) hides the pair around it: the pair joins the
// query as a word of its own when the content has it.
void SearchIndex::addSkipPairs(std::vector<QueryGroup>& groups, const std::vector<Token>& tokens) const {
  static const std::unordered_set<std::string> particles = {"个", "了", "的", "一", "下", "点", "些", "过", "着", "得", "地", "次"};
  std::vector<QueryGroup> added;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& middle = tokens[i];
    if (middle.kind != TermKind::CjkChar || particles.count(middle.term) == 0) continue;
    const Token* before = nullptr;
    const Token* after = nullptr;
    for (const Token& token : tokens) {
      if (token.kind != TermKind::CjkChar) continue;
      if (token.byteEnd == middle.byteStart) before = &token;
      if (token.byteStart == middle.byteEnd) after = &token;
    }
    if (!before || !after || particles.count(before->term) > 0 || particles.count(after->term) > 0) continue;
    const TermId term = m_dictionary.find(before->term + after->term);
    if (term == kNoTerm) continue;
    QueryGroup group;
    group.surface = before->term + after->term;
    group.variants.push_back({term, kExact});
    added.push_back(std::move(group));
  }
  for (QueryGroup& group : added) groups.push_back(std::move(group));
}

float SearchIndex::idf(TermId term) const { return m_idf[term]; }

float SearchIndex::termScore(const Posting& posting, TermId term) const {
  const Doc& doc = m_docs[posting.doc];
  const float weightedTf = posting.tf[kTitle] * doc.tfFactor[kTitle] + posting.tf[kTags] * doc.tfFactor[kTags] +
                           posting.tf[kBody] * doc.tfFactor[kBody];
  return m_idf[term] * weightedTf / (kK1 + weightedTf);
}

// Consecutive query words found next to each other (in the same field, at
// most two words apart) earn a bonus, most in the tags, then the title.
float SearchIndex::proximityBonus(const VariantPositions* a, const VariantPositions* aEnd,
                                  const VariantPositions* b, const VariantPositions* bEnd) {
  static_assert(sizeof(VariantPositions::positions) / sizeof(std::uint16_t) == kMaxPositionsPerPosting);
  float best = 0;
  for (const VariantPositions* va = a; va != aEnd; ++va) {
    for (const VariantPositions* vb = b; vb != bEnd; ++vb) {
      for (std::size_t i = 0; i < va->count; ++i) {
        const std::uint16_t x = va->positions[i];
        for (std::size_t j = 0; j < vb->count; ++j) {
          const std::uint16_t y = vb->positions[j];
          if ((x >> 14) != (y >> 14)) continue;
          const int gap = static_cast<int>(y & 0x3FFF) - static_cast<int>(x & 0x3FFF);
          if (gap < 1 || gap > 2) continue;
          // Tags are the phrases an article was written to answer: query
          // words next to each other in a tag count most.
          const float fieldFactor = (x >> 14) == kTitle ? 1.0f : (x >> 14) == kTags ? 4.0f : 0.4f;
          best = std::max(best, fieldFactor * va->weight * vb->weight / static_cast<float>(gap));
        }
      }
    }
  }
  return best;
}

SearchResponse SearchIndex::search(std::string_view query, const SearchOptions& options) const {
  SearchResponse response;
  const std::vector<QueryGroup> groups = parseQuery(query, response.partialPrefix);
  if (groups.empty() || m_docs.empty()) return response;

  float totalWeight = 0;
  float contentWeight = 0;
  for (const QueryGroup& group : groups) {
    totalWeight += group.weight;
    if (group.content) contentWeight += group.weight;
  }

  const std::size_t n = m_docs.size();
  std::vector<float> score(n, 0.0f);
  std::vector<float> covered(n, 0.0f);
  std::vector<float> contentCovered(n, 0.0f);
  std::vector<float> groupBest(n, 0.0f);
  std::vector<std::uint32_t> touched;
  std::vector<std::uint32_t> candidates;
  std::unordered_set<TermId> matched;

  // A query of stop words only ("hello how are you") asks nothing the
  // content can answer.
  if (contentWeight == 0) return response;

  // Content words first: stop words only add to articles those found, and
  // are looked up per article instead of walking their long posting lists.
  std::vector<const QueryGroup*> ordered;
  for (const QueryGroup& group : groups)
    if (group.content) ordered.push_back(&group);
  for (const QueryGroup& group : groups)
    if (!group.content) ordered.push_back(&group);
  // Stop words and single CJK characters (the non-content groups) only
  // reorder what the content words found. In a large corpus common
  // characters (号, 注) hold most articles, and crediting every candidate
  // walked those lists in full, the bulk of a Chinese query's time: only
  // the best candidates so far, far more than are shown, are credited.
  std::vector<std::uint32_t> reordered;  // the candidates credited, by doc
  std::vector<std::uint8_t> isReordered;
  bool reorderChosen = false;
  const auto chooseReordered = [&] {
    reorderChosen = true;
    reordered = candidates;
    if (reordered.size() > kReorderedCandidates) {
      const auto provisional = [&](std::uint32_t doc) {
        const float coverage = covered[doc] / totalWeight;
        return score[doc] * (0.2f + 0.8f * coverage * coverage);
      };
      std::nth_element(reordered.begin(), reordered.begin() + kReorderedCandidates, reordered.end(),
                       [&](std::uint32_t a, std::uint32_t b) { return provisional(a) > provisional(b); });
      reordered.resize(kReorderedCandidates);
    }
    isReordered.assign(n, 0);
    for (std::uint32_t doc : reordered) isReordered[doc] = 1;
  };
  for (const QueryGroup* groupPointer : ordered) {
    const QueryGroup& group = *groupPointer;
    if (!group.content && !reorderChosen) chooseReordered();
    touched.clear();
    for (const Variant& variant : group.variants) {
      if (group.content) {
        matched.insert(variant.term);  // stop words are not highlighted
        PostingCursor reader = cursor(variant.term);
        for (Posting posting; reader.next(posting);) {
          const float s = variant.weight * termScore(posting, variant.term);
          if (groupBest[posting.doc] == 0.0f) touched.push_back(posting.doc);
          groupBest[posting.doc] = std::max(groupBest[posting.doc], s);
        }
      } else {
        // Whichever is shorter: look each candidate up, or walk the list.
        const auto credit = [&](const Posting& posting) {
          const float s = variant.weight * termScore(posting, variant.term);
          if (groupBest[posting.doc] == 0.0f) touched.push_back(posting.doc);
          groupBest[posting.doc] = std::max(groupBest[posting.doc], s);
        };
        Posting posting;
        if (reordered.size() * 16 < documentFrequency(variant.term)) {
          for (std::uint32_t doc : reordered)
            if (findPosting(variant.term, doc, posting)) credit(posting);
        } else {
          for (PostingCursor reader = cursor(variant.term); reader.next(posting);)
            if (isReordered[posting.doc]) credit(posting);
        }
      }
    }
    for (std::uint32_t doc : touched) {
      if (score[doc] == 0.0f && covered[doc] == 0.0f) candidates.push_back(doc);
      score[doc] += groupBest[doc] * group.weight;
      covered[doc] += group.weight;
      if (group.content) contentCovered[doc] += group.weight;
      groupBest[doc] = 0.0f;
    }
  }

  // Matching most of the query matters more than matching one word often.
  std::vector<SearchResult> ranked;
  ranked.reserve(candidates.size());
  for (std::uint32_t doc : candidates) {
    if (contentCovered[doc] == 0.0f) continue;  // matched only stop words
    const float coverage = covered[doc] / totalWeight;
    SearchResult result;
    result.article = m_docs[doc].article;
    result.coverage = contentWeight > 0 ? contentCovered[doc] / contentWeight : coverage;
    result.score = score[doc] * (0.2f + 0.8f * coverage * coverage);
    ranked.push_back(result);
  }
  const auto byScore = [](const SearchResult& a, const SearchResult& b) { return a.score > b.score; };
  // Only the leading candidates need an order: bonuses may reorder them.
  const std::size_t rerank = std::min<std::size_t>(ranked.size(), std::max<std::size_t>(60, options.limit));
  std::nth_element(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(rerank), ranked.end(), byScore);

  // Phrase and proximity bonus and context boosts for the leading candidates.
  // Each matched variant's positions are decoded once per article (a
  // group takes part in two neighbouring pairs).
  std::vector<VariantPositions> found;
  std::vector<std::size_t> groupStart(groups.size() + 1);
  Posting posting;
  for (std::size_t i = 0; i < rerank; ++i) {
    SearchResult& result = ranked[i];
    const auto doc = static_cast<std::uint32_t>(result.article - m_kb.articles.data());
    found.clear();
    for (std::size_t g = 0; g < groups.size(); ++g) {
      groupStart[g] = found.size();
      for (const Variant& variant : groups[g].variants) {
        if (!findPosting(variant.term, doc, posting)) continue;
        found.emplace_back();
        found.back().weight = variant.weight;
        found.back().count = static_cast<std::uint8_t>(positionsOf(posting, found.back().positions));
      }
    }
    groupStart[groups.size()] = found.size();
    float bonus = 0;
    for (std::size_t g = 0; g + 1 < groups.size(); ++g) {
      float pair = proximityBonus(found.data() + groupStart[g], found.data() + groupStart[g + 1],
                                  found.data() + groupStart[g + 1], found.data() + groupStart[g + 2]);
      // Content words with only stop words between them in the query
      // ("edit my address") may stand side by side in the article ("edit address").
      if (groups[g].content && !groups[g + 1].content) {
        std::size_t h = g + 1;
        while (h < groups.size() && !groups[h].content) ++h;
        if (h < groups.size() && h - g <= 3)
          pair = std::max(pair, proximityBonus(found.data() + groupStart[g], found.data() + groupStart[g + 1],
                                               found.data() + groupStart[h], found.data() + groupStart[h + 1]));
      }
      bonus += pair;
    }
    result.score *= 1.0 + 0.4 * bonus / std::max<std::size_t>(1, groups.size() - 1);
    if (const RankingContext* context = options.context) {
      double boost = 0;
      if (auto it = context->articleBoosts.find(result.article->id); it != context->articleBoosts.end()) boost += it->second;
      if (auto it = context->categoryBoosts.find(result.article->category); it != context->categoryBoosts.end()) boost += it->second;
      for (const std::string& tag : result.article->tags)
        if (auto it = context->tagBoosts.find(tag); it != context->tagBoosts.end()) boost += it->second;
      result.score *= 1.0 + boost;
    }
  }
  std::sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(rerank), byScore);

  response.totalMatches = ranked.size();
  ranked.resize(rerank);
  if (!ranked.empty()) {
    const SearchResult& top = ranked.front();
    response.confident = top.coverage >= 0.5 && top.score >= 0.4;
  }
  response.intents = vagueIntents(ranked, groups);
  if (!response.confident) response.didYouMean = correction(groups);
  if (ranked.size() > options.limit) ranked.resize(options.limit);
  response.results = std::move(ranked);
  for (TermId term : matched) response.matchedTerms.emplace_back(m_dictionary.term(term));
  std::sort(response.matchedTerms.begin(), response.matchedTerms.end());
  return response;
}

std::vector<IntentChoice> SearchIndex::vagueIntents(const std::vector<SearchResult>& results,
                                                    const std::vector<QueryGroup>& groups) const {
  std::vector<IntentChoice> choices;
  std::size_t contentGroups = 0;
  std::size_t cjkChars = 0;
  for (const QueryGroup& group : groups) {
    if (group.content) ++contentGroups;
    if (!isLatinTerm(group.surface)) cjkChars += group.surface.size() / 3;
  }
  // Only short queries can be vague: one or two words, or a few characters.
  const bool shortQuery = cjkChars > 0 ? cjkChars <= 4 && groups.size() <= 8 : contentGroups <= 2;
  if (!shortQuery || results.size() < 3) return choices;

  struct Bucket {
    std::string id;
    std::string label;
    std::string article;
    double score;
  };
  std::vector<Bucket> buckets;
  const auto credit = [&](const std::string& id, const std::string& label, const SearchResult& r) {
    for (Bucket& bucket : buckets)
      if (bucket.id == id) return;  // results come best first: keep the first article
    buckets.push_back({id, label, r.article->id, r.score});
  };
  for (std::size_t i = 0; i < std::min<std::size_t>(results.size(), 12); ++i) {
    const SearchResult& r = results[i];
    auto it = m_intentsByArticle.find(r.article->id);
    if (!m_kb.intents.empty()) {
      if (it == m_intentsByArticle.end()) continue;
      for (std::size_t intent : it->second) credit(m_kb.intents[intent].id, m_kb.intents[intent].label, r);
    } else if (const Category* category = m_kb.findCategory(r.article->category)) {
      credit(category->id, category->title, r);
    }
  }
  if (buckets.size() < 3) return choices;
  // Vague: the best answer does not stand out from the third-best need. A
  // single word naming a topic ("delivery") is vague even when one title
  // holds it.
  const double spread = contentGroups <= 1 && cjkChars <= 2 ? 2.5 : 1.6;
  if (buckets[0].score > spread * buckets[2].score) return choices;
  for (std::size_t i = 0; i < std::min<std::size_t>(buckets.size(), 4); ++i)
    choices.push_back({buckets[i].id, buckets[i].label, buckets[i].article});
  return choices;
}

std::string SearchIndex::correction(const std::vector<QueryGroup>& groups) const {
  std::string corrected;
  bool changed = false;
  for (const QueryGroup& group : groups) {
    std::string word = group.surface;
    if (isLatinTerm(word) && word.size() >= 3 && m_dictionary.find(stem(word)) == kNoTerm &&
        m_dictionary.find(word) == kNoTerm) {
      const int edits = word.size() >= 8 ? 2 : 1;
      const std::vector<TermMatch> matches = m_dictionary.match(word, edits, false, 20);
      // The closest, most common term.
      const TermMatch* best = nullptr;
      for (const TermMatch& match : matches)
        if (!best || match.distance < best->distance ||
            (match.distance == best->distance && documentFrequency(match.term) > documentFrequency(best->term)))
          best = &match;
      if (best) {
        word = m_dictionary.term(best->term);
        changed = true;
      }
    }
    if (!isLatinTerm(word)) continue;  // CJK pairs cannot be rejoined reliably
    if (!corrected.empty()) corrected += ' ';
    corrected += word;
  }
  return changed ? corrected : std::string();
}

Decoration SearchIndex::decorate(const Article& article, const SearchResponse& response) const {
  Decoration decoration;
  const auto isMatch = [&](const Token& token) {
    if (std::binary_search(response.matchedTerms.begin(), response.matchedTerms.end(), token.term))
      return true;
    return !response.partialPrefix.empty() && token.surface.rfind(response.partialPrefix, 0) == 0;
  };
  const auto rangesIn = [&](std::string_view text) {
    std::vector<Range> ranges;
    for (const Token& token : tokenize(text)) {
      if (!isMatch(token)) continue;
      if (!ranges.empty() && token.byteStart <= ranges.back().end) {
        ranges.back().end = std::max(ranges.back().end, token.byteEnd);
      } else {
        ranges.push_back({token.byteStart, token.byteEnd});
      }
    }
    return ranges;
  };
  decoration.title = rangesIn(article.title);

  // The snippet: the sentence with the most distinct matches, cut to size.
  const std::string body = markdownToPlainText(article.body);
  std::size_t bestStart = 0, bestEnd = std::min<std::size_t>(body.size(), 160);
  std::size_t bestCount = 0;
  std::size_t sentenceStart = 0;
  std::size_t pos = 0;
  while (sentenceStart < body.size()) {
    // Sentence ends: . ! ? newline, and their CJK forms.
    std::size_t end = body.size();
    pos = sentenceStart;
    while (pos < body.size()) {
      std::size_t next = pos;
      const char32_t cp = decodeUtf8(body, next);
      if (cp == '\n' || cp == U'。' || cp == U'！' || cp == U'？' ||
          ((cp == '.' || cp == '!' || cp == '?') && (next >= body.size() || body[next] == ' '))) {
        end = next;
        break;
      }
      pos = next;
    }
    const std::string_view sentence(body.data() + sentenceStart, end - sentenceStart);
    std::unordered_set<std::string> distinct;
    for (const Token& token : tokenize(sentence))
      if (isMatch(token)) distinct.insert(token.term);
    if (distinct.size() > bestCount) {
      bestCount = distinct.size();
      bestStart = sentenceStart;
      bestEnd = end;
    }
    sentenceStart = end;
    while (sentenceStart < body.size() && (body[sentenceStart] == ' ' || body[sentenceStart] == '\n')) ++sentenceStart;
  }
  // Extend short sentences with what follows; cut long ones at a boundary.
  constexpr std::size_t kSnippetBytes = 180;
  std::size_t stop = floorToCharBoundary(body, std::min(body.size(), bestStart + kSnippetBytes));
  if (stop < body.size()) {
    const std::size_t space = body.rfind(' ', stop);
    if (space != std::string::npos && space > bestStart + kSnippetBytes / 2) stop = space;
  }
  std::string snippet = body.substr(bestStart, stop - bestStart);
  for (char& c : snippet)
    if (c == '\n') c = ' ';
  decoration.snippetRanges = rangesIn(snippet);
  if (stop < body.size()) snippet += "\u2026";
  decoration.snippet = std::move(snippet);
  (void)bestEnd;
  return decoration;
}

std::vector<std::string> SearchIndex::complete(std::string_view typed, std::size_t limit) const {
  std::vector<std::string> out;
  const std::string folded = foldText(typed);
  if (folded.find_first_not_of(' ') == std::string::npos) return out;
  const auto consider = [&](const std::string& candidate) {
    if (out.size() >= limit) return;
    const std::string foldedCandidate = foldText(candidate);
    if (foldedCandidate.rfind(folded, 0) != 0 || foldedCandidate == folded) return;
    if (std::find(out.begin(), out.end(), candidate) == out.end()) out.push_back(candidate);
  };
  for (const std::string& query : m_kb.popularQueries) consider(query);
  for (const Article& article : m_kb.articles) consider(article.title);
  return out;
}

std::size_t SearchIndex::memoryBytes() const {
  return m_dictionary.memoryBytes() + m_postingBytes.capacity() + m_positionBytes.capacity() + m_skips.capacity() * sizeof(Skip) +
         m_termPostings.capacity() * sizeof(TermPostings) + m_docs.capacity() * sizeof(Doc) +
         m_idf.capacity() * sizeof(float) + m_keepsPositions.capacity() / 8;
}

}  // namespace hw::search
