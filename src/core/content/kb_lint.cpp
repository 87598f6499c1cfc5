#include "core/content/kb_lint.h"

#include <cctype>
#include <map>
#include <set>

#include "core/markdown.h"
#include "core/search/search_index.h"
#include "core/search/text_fold.h"
#include "core/utf8.h"

namespace hw::content {

namespace {

std::size_t countChars(const std::string& text) {
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < text.size(); ++count) decodeUtf8(text, pos);
  return count;
}

}  // namespace

std::vector<LintFinding> lintKnowledgeBase(const KnowledgeBase& kb, const std::vector<search::LabeledQuery>& queries,
                                           const LintOptions& options) {
  // Which articles the labeled queries reach, as a shopper would see them.
  std::set<std::string> reached;
  if (!queries.empty()) {
    const search::SearchIndex index(kb);
    search::SearchOptions searchOptions;
    searchOptions.limit = 5;
    for (const search::LabeledQuery& query : queries)
      for (const search::SearchResult& result : index.search(query.query, searchOptions).results)
        reached.insert(result.article->id);
  }
  std::vector<LintFinding> findings;
  std::map<std::string, std::size_t> titles;  // folded title -> first article index
  for (std::size_t i = 0; i < kb.articles.size(); ++i) {
    const Article& article = kb.articles[i];
    const std::string at = "/articles/" + std::to_string(i);
    const std::size_t length = countChars(markdownToPlainText(article.body));
    if (length < options.shortBodyChars)
      findings.push_back({at + "/body", "very short article (" + std::to_string(length) +
                                            " characters): shoppers may need the steps, times or limits spelled out"});
    // Case, width and punctuation do not make two titles different to a reader.
    std::string folded;
    for (char c : search::foldText(article.title))
      if (static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c))) folded += c;
    if (auto [first, inserted] = titles.emplace(folded, i); !inserted)
      findings.push_back({at + "/title", "same title as /articles/" + std::to_string(first->second) +
                                             ": shoppers cannot tell the two apart in results"});
    if (article.tags.empty())
      findings.push_back({at, "no tags: add the words shoppers use for this (search then finds it by them)"});
    if (!queries.empty() && !reached.count(article.id))
      findings.push_back({at, "no labeled query finds this article in its first 5 results: add tags or synonyms "
                              "in the words shoppers use, or check that it is still needed"});
  }
  return findings;
}

}  // namespace hw::content
