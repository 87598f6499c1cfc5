// SHA-256 (FIPS 180-4), for content hashes in published file names and the
// manifest. Pure C++.
#pragma once
#include <string>
#include <string_view>

namespace hw {

// Lowercase hex digest of `data` (64 characters).
std::string sha256Hex(std::string_view data);

}  // namespace hw
