// "Did you mean ...?" for names typed by content editors (fact names,
// property names, ids). Pure C++.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace hw {

// The candidate closest to `typed` within a small edit distance (letters
// swapped, one missing or extra), or "" when none is close enough to help.
std::string closestName(std::string_view typed, const std::vector<std::string>& candidates);

}  // namespace hw
