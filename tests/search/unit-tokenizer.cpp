// Tokenization: words, stems, ids, CJK runs, offsets.
#include <catch_amalgamated.hpp>

#include "core/search/tokenizer.h"

using namespace hw::search;

namespace {

std::vector<std::string> terms(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& token : tokenize(text)) out.push_back(token.term);
  return out;
}

}  // namespace

TEST_CASE("English words are folded and lightly stemmed", "[tokenizer]") {
  CHECK(terms("Parcels shipped Tracking deliveries") ==
        std::vector<std::string>{"parcel", "ship", "track", "delivery"});
  CHECK(stem("boxes") == "box");
  CHECK(stem("address") == "address");
  CHECK(stem("status") == "status");
  CHECK(stem("refunded") == "refund");
  CHECK(stem("carried") == "carry");
  CHECK(stem("bus") == "bus");
}

TEST_CASE("order-like ids and numbers stay whole", "[tokenizer]") {
  CHECK(terms("Order SO-1042 costs 12.50") == std::vector<std::string>{"order", "so-1042", "cost", "12.50"});
  const auto tokens = tokenize("SO-1042");
  REQUIRE(tokens.size() == 1);
  CHECK(tokens[0].kind == TermKind::Id);
}

TEST_CASE("hyphenated words without digits split, apostrophes join", "[tokenizer]") {
  CHECK(terms("e-mail isn't") == std::vector<std::string>{"e", "mail", "isnt"});
  CHECK(terms("refund- now") == std::vector<std::string>{"refund", "now"});
}

TEST_CASE("Chinese runs give characters and overlapping pairs", "[tokenizer]") {
  CHECK(terms("退货运费") == std::vector<std::string>{"退", "退货", "货", "货运", "运", "运费", "费"});
  const auto tokens = tokenize("退货");
  CHECK(tokens[1].kind == TermKind::CjkPair);
  CHECK(tokens[1].byteStart == 0);
  CHECK(tokens[1].byteEnd == 6);
}

TEST_CASE("mixed scripts split at script changes", "[tokenizer]") {
  CHECK(terms("订单SO-1042没收到") ==
        std::vector<std::string>{"订", "订单", "单", "so-1042", "没", "没收", "收", "收到", "到"});
}

TEST_CASE("positions count words and characters in order", "[tokenizer]") {
  const auto tokens = tokenize("my 退货 parcel");
  REQUIRE(tokens.size() == 5);
  CHECK(tokens[0].position == 0);
  CHECK(tokens[1].position == 1);  // 退
  CHECK(tokens[3].position == 2);  // 货
  CHECK(tokens[4].position == 3);  // parcel
}

TEST_CASE("byte offsets point into the original text", "[tokenizer]") {
  const std::string text = "Café, ＳＯ-1 ok";
  for (const Token& token : tokenize(text)) {
    CHECK(token.byteEnd > token.byteStart);
    CHECK(token.byteEnd <= text.size());
  }
  CHECK(tokenize(text)[0].byteEnd == 5);  // "Café" is 5 bytes
}

TEST_CASE("invalid UTF-8 and hostile input never break tokenizing", "[tokenizer]") {
  CHECK(terms("ab\xFF" "cd") == std::vector<std::string>{"ab", "cd"});
  const std::string longWord(10000, 'x');
  const auto tokens = tokenize(longWord);
  REQUIRE(tokens.size() == 1);
  CHECK(tokens[0].term.size() == kMaxTermBytes);
  CHECK(tokenize("").empty());
  CHECK(tokenize("-- '' !!").empty());
}

TEST_CASE("the reusable token stream gives exactly the tokens of tokenize", "[tokenizer]") {
  // The index is built with the stream (no string per token); queries and
  // highlights use tokenize: both must see the same terms.
  const std::string texts[] = {
      "Parcels shipped Tracking deliveries, e-mail isn't SO-1042 costs 12.50",
      "订单SO-1042没收到 my 退货 parcel", "Café, ＳＯ-1 ok refund- now", "ab\xFF" "cd -- '' !!",
      std::string(300, 'y') + " x", ""};
  TokenStream stream;
  for (int round = 0; round < 2; ++round) {  // buffers reused across texts
    for (const std::string& text : texts) {
      std::vector<Token> streamed;
      stream.forEach(text, [&](const TokenView& view) {
        Token token;
        token.term = std::string(view.term);
        token.surface = std::string(view.surface);
        token.kind = view.kind;
        token.position = view.position;
        token.byteStart = view.byteStart;
        token.byteEnd = view.byteEnd;
        token.stemmedFromSuffix = view.stemmedFromSuffix;
        streamed.push_back(std::move(token));
      });
      const std::vector<Token> expected = tokenize(text);
      REQUIRE(streamed.size() == expected.size());
      for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(streamed[i].term == expected[i].term);
        CHECK(streamed[i].surface == expected[i].surface);
        CHECK(streamed[i].kind == expected[i].kind);
        CHECK(streamed[i].position == expected[i].position);
        CHECK(streamed[i].byteStart == expected[i].byteStart);
        CHECK(streamed[i].byteEnd == expected[i].byteEnd);
        CHECK(streamed[i].stemmedFromSuffix == expected[i].stemmedFromSuffix);
      }
    }
  }
}

TEST_CASE("CJK runs handed over whole stand for the same tokens as tokenize", "[tokenizer]") {
  // The index build takes runs whole; each run must expand to exactly the
  // characters and pairs tokenize gives, in the same order and places.
  const std::string texts[] = {"订单SO-1042没收到 my 退货 parcel", "退货运费谁出？快递",
                               "カタカナ 한국어 \xF0\xA0\x80\x80\xE5\xAD\x97 ＡＢ全角", "单", "a 货 b", ""};
  TokenStream stream;
  for (int round = 0; round < 2; ++round) {  // buffers reused across texts
    for (const std::string& text : texts) {
      std::vector<Token> streamed;
      const auto add = [&](std::string_view term, TermKind kind, std::uint32_t position, std::uint32_t start,
                           std::uint32_t end) {
        Token token;
        token.term = token.surface = std::string(term);
        token.kind = kind;
        token.position = position;
        token.byteStart = start;
        token.byteEnd = end;
        streamed.push_back(std::move(token));
      };
      stream.forEach(
          text,
          [&](const TokenView& view) {
            CHECK(view.kind != TermKind::CjkChar);
            CHECK(view.kind != TermKind::CjkPair);
            add(view.term, view.kind, view.position, view.byteStart, view.byteEnd);
          },
          [&](const CjkRun& cjk) {
            REQUIRE(cjk.count > 0);
            for (std::size_t i = 0; i < cjk.count; ++i) {
              const auto position = cjk.firstPosition + static_cast<std::uint32_t>(i);
              add(cjk.character(i), TermKind::CjkChar, position, cjk.chars[i].byteStart, cjk.chars[i].byteEnd);
              if (i + 1 < cjk.count)
                add(cjk.pair(i), TermKind::CjkPair, position, cjk.chars[i].byteStart, cjk.chars[i + 1].byteEnd);
            }
          });
      const std::vector<Token> expected = tokenize(text);
      REQUIRE(streamed.size() == expected.size());
      for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(streamed[i].term == expected[i].term);
        CHECK(streamed[i].kind == expected[i].kind);
        CHECK(streamed[i].position == expected[i].position);
        CHECK(streamed[i].byteStart == expected[i].byteStart);
        CHECK(streamed[i].byteEnd == expected[i].byteEnd);
      }
    }
  }
}
