// helpkb bench: index build time, memory and query time percentiles over a
// deterministic query mix, on the content grown to --scale articles.
#include <algorithm>
#include <chrono>
#include <iomanip>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/cli_support.h"
#include "core/search/corpus_scaling.h"
#include "core/search/evaluation.h"

namespace hw::cli {

namespace {

using Clock = std::chrono::steady_clock;

double microsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

// Without a query file: titles, their typo'd forms (two letters swapped)
// and the prefixes a shopper types on the way.
std::vector<std::string> defaultQueries(const KnowledgeBase& kb, std::size_t originals) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < std::min(originals, kb.articles.size()); ++i) {
    const std::string& title = kb.articles[i].title;
    out.push_back(title);
    std::string typo = title;
    if (typo.size() > 6 && static_cast<unsigned char>(typo[3]) < 0x80 && static_cast<unsigned char>(typo[4]) < 0x80)
      std::swap(typo[3], typo[4]);
    out.push_back(typo);
    out.push_back(title.substr(0, std::min<std::size_t>(title.size(), 7)));
  }
  return out;
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const std::size_t index = std::min(values.size() - 1, static_cast<std::size_t>(p * values.size()));
  return values[index];
}

}  // namespace

int commandBench(const Arguments& args) {
  const std::optional<std::string> kbPath = args.option("kb");
  if (!kbPath) {
    std::cerr << "helpkb bench: --kb FILE is required\n";
    return 2;
  }
  const std::optional<KnowledgeBase> base = loadKnowledgeBaseFile(*kbPath);
  if (!base) return 1;
  const std::size_t scale = static_cast<std::size_t>(std::stoul(args.option("scale", "0")));
  const KnowledgeBase kb = search::scaleCorpus(*base, scale);

  std::vector<std::string> queries;
  if (const auto path = args.option("queries")) {
    const std::optional<std::string> text = readFile(*path);
    if (!text) {
      std::cerr << *path << ": cannot read the file\n";
      return 2;
    }
    for (const auto& labeled : search::parseLabeledQueries(*text)) queries.push_back(labeled.query);
  } else {
    queries = defaultQueries(kb, base->articles.size());
  }

  std::vector<double> builds;
  std::size_t memory = 0;
  for (int run = 0; run < 3; ++run) {
    const auto start = Clock::now();
    const search::SearchIndex index(kb);
    builds.push_back(microsSince(start) / 1000.0);
    memory = index.memoryBytes();
  }
  const search::SearchIndex index(kb);
  // As-you-type: every query is also searched at each prefix length.
  std::vector<double> times;
  std::vector<double> decorated;
  for (int round = 0; round < 2; ++round)
    for (const std::string& query : queries) {
      auto start = Clock::now();
      const search::SearchResponse response = index.search(query);
      const double searchMicros = microsSince(start);
      if (round == 0) continue;  // warm-up
      times.push_back(searchMicros);
      start = Clock::now();
      for (std::size_t i = 0; i < std::min<std::size_t>(response.results.size(), 10); ++i)
        index.decorate(*response.results[i].article, response);
      decorated.push_back(searchMicros + microsSince(start));
    }

  const double build = percentile(builds, 0.5);
  if (args.has("json")) {
    std::cout << nlohmann::json{{"articles", kb.articles.size()}, {"terms", index.termCount()},
                                {"build_ms", build}, {"index_bytes", memory}, {"queries", times.size()},
                                {"query_p50_us", percentile(times, 0.5)}, {"query_p95_us", percentile(times, 0.95)},
                                {"with_highlights_p95_us", percentile(decorated, 0.95)}}
                     .dump(2)
              << "\n";
    return 0;
  }
  std::cout << std::fixed << std::setprecision(1) << kb.articles.size() << " articles, " << index.termCount()
            << " terms: index build " << build << " ms, index " << memory / 1024 << " KB; " << times.size()
            << " queries: p50 " << percentile(times, 0.5) << " us, p95 " << percentile(times, 0.95)
            << " us (with highlights for the top 10: p95 " << percentile(decorated, 0.95) << " us)\n";
  return 0;
}

}  // namespace hw::cli
