// Tests for the Markdown subset.
#include <catch_amalgamated.hpp>

#include "core/knowledge_base.h"
#include "core/markdown.h"
#include "test_files.h"

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

namespace {

// The plain text as the block parser sees it: what markdownToPlainText
// must give, without building the blocks.
std::string plainTextThroughBlocks(std::string_view source) {
  std::string out;
  for (const Block& block : parseMarkdown(source)) {
    if (!out.empty()) out += '\n';
    if (block.kind == BlockKind::BulletItem) out += "• ";
    if (block.kind == BlockKind::NumberedItem) out += std::to_string(block.number) + ". ";
    out += block.plainText();
  }
  return out;
}

}  // namespace

TEST_CASE("plain text agrees with the block parser on tricky markup", "[markdown]") {
  const char* cases[] = {
      "",
      "\n\n",
      "plain",
      "line one\nline two\n\nnext paragraph\n",
      "  # Heading  \n#### not a heading\n#no space\n# \n",
      "- item\n* star item\n-not an item\n- \n",
      "1. first\n007. padded\n1234567890. ten digits\n3.no space\n4. ",
      "**bold** and **unclosed",
      "5 ** 2 = 25",
      "****",
      "**a** **b**\n\n**c**",
      "\\*not bold\\* and \\[not a link\\] and \\\\ and \\q",
      "trailing backslash \\",
      "[a link](https://example.com) and [an article](article:returns) and [bad](javascript:x)",
      "[unclosed link(https://x) and [nested [x](y)",
      "[spans\nlines](https://example.com)",
      "[a](b",
      "text ] ( ) [",
      "**bold [link](article:x) inside**",
      "中文**加粗**，[链接](article:a)\n- 列表\n1. 第一",
      "\r\nwindows\r\nline\r\n\r\nends\r\n",
      "\t- tabbed item\n   2. spaced number",
  };
  for (const char* source : cases) {
    INFO(source);
    CHECK(markdownToPlainText(source) == plainTextThroughBlocks(source));
  }
}

TEST_CASE("plain text agrees with the block parser on every sample article", "[markdown]") {
  for (const char* file : {"assets/kb/en.json", "assets/kb/zh-CN.json"}) {
    const auto loaded = loadKnowledgeBase(test::readRepoFile(file), file);
    REQUIRE(loaded.ok());
    for (const Article& article : loaded.value.articles) {
      INFO(file << " " << article.id);
      CHECK(markdownToPlainText(article.body) == plainTextThroughBlocks(article.body));
    }
  }
}
