// Deterministic corpus growth. Pure C++: no ImGui, no Emscripten.
#include "core/search/corpus_scaling.h"

#include <cstdint>
#include <string>
#include <vector>

#include "core/markdown.h"
#include "core/utf8.h"

namespace hw::search {

namespace {

// A small, fixed PRNG so every platform grows the same corpus.
class Lcg {
 public:
  explicit Lcg(unsigned seed) : m_state(seed * 2654435761u + 1) {}
  std::size_t below(std::size_t n) {
    m_state = m_state * 6364136223846793005ull + 1442695040888963407ull;
    return n == 0 ? 0 : static_cast<std::size_t>((m_state >> 33) % n);
  }

 private:
  std::uint64_t m_state;
};

std::vector<std::string> sentencesOf(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const char32_t cp = decodeUtf8(text, pos);
    current.append(text, start, pos - start);
    const bool end = cp == U'。' || cp == U'！' || cp == U'？' || cp == '\n' ||
                     ((cp == '.' || cp == '!' || cp == '?') && (pos >= text.size() || text[pos] == ' '));
    if (end) {
      if (current.find_first_not_of(" \n") != std::string::npos) out.push_back(current);
      current.clear();
    }
  }
  if (current.find_first_not_of(" \n") != std::string::npos) out.push_back(current);
  return out;
}

}  // namespace

KnowledgeBase scaleCorpus(const KnowledgeBase& base, std::size_t articles, unsigned seed) {
  KnowledgeBase kb = base;
  if (base.articles.empty() || articles <= base.articles.size()) return kb;
  std::vector<std::vector<std::string>> sentences;
  for (const Article& article : base.articles) sentences.push_back(sentencesOf(markdownToPlainText(article.body)));
  Lcg random(seed);
  const std::size_t n = base.articles.size();
  kb.articles.reserve(articles);
  for (std::size_t i = n; i < articles; ++i) {
    const Article& a = base.articles[random.below(n)];
    const Article& b = base.articles[random.below(n)];
    Article article;
    article.id = "synthetic-" + std::to_string(i);
    article.category = a.category;
    // A title made of the start of one title and the end of another.
    const std::size_t cutA = floorToCharBoundary(a.title, a.title.size() / 2);
    const std::size_t cutB = floorToCharBoundary(b.title, b.title.size() / 2);
    article.title = a.title.substr(0, cutA) + b.title.substr(cutB);
    article.tags = a.tags;
    if (!b.tags.empty()) article.tags.push_back(b.tags[random.below(b.tags.size())]);
    const std::size_t count = 4 + random.below(6);
    for (std::size_t s = 0; s < count; ++s) {
      const auto& pool = sentences[random.below(n)];
      if (pool.empty()) continue;
      if (!article.body.empty()) article.body += ' ';
      article.body += pool[random.below(pool.size())];
    }
    if (article.body.empty()) article.body = a.title;
    kb.articles.push_back(std::move(article));
  }
  kb.popular.clear();
  return kb;
}

}  // namespace hw::search
