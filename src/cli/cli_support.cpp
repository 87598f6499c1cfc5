// helpkb shared pieces.
#include "cli/cli_support.h"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

namespace hw::cli {

Arguments::Arguments(int argc, char** argv, int first, const std::vector<std::string>& switches) {
  for (int i = first; i < argc; ++i) {
    const std::string word = argv[i];
    if (word.rfind("--", 0) == 0 && word.size() > 2) {
      const std::string name = word.substr(2);
      if (std::find(switches.begin(), switches.end(), name) != switches.end()) {
        m_options[name] = "1";
      } else if (i + 1 < argc) {
        m_options[name] = argv[++i];
      } else {
        m_error = "option --" + name + " needs a value";
      }
    } else {
      m_positional.push_back(word);
    }
  }
}

std::optional<std::string> Arguments::option(const std::string& name) const {
  auto it = m_options.find(name);
  if (it == m_options.end()) return std::nullopt;
  return it->second;
}

std::string Arguments::option(const std::string& name, const std::string& fallback) const {
  return option(name).value_or(fallback);
}

bool Arguments::has(const std::string& name) const { return m_options.count(name) > 0; }

std::optional<std::string> readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::optional<KnowledgeBase> loadKnowledgeBaseFile(const std::string& path) {
  const std::optional<std::string> text = readFile(path);
  if (!text) {
    std::cerr << path << ": cannot read the file\n";
    return std::nullopt;
  }
  Loaded<KnowledgeBase> loaded = loadKnowledgeBase(*text, path);
  for (const ContentError& error : loaded.errors) std::cerr << error.describe() << "\n";
  if (!loaded.ok()) return std::nullopt;
  return std::move(loaded.value);
}

}  // namespace hw::cli
