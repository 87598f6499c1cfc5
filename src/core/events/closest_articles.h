// Advice for a search that found nothing: the articles our own search
// engine finds closest, so the content team can add the shopper's words as
// keywords there (or see that an article is missing). Pure C++.
#pragma once
#include <string_view>
#include <vector>

#include "core/events/event_report.h"
#include "core/search/search_index.h"

namespace hw::events {

// The whole query first; when it finds nothing (as it did in the panel),
// each of its terms alone, best scores first, without repeats.
std::vector<ArticleRef> closestArticles(const search::SearchIndex& index, std::string_view query,
                                        std::size_t limit = 3);

}  // namespace hw::events
