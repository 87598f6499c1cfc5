// helpkb lint: quality warnings for knowledge-base files (short articles,
// duplicate titles, missing tags, articles no labeled query reaches).
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/cli_support.h"
#include "core/content/kb_lint.h"
#include "core/json_document.h"

namespace hw::cli {

int commandLint(const Arguments& args) {
  if (args.positional().empty()) {
    std::cerr << "usage: helpkb lint [--queries FILE.tsv[,FILE.tsv]] [--json] KB_FILE...\n";
    return 2;
  }
  std::vector<search::LabeledQuery> queries;
  std::stringstream list(args.option("queries", ""));
  for (std::string path; std::getline(list, path, ',');) {
    if (path.empty()) continue;
    const auto text = readFile(path);
    if (!text) {
      std::cerr << "helpkb lint: cannot read " << path << "\n";
      return 2;
    }
    for (search::LabeledQuery& query : search::parseLabeledQueries(*text)) queries.push_back(std::move(query));
  }
  nlohmann::json out = nlohmann::json::array();
  int warnings = 0;
  bool broken = false;
  for (const std::string& path : args.positional()) {
    const auto text = readFile(path);
    const auto kb = text ? loadKnowledgeBaseFile(path) : std::nullopt;
    if (!kb) {
      broken = true;  // loadKnowledgeBaseFile said why; `helpkb validate` says more
      continue;
    }
    for (const content::LintFinding& finding : content::lintKnowledgeBase(*kb, queries)) {
      const ContentError located = errorAt(*text, path, finding.pointer, ContentErrorCode::Schema, finding.message);
      ++warnings;
      if (args.has("json")) {
        out.push_back({{"file", path}, {"line", located.position.line}, {"column", located.position.column},
                       {"pointer", finding.pointer}, {"severity", "warning"}, {"message", finding.message}});
      } else {
        std::cout << path << ":" << located.position.line << ":" << located.position.column
                  << ": warning: " << finding.pointer << ": " << finding.message << "\n";
      }
    }
  }
  if (args.has("json")) std::cout << out.dump(2) << "\n";
  else std::cerr << "helpkb lint: " << args.positional().size() << " file(s), " << warnings << " warning(s)\n";
  return broken ? 1 : 0;
}

}  // namespace hw::cli
