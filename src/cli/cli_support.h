// Shared pieces of the helpkb command line: arguments, files, content.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/content/content_check.h"
#include "core/knowledge_base.h"

namespace hw::cli {

// "--name value" options, "--flag" switches and positional words.
class Arguments {
 public:
  Arguments(int argc, char** argv, int first, const std::vector<std::string>& switches);
  std::optional<std::string> option(const std::string& name) const;
  std::string option(const std::string& name, const std::string& fallback) const;
  bool has(const std::string& name) const;
  const std::vector<std::string>& positional() const { return m_positional; }
  const std::string& error() const { return m_error; }

 private:
  std::map<std::string, std::string> m_options;
  std::vector<std::string> m_positional;
  std::string m_error;
};

std::optional<std::string> readFile(const std::string& path);

// Loads and validates a knowledge base, printing each error as
// FILE:LINE:COL: /pointer: message to stderr.
std::optional<KnowledgeBase> loadKnowledgeBaseFile(const std::string& path);

int commandSearch(const Arguments& args);
int commandBench(const Arguments& args);
int commandEval(const Arguments& args);
int commandValidate(const Arguments& args);
int commandBuild(const Arguments& args);
int commandReport(const Arguments& args);
int commandLint(const Arguments& args);

// Reads every file; on the first unreadable one says so and returns nullopt.
std::optional<std::vector<content::ContentSource>> readSources(const std::vector<std::string>& paths);

}  // namespace hw::cli
