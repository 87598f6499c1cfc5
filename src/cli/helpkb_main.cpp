// helpkb: the command line for help content: validate, build, search,
// evaluate, benchmark and report on events. Native only.
#include <cstring>
#include <iostream>

#include "cli/cli_support.h"

namespace {

void usage() {
  std::cerr <<
      "usage: helpkb COMMAND [options]\n"
      "  validate [--json] FILE...           check content files against their $schema and\n"
      "                                      each other; exit 1 on errors, 0 with warnings only\n"
      "  build CONTENT_DIR OUT_DIR           validate every content file, then write minified,\n"
      "                                      hashed copies and manifest.json; nothing on errors\n"
      "  lint [--queries FILE.tsv[,FILE.tsv]] [--json] KB_FILE...\n"
      "                                      quality warnings: very short articles, duplicate\n"
      "                                      titles, no tags, articles no labeled query reaches\n"
      "  search --kb FILE [--limit N] [--json] QUERY\n"
      "  search --kb FILE --queries FILE.tsv [--json] [--misses]\n"
      "                                      MRR@5, recall@5 and accuracy@1 of labeled queries\n"
      "  bench --kb FILE [--scale N] [--queries FILE.tsv] [--json]\n"
      "                                      index build time, memory, p50/p95 query time\n"
      "  eval bitext --kb FILE --data QUERIES.tsv --map INTENTS.tsv [--lines all|even|odd]\n"
      "              [--json] [--misses]      --lines: only even or odd line numbers of the file\n"
      "  eval hint3 --kb FILE --data TEST.csv --map LABELS.tsv [--json]\n"
      "  report EVENTS... [--from DATE] [--to DATE] [--locale TAG] [--kb FILE[,FILE]]\n"
      "         [--html OUT.html] [--json]\n"
      "                                      figures over event logs (JSON lines or arrays):\n"
      "                                      deflection, searches with no result, helpfulness,\n"
      "                                      cards, form funnels; invalid lines reported, skipped\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "help") == 0) {
    usage();
    return argc < 2 ? 2 : 0;
  }
  const std::string command = argv[1];
  const hw::cli::Arguments args(argc, argv, 2, {"json", "misses"});
  if (!args.error().empty()) {
    std::cerr << "helpkb: " << args.error() << "\n";
    return 2;
  }
  if (command == "search") return hw::cli::commandSearch(args);
  if (command == "bench") return hw::cli::commandBench(args);
  if (command == "eval") return hw::cli::commandEval(args);
  if (command == "validate") return hw::cli::commandValidate(args);
  if (command == "build") return hw::cli::commandBuild(args);
  if (command == "report") return hw::cli::commandReport(args);
  if (command == "lint") return hw::cli::commandLint(args);
  std::cerr << "helpkb: unknown command \"" << command << "\"\n";
  usage();
  return 2;
}
