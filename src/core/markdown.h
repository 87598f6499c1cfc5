// The Markdown subset articles are written in: paragraphs, headings (#, ##,
// ###), **bold**, "- " and "1. " lists, [links](https://...) and
// [links](article:ID). Anything else is kept as plain text: nothing is ever
// interpreted as HTML. Pure C++: no ImGui, no Emscripten.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace hw {

enum class LinkKind { None, External, Article };

struct Span {
  std::string text;
  bool bold = false;
  LinkKind link = LinkKind::None;
  std::string target;  // URL for External, article id for Article
};

enum class BlockKind { Paragraph, Heading, BulletItem, NumberedItem };

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  int level = 0;   // heading level 1-3
  int number = 0;  // numbered list item's number
  std::vector<Span> spans;

  std::string plainText() const;
};

std::vector<Block> parseMarkdown(std::string_view source);

// Classifies a link target: only http(s) URLs and article:ID references are
// links; anything else (javascript:, data:, relative paths) is not.
LinkKind classifyLink(std::string_view target);

// The text of a document without markup, blocks separated by newlines.
std::string markdownToPlainText(std::string_view source);

}  // namespace hw
