// Tests for ticket references: generation, the check character and
// Crockford normalization.
#include <catch_amalgamated.hpp>

#include <array>
#include <cstdint>
#include <string>

#include "core/tickets/reference.h"

using namespace hw;

namespace {

// Deterministic pseudo-random entropy for the exhaustive samples.
ReferenceEntropy sampleEntropy(std::uint32_t seed) {
  std::uint64_t state = seed * 0x9E3779B97F4A7C15ull + 1;
  ReferenceEntropy bytes{};
  for (auto& byte : bytes) {
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    byte = static_cast<std::uint8_t>((state * 0x2545F4914F6CDD1Dull) >> 56);
  }
  return bytes;
}

// The 11 code characters of a canonical reference, without "HW" and dashes.
std::string codeOf(const std::string& reference) {
  std::string code;
  for (std::size_t i = 3; i < reference.size(); ++i)
    if (reference[i] != '-') code += reference[i];
  return code;
}

std::string withCode(const std::string& code) {
  return "HW-" + code.substr(0, 3) + "-" + code.substr(3, 3) + "-" + code.substr(6, 3);
}

}  // namespace

TEST_CASE("a reference reads HW-XXX-XXX-XXX in Crockford base32", "[tickets][reference]") {
  const std::string reference = makeReference(sampleEntropy(1));
  REQUIRE(reference.size() == 14);
  CHECK(reference.rfind("HW-", 0) == 0);
  CHECK(reference[6] == '-');
  CHECK(reference[10] == '-');
  for (char c : codeOf(reference)) {
    CHECK(std::string(kCrockfordAlphabet).find(c) != std::string::npos);
    CHECK(std::string("ILOU").find(c) == std::string::npos);
  }
  CHECK(isValidReference(reference));
}

TEST_CASE("the random part carries all 40 bits of the caller's bytes", "[tickets][reference]") {
  CHECK(makeReference({0, 0, 0, 0, 0}) == "HW-000-000-000");
  CHECK(codeOf(makeReference({0xFF, 0xFF, 0xFF, 0xFF, 0xFF})).substr(0, 8) == "ZZZZZZZZ");
  // 0x08 0x42 0x10 0x84 0x21 = 00001 00001 00001 00001 00001 00001 00001 00001
  CHECK(codeOf(makeReference({0x08, 0x42, 0x10, 0x84, 0x21})).substr(0, 8) == "11111111");
  // Different bytes give different references.
  CHECK(makeReference(sampleEntropy(1)) != makeReference(sampleEntropy(2)));
  CHECK(makeReference(sampleEntropy(7)) == makeReference(sampleEntropy(7)));
}

TEST_CASE("every single-character substitution is detected", "[tickets][reference]") {
  int checked = 0;
  for (std::uint32_t seed = 0; seed < 300; ++seed) {
    const std::string code = codeOf(makeReference(sampleEntropy(seed)));
    for (std::size_t pos = 0; pos < code.size(); ++pos) {
      for (const char* c = kCrockfordAlphabet; *c; ++c) {
        if (*c == code[pos]) continue;
        std::string changed = code;
        changed[pos] = *c;
        if (isValidReference(withCode(changed))) FAIL("undetected: " << code << " -> " << changed);
        ++checked;
      }
    }
  }
  CHECK(checked == 300 * 9 * 31);
}

TEST_CASE("every adjacent transposition is detected, the check character included",
          "[tickets][reference]") {
  int checked = 0;
  for (std::uint32_t seed = 0; seed < 2000; ++seed) {
    const std::string code = codeOf(makeReference(sampleEntropy(seed)));
    for (std::size_t pos = 0; pos + 1 < code.size(); ++pos) {
      if (code[pos] == code[pos + 1]) continue;
      std::string swapped = code;
      std::swap(swapped[pos], swapped[pos + 1]);
      if (isValidReference(withCode(swapped))) FAIL("undetected: " << code << " -> " << swapped);
      ++checked;
    }
  }
  CHECK(checked > 2000 * 7);
}

TEST_CASE("all pairs of symbols: transposing any two distinct symbols is detected",
          "[tickets][reference]") {
  // Exhaustive over the alphabet: every pair (a, b), a != b, at every
  // adjacent position of a fixed body, with the check character recomputed.
  for (std::size_t pos = 0; pos + 1 < 8; ++pos) {
    for (const char* a = kCrockfordAlphabet; *a; ++a) {
      for (const char* b = kCrockfordAlphabet; *b; ++b) {
        if (*a == *b) continue;
        std::string body = "7K3M9QXD";
        body[pos] = *a;
        body[pos + 1] = *b;
        const std::string code = body + referenceCheckCharacter(body);
        REQUIRE(isValidReference(withCode(code)));
        std::string swapped = code;
        std::swap(swapped[pos], swapped[pos + 1]);
        if (isValidReference(withCode(swapped))) FAIL("undetected: " << code);
      }
    }
  }
  // And the last body symbol against the check character itself.
  for (const char* a = kCrockfordAlphabet; *a; ++a) {
    std::string body = "7K3M9QX0";
    body[7] = *a;
    const std::string code = body + referenceCheckCharacter(body);
    if (code[7] == code[8]) continue;
    std::string swapped = code;
    std::swap(swapped[7], swapped[8]);
    CHECK_FALSE(isValidReference(withCode(swapped)));
  }
}

TEST_CASE("normalization follows Crockford: case, confusable letters, dashes and spaces",
          "[tickets][reference]") {
  const std::string reference = makeReference(sampleEntropy(42));
  std::string lower = reference;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  CHECK(normalizeReference(lower) == reference);
  CHECK(isValidReference(lower));

  const std::string body = "0I1L0O00";  // o -> 0, i and l -> 1
  const std::string typed = "hw " + body.substr(0, 4) + " " + body.substr(4) +
                            referenceCheckCharacter("01110000");
  CHECK(normalizeReference(typed) == withCode(std::string("01110000") +
                                              referenceCheckCharacter("01110000")));
  // Without the HW prefix, and without any separators.
  CHECK(normalizeReference(codeOf(reference)) == reference);
  CHECK(normalizeReference("HW" + codeOf(reference)) == reference);
  CHECK(normalizeReference("  " + reference + "  ") == reference);
}

TEST_CASE("malformed references are refused", "[tickets][reference]") {
  const std::string reference = makeReference(sampleEntropy(3));
  CHECK_FALSE(isValidReference(""));
  CHECK_FALSE(isValidReference("HW-"));
  CHECK_FALSE(isValidReference(reference.substr(0, 13)));  // one character short
  CHECK_FALSE(isValidReference(reference + "0"));          // one too many
  CHECK_FALSE(isValidReference("XX" + reference.substr(2)));
  CHECK_FALSE(isValidReference("HW-UUU-000-000"));  // U is not a Crockford symbol
  CHECK_FALSE(isValidReference("HW-0*0-000-000"));
  CHECK_FALSE(isValidReference("HW-000-000-00\xC3\xA9"));
  CHECK_FALSE(normalizeReference("HW-UUU-000-000").has_value());
  // Canonical form is what tickets carry: lowercase is valid input, not canonical.
  CHECK(isCanonicalReference(reference));
  std::string lower = reference;
  lower[5] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[5])));
  if (lower != reference) CHECK_FALSE(isCanonicalReference(lower));
}
