// The fast path of knowledge-base loading: one pass over the JSON text
// straight into a KnowledgeBase, no document tree and no second copy of the
// strings. Published content is valid, so this is what runs; it applies the
// same rules as the checking loader (knowledge_base.cpp) and gives up on
// anything else, including JSON it has no need to read (a byte-order mark,
// escaped or repeated keys, numbers other than the schema version), so the
// checking loader then reports the problem with its place in the file.
// Pure C++: no ImGui, no Emscripten.
#include <cstring>
#include <unordered_set>

#include "core/knowledge_base.h"
#include "core/utf8.h"

namespace hw {

namespace {

// The id rule of the checking loader.
bool isValidId(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  const char first = id[0];
  if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9')))
    return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

bool isBlank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Every method returns false as soon as the text is not what a valid file
// holds; the caller then stops.
class Reader {
 public:
  Reader(std::string_view text, const KnowledgeBaseLimits& limits)
      : m_p(text.data()), m_end(text.data() + text.size()), m_limits(limits) {}

  bool read(KnowledgeBase& kb) {
    enum : unsigned {
      kSchema = 1, kVersion = 2, kLocale = 4, kTitle = 8, kPlaceholder = 16, kCategories = 32,
      kArticles = 64, kPopular = 128, kSynonyms = 256, kIntents = 512, kQueries = 1024, kHints = 2048,
    };
    unsigned seen = 0;
    const auto once = [&](unsigned bit) {
      if (seen & bit) return false;  // a repeated key: the checking loader decides
      seen |= bit;
      return true;
    };
    const bool ok = object([&](std::string_view key) {
      if (key == "articles") return once(kArticles) && articles(kb);
      if (key == "categories") return once(kCategories) && categories(kb);
      if (key == "schema_version") return once(kVersion) && version();
      if (key == "locale") return once(kLocale) && text(kb.locale, true, 35);
      if (key == "title") return once(kTitle) && text(kb.title, false, m_limits.maxTitleChars);
      if (key == "search_placeholder")
        return once(kPlaceholder) && text(kb.searchPlaceholder, false, m_limits.maxTitleChars);
      if (key == "popular") return once(kPopular) && array([&](std::size_t) { return string(push(kb.popular)); });
      if (key == "synonyms") return once(kSynonyms) && synonyms(kb);
      if (key == "intents") return once(kIntents) && intents(kb);
      if (key == "popular_queries")
        return once(kQueries) && textList(kb.popularQueries, 200, m_limits.maxTitleChars);
      if (key == "search_hints") return once(kHints) && textList(kb.searchHints, 20, m_limits.maxTitleChars);
      if (key == "$schema") {
        std::string ignored;
        return once(kSchema) && string(ignored);
      }
      return false;  // unknown property
    });
    skipSpace();
    const unsigned required = kVersion | kLocale | kCategories | kArticles;
    return ok && m_p == m_end && (seen & required) == required && references(kb);
  }

 private:
  template <class T>
  static T& push(std::vector<T>& list) {
    list.emplace_back();
    return list.back();
  }

  void skipSpace() {
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t')) ++m_p;
  }
  bool consume(char c) {
    skipSpace();
    if (m_p < m_end && *m_p == c) {
      ++m_p;
      return true;
    }
    return false;
  }

  // `member(key)` reads the member's value.
  template <class Member>
  bool object(Member&& member) {
    if (!consume('{')) return false;
    if (consume('}')) return true;
    do {
      std::string_view key;
      if (!plainKey(key) || !consume(':') || !member(key)) return false;
    } while (consume(','));
    return consume('}');
  }

  // `item(index)` reads the item.
  template <class Item>
  bool array(Item&& item) {
    if (!consume('[')) return false;
    if (consume(']')) return true;
    std::size_t index = 0;
    do {
      if (!item(index++)) return false;
    } while (consume(','));
    return consume(']');
  }

  // A key without escapes, as a view into the text.
  bool plainKey(std::string_view& key) {
    if (!consume('"')) return false;
    const char* start = m_p;
    while (m_p < m_end && *m_p != '"') {
      const auto byte = static_cast<unsigned char>(*m_p);
      if (byte == '\\' || byte < 0x20 || byte >= 0x80) return false;
      ++m_p;
    }
    if (m_p == m_end) return false;
    key = std::string_view(start, static_cast<std::size_t>(m_p - start));
    ++m_p;
    return true;
  }

  // A JSON string into `out`. Checks what the JSON parser checks: UTF-8,
  // no control characters, valid escapes.
  bool string(std::string& out) {
    if (!consume('"')) return false;
    const char* start = m_p;
    if (!plainRun()) return false;
    if (*m_p == '"') {
      out.assign(start, static_cast<std::size_t>(m_p - start));
      ++m_p;
      return true;
    }
    // Escapes only shorten the text: room for all of it up to the closing
    // quote, so the string is allocated once and never twice its size.
    out.clear();
    out.reserve(static_cast<std::size_t>(closingQuote() - start));
    out.append(start, static_cast<std::size_t>(m_p - start));
    return escapedRest(out);
  }

  // The quote that ends the string being read (the end of the text if none).
  const char* closingQuote() const {
    for (const char* p = m_p; p < m_end; ++p) {
      p = static_cast<const char*>(std::memchr(p, '"', static_cast<std::size_t>(m_end - p)));
      if (!p) break;
      std::size_t backslashes = 0;
      for (const char* q = p; q > m_p && q[-1] == '\\'; --q) ++backslashes;
      if (backslashes % 2 == 0) return p;
    }
    return m_end;
  }

  // Up to the next quote or backslash (false at the end of the text or on
  // a byte a JSON string cannot hold).
  bool plainRun() {
    while (m_p < m_end) {
      const auto byte = static_cast<unsigned char>(*m_p);
      if (byte >= 0x80) {
        if (!utf8Sequence()) return false;
      } else if (byte == '"' || byte == '\\') {
        return true;
      } else if (byte < 0x20) {
        return false;
      } else {
        ++m_p;
      }
    }
    return false;
  }

  // Skips one valid multi-byte UTF-8 sequence (the rules of findInvalidUtf8).
  bool utf8Sequence() {
    const std::size_t left = static_cast<std::size_t>(m_end - m_p);
    const std::size_t length = validLength(reinterpret_cast<const unsigned char*>(m_p), left);
    m_p += length;
    return length != 0;
  }

  static std::size_t validLength(const unsigned char* s, std::size_t left) {
    const auto cont = [](unsigned char b) { return (b & 0xC0) == 0x80; };
    const unsigned char lead = s[0];
    if (lead >= 0xC2 && lead <= 0xDF) return left >= 2 && cont(s[1]) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
      if (left < 3 || !cont(s[1]) || !cont(s[2])) return 0;
      if ((lead == 0xE0 && s[1] < 0xA0) || (lead == 0xED && s[1] >= 0xA0)) return 0;
      return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
      if (left < 4 || !cont(s[1]) || !cont(s[2]) || !cont(s[3])) return 0;
      if ((lead == 0xF0 && s[1] < 0x90) || (lead == 0xF4 && s[1] >= 0x90)) return 0;
      return 4;
    }
    return 0;
  }

  // The rest of a string that holds escapes, decoded onto `out`.
  bool escapedRest(std::string& out) {
    while (m_p < m_end) {
      const auto byte = static_cast<unsigned char>(*m_p);
      if (byte == '"') {
        ++m_p;
        return true;
      }
      if (byte == '\\') {
        if (m_end - m_p < 2) return false;
        const char kind = m_p[1];
        m_p += 2;
        switch (kind) {
          case '"': out += '"'; break;
          case '\\': out += '\\'; break;
          case '/': out += '/'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'n': out += '\n'; break;
          case 'r': out += '\r'; break;
          case 't': out += '\t'; break;
          case 'u': {
            char32_t cp = 0;
            if (!hex4(cp)) return false;
            if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a lone low surrogate
            if (cp >= 0xD800 && cp <= 0xDBFF) {
              char32_t low = 0;
              if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u') return false;
              m_p += 2;
              if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
              cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8(out, cp);
            break;
          }
          default: return false;
        }
        continue;
      }
      // Up to the next escape or the end, appended at once.
      const char* start = m_p;
      if (!plainRun()) return false;
      out.append(start, static_cast<std::size_t>(m_p - start));
    }
    return false;
  }

  bool hex4(char32_t& cp) {
    if (m_end - m_p < 4) return false;
    cp = 0;
    for (int i = 0; i < 4; ++i) {
      const int digit = hexValue(m_p[i]);
      if (digit < 0) return false;
      cp = cp * 16 + static_cast<char32_t>(digit);
    }
    m_p += 4;
    return true;
  }

  // The checking loader's string rules: required ones not blank, a length
  // limit in characters.
  bool text(std::string& out, bool required, std::size_t maxChars) {
    return string(out) && (out.size() <= maxChars || characters(out) <= maxChars) && !(required && isBlank(out));
  }

  // Code points of valid UTF-8: bytes that do not continue a sequence.
  static std::size_t characters(std::string_view text) {
    std::size_t count = 0;
    for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
  }

  bool textList(std::vector<std::string>& out, std::size_t maxItems, std::size_t maxChars) {
    return array([&](std::size_t index) { return index < maxItems && text(push(out), true, maxChars); });
  }

  bool version() {
    // Only the integer 1; "1.0" or "10" stop at the next token.
    skipSpace();
    if (m_p == m_end || *m_p != '1') return false;
    ++m_p;
    return true;
  }

  bool categories(KnowledgeBase& kb) {
    return array([&](std::size_t index) {
      if (index >= m_limits.maxCategories) return false;
      Category& category = push(kb.categories);
      unsigned seen = 0;
      const bool ok = object([&](std::string_view key) {
        unsigned bit = key == "id" ? 1 : key == "title" ? 2 : key == "description" ? 4 : 0;
        if (bit == 0 || (seen & bit)) return false;
        seen |= bit;
        if (bit == 1) return text(category.id, true, 64) && isValidId(category.id);
        if (bit == 2) return text(category.title, true, m_limits.maxTitleChars);
        return text(category.description, false, 500);
      });
      return ok && (seen & 3) == 3;
    });
  }

  bool articles(KnowledgeBase& kb) {
    return array([&](std::size_t index) {
      if (index >= m_limits.maxArticles) return false;
      Article& article = push(kb.articles);
      unsigned seen = 0;
      const bool ok = object([&](std::string_view key) {
        unsigned bit = key == "id" ? 1 : key == "title" ? 2 : key == "body" ? 4 : key == "category" ? 8 : key == "tags" ? 16 : 0;
        if (bit == 0 || (seen & bit)) return false;
        seen |= bit;
        switch (bit) {
          case 1: return text(article.id, true, 64) && isValidId(article.id);
          case 2: return text(article.title, true, m_limits.maxTitleChars);
          case 4: return text(article.body, true, m_limits.maxBodyChars);
          case 8: return text(article.category, true, 64);
          default:
            return array([&](std::size_t tag) { return tag < m_limits.maxTags && string(push(article.tags)); });
        }
      });
      return ok && (seen & 15) == 15;
    });
  }

  bool synonyms(KnowledgeBase& kb) {
    return array([&](std::size_t index) {
      // Past 2000 groups the checking loader ignores the rest: leave such
      // files to it.
      if (index >= 2000) return false;
      std::vector<std::string>& group = push(kb.synonyms);
      return textList(group, 50, 60) && group.size() >= 2;
    });
  }

  bool intents(KnowledgeBase& kb) {
    return array([&](std::size_t index) {
      if (index >= 500) return false;  // likewise
      Intent& intent = push(kb.intents);
      unsigned seen = 0;
      const bool ok = object([&](std::string_view key) {
        unsigned bit = key == "id" ? 1 : key == "label" ? 2 : key == "articles" ? 4 : 0;
        if (bit == 0 || (seen & bit)) return false;
        seen |= bit;
        if (bit == 1) return text(intent.id, true, 64) && isValidId(intent.id);
        if (bit == 2) return text(intent.label, true, 80);
        return textList(intent.articles, 50, 64);
      });
      return ok && seen == 7;
    });
  }

  // What refers to what, once everything is read (keys may come in any
  // order): unique ids, known categories and articles.
  static bool references(const KnowledgeBase& kb) {
    std::unordered_set<std::string_view> categories;
    for (const Category& category : kb.categories)
      if (!categories.insert(category.id).second) return false;
    std::unordered_set<std::string_view> articles;
    articles.reserve(kb.articles.size());
    for (const Article& article : kb.articles)
      if (!articles.insert(article.id).second || categories.count(article.category) == 0) return false;
    for (const std::string& id : kb.popular)
      if (articles.count(id) == 0) return false;
    std::unordered_set<std::string_view> intents;
    for (const Intent& intent : kb.intents) {
      if (!intents.insert(intent.id).second) return false;
      for (const std::string& id : intent.articles)
        if (articles.count(id) == 0) return false;
    }
    return true;
  }

  const char* m_p;
  const char* m_end;
  const KnowledgeBaseLimits& m_limits;
};

}  // namespace

std::optional<KnowledgeBase> readValidKnowledgeBase(std::string_view text, const KnowledgeBaseLimits& limits) {
  if (text.size() > limits.maxBytes) return std::nullopt;
  std::optional<KnowledgeBase> kb(std::in_place);
  if (!Reader(text, limits).read(*kb)) return std::nullopt;
  return kb;
}

}  // namespace hw
