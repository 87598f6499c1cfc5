// Plain token-match search. Pure C++: no ImGui, no Emscripten.
#include "core/token_search.h"

#include <algorithm>

#include "core/markdown.h"
#include "core/utf8.h"

namespace hw {

std::string foldForSearch(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = decodeUtf8(text, pos);
    if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // full-width ASCII
    if (cp == 0x3000) cp = ' ';                      // ideographic space
    if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
    appendUtf8(out, cp);
  }
  return out;
}

namespace {

bool isWordChar(char32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') ||
         (cp >= 0xC0 && cp < 0x2E80 && cp != 0xD7 && cp != 0xF7 && !(cp >= 0x2000 && cp <= 0x206F));
}

}  // namespace

std::vector<std::string> queryTerms(std::string_view query) {
  const std::string folded = foldForSearch(query);
  std::vector<std::string> terms;
  std::string word;
  std::vector<std::string> cjkRun;
  const auto flushWord = [&]() {
    if (!word.empty()) terms.push_back(word);
    word.clear();
  };
  const auto flushCjk = [&]() {
    if (cjkRun.size() == 1) terms.push_back(cjkRun[0]);
    for (std::size_t i = 0; i + 1 < cjkRun.size(); ++i) terms.push_back(cjkRun[i] + cjkRun[i + 1]);
    cjkRun.clear();
  };
  std::size_t pos = 0;
  while (pos < folded.size()) {
    const std::size_t start = pos;
    const char32_t cp = decodeUtf8(folded, pos);
    if (isCjk(cp) && !(cp >= 0x3000 && cp <= 0x303F) && !(cp >= 0xFF00 && cp <= 0xFF65)) {
      flushWord();
      cjkRun.emplace_back(folded.substr(start, pos - start));
    } else if (isWordChar(cp)) {
      flushCjk();
      word += folded.substr(start, pos - start);
    } else {
      flushWord();
      flushCjk();
    }
  }
  flushWord();
  flushCjk();
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  return terms;
}

TokenSearch::TokenSearch(const KnowledgeBase& kb) {
  m_entries.reserve(kb.articles.size());
  for (const Article& article : kb.articles) {
    Entry entry{&article, foldForSearch(article.title), {}, {}, markdownToPlainText(article.body)};
    for (const std::string& tag : article.tags) entry.tags += foldForSearch(tag) + " ";
    entry.body = foldForSearch(entry.plainBody);
    m_entries.push_back(std::move(entry));
  }
}

namespace {

std::string snippetAround(const std::string& text, std::size_t matchAt, std::size_t before,
                          std::size_t length) {
  std::size_t start = matchAt > before ? matchAt - before : 0;
  start = floorToCharBoundary(text, start);
  // Start at a word boundary when one is close, so the snippet reads well.
  const std::size_t space = text.find(' ', start);
  if (start > 0 && space != std::string::npos && space < matchAt) start = space + 1;
  std::size_t end = floorToCharBoundary(text, std::min(text.size(), start + length));
  std::string out = text.substr(start, end - start);
  for (char& c : out)
    if (c == '\n') c = ' ';
  if (start > 0) out = "…" + out;
  if (end < text.size()) out += "…";
  return out;
}

}  // namespace

std::vector<SearchHit> TokenSearch::search(std::string_view query, std::size_t limit) const {
  const std::vector<std::string> terms = queryTerms(query);
  std::vector<SearchHit> hits;
  if (terms.empty()) return hits;
  // Half the terms (rounded up) must match, so one stray word does not hide
  // every result.
  const std::size_t needed = (terms.size() + 1) / 2;
  struct Ranked {
    std::size_t matched;
    int score;
    std::size_t entry;
    std::size_t bodyMatch;
  };
  std::vector<Ranked> ranked;
  for (std::size_t i = 0; i < m_entries.size(); ++i) {
    const Entry& entry = m_entries[i];
    Ranked r{0, 0, i, std::string::npos};
    for (const std::string& term : terms) {
      const bool inTitle = entry.title.find(term) != std::string::npos;
      const bool inTags = entry.tags.find(term) != std::string::npos;
      const std::size_t bodyAt = entry.body.find(term);
      if (!inTitle && !inTags && bodyAt == std::string::npos) continue;
      ++r.matched;
      r.score += (inTitle ? 5 : 0) + (inTags ? 3 : 0) + (bodyAt != std::string::npos ? 1 : 0);
      if (bodyAt != std::string::npos) r.bodyMatch = std::min(r.bodyMatch, bodyAt);
    }
    if (r.matched >= needed) ranked.push_back(r);
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    return a.matched != b.matched ? a.matched > b.matched : a.score > b.score;
  });
  for (const Ranked& r : ranked) {
    if (hits.size() >= limit) break;
    const Entry& entry = m_entries[r.entry];
    // Folding keeps byte lengths for ASCII, so body offsets map onto the
    // plain text except after full-width characters; clamp to be safe.
    const std::size_t at = r.bodyMatch == std::string::npos ? 0 : std::min(r.bodyMatch, entry.plainBody.size());
    hits.push_back({entry.article, r.score, snippetAround(entry.plainBody, at, 40, 140)});
  }
  return hits;
}

}  // namespace hw
