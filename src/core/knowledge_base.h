// The help content (categories and articles) and its loader with schema
// checks. Pure C++ (nlohmann/json): no ImGui, no Emscripten.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content_error.h"

namespace hw {

inline constexpr int kKnowledgeBaseSchemaVersion = 1;

struct Category {
  std::string id;
  std::string title;
  std::string description;
};

struct Article {
  std::string id;
  std::string title;
  std::string body;  // Markdown subset, see core/markdown.h
  std::string category;
  std::vector<std::string> tags;
};

// A need shoppers have, grouping the articles that serve it; offered as a
// choice when a query is too vague to answer directly.
struct Intent {
  std::string id;
  std::string label;
  std::vector<std::string> articles;
};

struct KnowledgeBase {
  std::string locale;
  std::string title;
  std::string searchPlaceholder;
  std::vector<Category> categories;
  std::vector<Article> articles;
  std::vector<std::string> popular;  // article ids for the home screen
  std::vector<std::vector<std::string>> synonyms;  // groups of interchangeable terms
  std::vector<Intent> intents;
  std::vector<std::string> popularQueries;  // completions for the search box
  std::vector<std::string> searchHints;     // rotating search box placeholders

  const Article* findArticle(std::string_view id) const;
  const Category* findCategory(std::string_view id) const;
  std::vector<const Article*> articlesIn(std::string_view categoryId) const;
  std::vector<const Article*> popularArticles() const;
};

struct KnowledgeBaseLimits {
  std::size_t maxBytes = 16u * 1024u * 1024u;
  std::size_t maxArticles = 20000;
  std::size_t maxCategories = 200;
  std::size_t maxTitleChars = 200;
  std::size_t maxBodyChars = 20000;
  std::size_t maxTags = 50;
};

// Parses and validates a knowledge-base file. Errors name the file, the JSON
// pointer and line:column; at most `maxErrors` are collected. A valid file
// is read by readValidKnowledgeBase; any other goes through
// checkKnowledgeBase, which finds and places every error.
Loaded<KnowledgeBase> loadKnowledgeBase(std::string_view text, std::string_view source,
                                        const KnowledgeBaseLimits& limits = {},
                                        std::size_t maxErrors = 20);

// The checking loader alone: the JSON parsed into a document, then each
// rule checked with the place of what breaks it.
Loaded<KnowledgeBase> checkKnowledgeBase(std::string_view text, std::string_view source,
                                         const KnowledgeBaseLimits& limits = {},
                                         std::size_t maxErrors = 20);

// The same content as checkKnowledgeBase for a file that breaks no rule,
// several times faster; nothing for any other file.
std::optional<KnowledgeBase> readValidKnowledgeBase(std::string_view text,
                                                    const KnowledgeBaseLimits& limits = {});

}  // namespace hw
