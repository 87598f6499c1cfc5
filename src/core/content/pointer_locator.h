// Byte offsets of many JSON pointers in one pass over the text, so locating
// hundreds of findings in a large file costs one scan, not one per finding.
// Pure C++.
#pragma once
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace hw::content {

// For each pointer of `wanted` found in `text` (well-formed JSON), the offset
// where its value starts. Pointers that name nothing are left out.
std::map<std::string, std::size_t> locatePointers(std::string_view text,
                                                  const std::set<std::string>& wanted);

}  // namespace hw::content
