// Grows a knowledge base deterministically to N articles for benchmarks:
// the real articles stay as they are, new ones recombine their titles,
// sentences and tags. Pure C++: no ImGui, no Emscripten.
#pragma once
#include <cstddef>

#include "core/knowledge_base.h"

namespace hw::search {

KnowledgeBase scaleCorpus(const KnowledgeBase& base, std::size_t articles, unsigned seed = 1);

}  // namespace hw::search
