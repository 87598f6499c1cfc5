// The search engine alone as a WebAssembly module, for benchmarks against
// JavaScript search libraries in Node. Not part of the widget download.
#include <emscripten.h>

#include <malloc.h>

#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "core/knowledge_base.h"
#include "core/search/search_index.h"

namespace {

struct Engine {
  hw::KnowledgeBase kb;
  std::unique_ptr<hw::search::SearchIndex> index;
};

std::map<int, std::unique_ptr<Engine>> g_engines;  // by handle
int g_nextHandle = 1;
std::string g_error;
std::string g_answer;
// The last hw_search_create's time in its two phases, for benchmarks.
double g_loadMs = 0;
double g_indexMs = 0;

}  // namespace

extern "C" {

// Builds an index from knowledge-base JSON; 0 on error (see hw_search_error).
EMSCRIPTEN_KEEPALIVE int hw_search_create(const char* kbJson) {
  // Benchmarks grow the content to 100k articles, far past what a shop
  // would publish: the module lifts the size limits the widget keeps.
  hw::KnowledgeBaseLimits limits;
  limits.maxBytes = 1024u * 1024u * 1024u;
  limits.maxArticles = 1000000;
  const double start = emscripten_get_now();
  auto loaded = hw::loadKnowledgeBase(kbJson ? kbJson : "", "kb.json", limits);
  const double parsed = emscripten_get_now();
  if (!loaded.ok()) {
    g_error = loaded.errors.front().describe();
    return 0;
  }
  auto engine = std::make_unique<Engine>();
  engine->kb = std::move(loaded.value);
  engine->index = std::make_unique<hw::search::SearchIndex>(engine->kb);
  g_loadMs = parsed - start;
  g_indexMs = emscripten_get_now() - parsed;
  const int handle = g_nextHandle++;
  g_engines[handle] = std::move(engine);
  return handle;
}

EMSCRIPTEN_KEEPALIVE const char* hw_search_error() { return g_error.c_str(); }

// Milliseconds the last hw_search_create spent parsing and checking the
// JSON (phase 0) and building the index (phase 1).
EMSCRIPTEN_KEEPALIVE double hw_search_build_phase_ms(int phase) { return phase == 0 ? g_loadMs : g_indexMs; }

// {"results":[{"id","score"}],"confident":bool,"intents":[{"id","label"}]}
EMSCRIPTEN_KEEPALIVE const char* hw_search_query(int handle, const char* query, int limit) {
  auto it = g_engines.find(handle);
  if (it == g_engines.end()) return "{\"results\":[],\"confident\":false,\"intents\":[]}";
  hw::search::SearchOptions options;
  options.limit = limit > 0 ? static_cast<std::size_t>(limit) : 10;
  const hw::search::SearchResponse response = it->second->index->search(query ? query : "", options);
  nlohmann::json results = nlohmann::json::array();
  for (const auto& result : response.results) results.push_back({{"id", result.article->id}, {"score", result.score}});
  nlohmann::json intents = nlohmann::json::array();
  for (const auto& intent : response.intents) intents.push_back({{"id", intent.id}, {"label", intent.label}});
  g_answer = nlohmann::json{{"results", results}, {"confident", response.confident}, {"intents", intents}}.dump();
  return g_answer.c_str();
}

EMSCRIPTEN_KEEPALIVE void hw_search_destroy(int handle) { g_engines.erase(handle); }

// Bytes of the wasm heap in use (allocated by malloc), for memory figures.
EMSCRIPTEN_KEEPALIVE int hw_search_heap_used() { return static_cast<int>(mallinfo().uordblks); }

}  // extern "C"
