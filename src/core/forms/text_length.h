// Length limits count what a shopper sees as characters: "退货" is 2, an
// emoji with a skin tone or a family emoji joined with ZWJ is 1, "é" written
// as e + combining accent is 1. An approximation of Unicode grapheme
// clusters that needs no tables beyond a few ranges. Pure C++.
#pragma once
#include <cstddef>
#include <string_view>

namespace hw {

std::size_t countVisibleCharacters(std::string_view text);

}  // namespace hw
