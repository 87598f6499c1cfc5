// Reads fixture and sample files for tests, relative to the repository root.
#pragma once
#include <fstream>
#include <sstream>
#include <string>

#include <catch_amalgamated.hpp>

namespace hw::test {

inline std::string readRepoFile(const std::string& relative) {
  std::ifstream in(std::string(HW_TEST_DATA_DIR) + "/" + relative, std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace hw::test
