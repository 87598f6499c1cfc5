// Tests for keys a locale lacks: English is shown and each key is reported once.
#include <catch_amalgamated.hpp>

#include "core/i18n/string_catalog.h"
#include "core/ui_strings.h"

using namespace hw;
using namespace hw::i18n;

namespace {

// English from the real file, and a Spanish that lacks two of its keys.
StringCatalog partialSpanish() {
  StringTable english = builtinStrings().english();
  StringTable spanish = *builtinStrings().table("es");
  spanish.strings.erase("panel.title");
  spanish.strings.erase("search.results_count");
  return StringCatalog({english, spanish});
}

}  // namespace

TEST_CASE("a key missing in a locale shows its English text", "[fallback]") {
  const StringCatalog catalog = partialSpanish();
  CHECK(catalog.text("es", "panel.title") == "Help");
  CHECK(catalog.text("es", "search.hint") == "Buscar en la ayuda");
  const UiStrings strings = makeUiStrings(catalog, "es");
  CHECK(strings.panelTitle == "Help");
  CHECK(strings.resultsCount == "{count} results for “{query}”");
  CHECK(strings.searchHint == "Buscar en la ayuda");
}

TEST_CASE("each missing key is reported once, however often it is read", "[fallback]") {
  const StringCatalog catalog = partialSpanish();
  std::vector<std::string> missing;
  const UiStrings strings = makeUiStrings(catalog, "es-MX", &missing);
  CHECK(missing == std::vector<std::string>{"panel.title", "search.results_count"});
  CHECK(catalog.missingKeys("es") == std::vector<std::string>{"panel.title", "search.results_count"});
  // Reading the filled strings again (every frame) reports nothing more.
  for (int frame = 0; frame < 3; ++frame) CHECK(strings.panelTitle == "Help");
  CHECK(missing.size() == 2);
}

TEST_CASE("English and unknown locales report nothing missing", "[fallback]") {
  const StringCatalog catalog = partialSpanish();
  std::vector<std::string> missing;
  makeUiStrings(catalog, "en", &missing);
  makeUiStrings(catalog, "fr", &missing);
  CHECK(missing.empty());
  CHECK(catalog.missingKeys("fr").empty());
}

TEST_CASE("a key English lacks too shows the key itself, not a blank", "[fallback]") {
  const StringCatalog catalog = partialSpanish();
  CHECK(catalog.text("es", "no.such.key") == "no.such.key");
}

TEST_CASE("the shipped locales miss no key", "[fallback]") {
  for (const std::string& locale : builtinStrings().locales()) {
    INFO(locale);
    CHECK(builtinStrings().missingKeys(locale).empty());
  }
}

TEST_CASE("the report names every missing key in one message", "[fallback]") {
  const StringCatalog catalog = partialSpanish();
  CHECK(missingStringsMessage(catalog, "es") ==
        "2 interface strings are not translated and show in English: panel.title, search.results_count");
  CHECK(missingStringsMessage(catalog, "en").empty());
  CHECK(missingStringsMessage(builtinStrings(), "es").empty());
}
