// helpkb validate: schema checks of knowledge-base files.
#include <iostream>

#include "cli/cli_support.h"

namespace hw::cli {

int commandValidate(const Arguments& args) {
  if (args.positional().empty()) {
    std::cerr << "helpkb validate: name at least one file\n";
    return 2;
  }
  bool ok = true;
  for (const std::string& path : args.positional()) {
    if (loadKnowledgeBaseFile(path)) std::cout << path << ": ok\n";
    else ok = false;
  }
  return ok ? 0 : 1;
}

}  // namespace hw::cli
