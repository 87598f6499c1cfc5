// libFuzzer target: any bytes as content text and as a query must never
// crash normalization, tokenizing, query parsing, ranking or highlighting,
// and highlights must stay inside the text on character boundaries.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/search/search_index.h"
#include "core/search/text_fold.h"
#include "core/search/tokenizer.h"
#include "core/utf8.h"

namespace {

void require(bool condition) {
  if (!condition) std::abort();
}

void checkRanges(const std::string& text, const std::vector<hw::search::Range>& ranges) {
  for (const hw::search::Range& range : ranges) {
    require(range.start < range.end && range.end <= text.size());
    require(hw::floorToCharBoundary(text, range.start) == range.start);
    require(range.end == text.size() || hw::floorToCharBoundary(text, range.end) == range.end);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  // The first half is an article's text (valid UTF-8, as the content loader
  // guarantees), the rest the query (any bytes).
  const std::string text = hw::sanitizeUtf8(input.substr(0, size / 2));
  const std::string query = input.substr(size / 2);

  hw::search::foldText(input);
  for (const hw::search::Token& token : hw::search::tokenize(input)) {
    require(token.byteStart < token.byteEnd && token.byteEnd <= input.size());
    require(token.term.size() <= hw::search::kMaxTermBytes + 4);
  }

  hw::KnowledgeBase kb;
  kb.categories = {{"c", "C", ""}};
  const std::string cleanQuery = hw::sanitizeUtf8(query);
  kb.articles = {{"a", text, text + "\n\n- " + cleanQuery, "c", {cleanQuery}},
                 {"b", "Where is my parcel?", "Track it with the link.", "c", {"parcel"}}};
  kb.synonyms = {{text.substr(0, 8), cleanQuery.substr(0, 8), "parcel"}};
  const hw::search::SearchIndex index(kb);
  const hw::search::SearchResponse response = index.search(query);
  for (const hw::search::SearchResult& result : response.results) {
    const hw::search::Decoration decoration = index.decorate(*result.article, response);
    checkRanges(result.article->title, decoration.title);
    checkRanges(decoration.snippet, decoration.snippetRanges);
  }
  index.complete(query);
  return 0;
}
