// Tests for the Markdown subset.
#include <catch_amalgamated.hpp>

#include "core/markdown.h"

using namespace hw;

TEST_CASE("paragraphs, headings and lists become blocks", "[markdown]") {
  const auto blocks = parseMarkdown("## Returns\nLine one\nline two\n\n- first\n- second\n1. step");
  REQUIRE(blocks.size() == 5);
  CHECK(blocks[0].kind == BlockKind::Heading);
  CHECK(blocks[0].level == 2);
  CHECK(blocks[0].plainText() == "Returns");
  CHECK(blocks[1].kind == BlockKind::Paragraph);
  CHECK(blocks[1].plainText() == "Line one line two");
  CHECK(blocks[2].kind == BlockKind::BulletItem);
  CHECK(blocks[4].kind == BlockKind::NumberedItem);
  CHECK(blocks[4].number == 1);
}

TEST_CASE("bold and links become spans", "[markdown]") {
  const auto blocks = parseMarkdown("Open **My orders** or [track](article:track-order) at [site](https://example.com/a).");
  REQUIRE(blocks.size() == 1);
  const auto& spans = blocks[0].spans;
  REQUIRE(spans.size() == 7);
  CHECK(spans[1].bold);
  CHECK(spans[1].text == "My orders");
  CHECK(spans[3].link == LinkKind::Article);
  CHECK(spans[3].target == "track-order");
  CHECK(spans[5].link == LinkKind::External);
  CHECK(spans[5].target == "https://example.com/a");
}

TEST_CASE("only http(s) and article links are links", "[markdown]") {
  CHECK(classifyLink("javascript:alert(1)") == LinkKind::None);
  CHECK(classifyLink("data:text/html,x") == LinkKind::None);
  CHECK(classifyLink("/relative") == LinkKind::None);
  CHECK(classifyLink("https://") == LinkKind::None);
  CHECK(classifyLink("https://a.example/x y") == LinkKind::None);
  CHECK(classifyLink("HTTPS://a.example") == LinkKind::External);
  const auto blocks = parseMarkdown("[click](javascript:alert(1))");
  for (const Span& span : blocks[0].spans) CHECK(span.link == LinkKind::None);
  CHECK(blocks[0].plainText() == "click)");
}

TEST_CASE("HTML is kept as text, never interpreted", "[markdown]") {
  const auto blocks = parseMarkdown("<script>alert(1)</script>");
  CHECK(blocks[0].plainText() == "<script>alert(1)</script>");
}

TEST_CASE("an unclosed bold marker stays literal", "[markdown]") {
  const auto blocks = parseMarkdown("5 ** 2 is 25");
  REQUIRE(blocks[0].spans.size() == 1);
  CHECK(blocks[0].spans[0].text == "5 ** 2 is 25");
  CHECK_FALSE(blocks[0].spans[0].bold);
}

TEST_CASE("plain text strips markup and keeps list markers", "[markdown]") {
  CHECK(markdownToPlainText("# Title\n\n**Bold** text\n- item") == "Title\nBold text\n• item");
}

TEST_CASE("Chinese text passes through unchanged", "[markdown]") {
  const auto blocks = parseMarkdown("## 退货\n收到商品后**30天内**可以申请退货。");
  REQUIRE(blocks.size() == 2);
  CHECK(blocks[1].spans[1].text == "30天内");
  CHECK(blocks[1].spans[1].bold);
}
