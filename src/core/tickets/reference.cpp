// Ticket references. Pure C++: no I/O, no clock, no randomness of its own.
#include "core/tickets/reference.h"

namespace hw {

namespace {

constexpr std::size_t kBodySymbols = 8;
constexpr std::size_t kCodeSymbols = kBodySymbols + 1;

// Multiplication in GF(2^5) modulo the primitive polynomial x^5 + x^2 + 1.
int gfMultiply(int a, int b) {
  int product = 0;
  for (int bit = 0; bit < 5; ++bit) {
    if (b & (1 << bit)) product ^= a;
    a <<= 1;
    if (a & 0x20) a ^= 0x25;
  }
  return product;
}

// Horner over GF(32) with the generator x (= 2) as weight: the running value
// after symbols d1..dn is sum(d_i * x^(n-i)). A substitution changes one
// term by a non-zero amount; swapping neighbours a,b changes the sum by
// (x + 1)(a - b) * x^k, non-zero when a != b, because x != 1.
int weightedSum(const int* symbols, std::size_t count) {
  int sum = 0;
  for (std::size_t i = 0; i < count; ++i) sum = gfMultiply(sum, 2) ^ symbols[i];
  return sum;
}

// Crockford decoding of one symbol, with its reading aids.
int symbolValue(char c) {
  if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  if (c == 'O') c = '0';
  if (c == 'I' || c == 'L') c = '1';
  for (int value = 0; value < 32; ++value)
    if (kCrockfordAlphabet[value] == c) return value;
  return -1;
}

std::string format(const int* symbols) {
  std::string out = kReferencePrefix;
  for (std::size_t i = 0; i < kCodeSymbols; ++i) {
    if (i % 3 == 0) out += '-';
    out += kCrockfordAlphabet[symbols[i]];
  }
  return out;
}

}  // namespace

char referenceCheckCharacter(std::string_view body) {
  int symbols[kBodySymbols] = {};
  for (std::size_t i = 0; i < kBodySymbols && i < body.size(); ++i) {
    const int value = symbolValue(body[i]);
    symbols[i] = value < 0 ? 0 : value;
  }
  // The check symbol c makes the sum over all nine symbols zero:
  // sum(body) * x + c = 0, and in characteristic 2, -v = v.
  return kCrockfordAlphabet[gfMultiply(weightedSum(symbols, kBodySymbols), 2)];
}

std::string makeReference(const ReferenceEntropy& random) {
  std::uint64_t bits = 0;
  for (std::uint8_t byte : random) bits = (bits << 8) | byte;
  int symbols[kCodeSymbols] = {};
  for (std::size_t i = 0; i < kBodySymbols; ++i)
    symbols[i] = static_cast<int>((bits >> (5 * (kBodySymbols - 1 - i))) & 31u);
  symbols[kBodySymbols] = gfMultiply(weightedSum(symbols, kBodySymbols), 2);
  return format(symbols);
}

std::optional<std::string> normalizeReference(std::string_view input) {
  std::string compact;
  for (char c : input) {
    if (c == '-' || c == ' ' || c == '\t') continue;
    compact += c;
    if (compact.size() > kCodeSymbols + 2) return std::nullopt;
  }
  if (compact.size() == kCodeSymbols + 2) {
    const bool prefixed = (compact[0] == 'H' || compact[0] == 'h') &&
                          (compact[1] == 'W' || compact[1] == 'w');
    if (!prefixed) return std::nullopt;
    compact.erase(0, 2);
  }
  if (compact.size() != kCodeSymbols) return std::nullopt;
  int symbols[kCodeSymbols] = {};
  for (std::size_t i = 0; i < kCodeSymbols; ++i) {
    symbols[i] = symbolValue(compact[i]);
    if (symbols[i] < 0) return std::nullopt;
  }
  if (weightedSum(symbols, kCodeSymbols) != 0) return std::nullopt;
  return format(symbols);
}

bool isValidReference(std::string_view input) { return normalizeReference(input).has_value(); }

bool isCanonicalReference(std::string_view text) {
  const auto normalized = normalizeReference(text);
  return normalized && *normalized == text;
}

}  // namespace hw
