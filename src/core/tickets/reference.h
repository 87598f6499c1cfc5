// Ticket references such as "HW-7K3-M9Q-XD4": short enough to read out on
// the phone, checkable when typed back. Crockford base32 (no I, L, O, U),
// 40 random bits from the caller, one check character. Pure C++.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hw {

inline constexpr const char* kCrockfordAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
inline constexpr const char* kReferencePrefix = "HW";

// The shell supplies randomness (crypto.getRandomValues in the browser): the
// core has none of its own, so tests stay deterministic.
using ReferenceEntropy = std::array<std::uint8_t, 5>;

// "HW-" + 8 symbols for the 40 bits + 1 check symbol, grouped by three.
std::string makeReference(const ReferenceEntropy& random);

// The check symbol for 8 body symbols (canonical upper case). The code is a
// weighted sum over GF(32) with weights that are powers of a primitive
// element: it detects every single substitution and every adjacent
// transposition, the check symbol included.
char referenceCheckCharacter(std::string_view body);

// Canonical "HW-XXX-XXX-XXX" from what a person typed: case-insensitive,
// o -> 0, i and l -> 1, spaces and dashes ignored, the "HW" prefix optional.
// Nothing when it is not a reference or its check symbol does not match.
std::optional<std::string> normalizeReference(std::string_view input);

bool isValidReference(std::string_view input);

// Exactly the form makeReference() writes (what tickets and keys carry).
bool isCanonicalReference(std::string_view text);

}  // namespace hw
