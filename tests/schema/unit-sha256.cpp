// SHA-256 against the FIPS 180-4 examples.
#include <catch_amalgamated.hpp>

#include "core/sha256.h"

TEST_CASE("sha256 matches the published test vectors", "[sha256]") {
  CHECK(hw::sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(hw::sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(hw::sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(hw::sha256Hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  // 55 and 56 bytes: the padding boundary.
  CHECK(hw::sha256Hex(std::string(55, 'x')).size() == 64);
  CHECK(hw::sha256Hex(std::string(56, 'x')) != hw::sha256Hex(std::string(55, 'x')));
}
