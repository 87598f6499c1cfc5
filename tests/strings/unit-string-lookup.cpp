// Tests for reading string files and looking strings up by key.
#include <catch_amalgamated.hpp>

#include "core/i18n/string_catalog.h"
#include "core/i18n/string_table.h"
#include "core/ui_strings.h"

using namespace hw;
using namespace hw::i18n;

namespace {

StringTable table(const char* text) {
  std::string error;
  auto parsed = parseStringTable(text, &error);
  INFO(error);
  REQUIRE(parsed);
  return *parsed;
}

}  // namespace

TEST_CASE("grouped keys are found by their dotted path", "[lookup]") {
  const StringTable es = table(R"({"locale": "es", "language_name": "Español",
      "strings": {"search": {"hint": "Buscar", "deep": {"er": "más"}}, "flat": "plano"}})");
  CHECK(es.locale == "es");
  CHECK(es.languageName == "Español");
  REQUIRE(es.find("search.hint"));
  CHECK(*es.find("search.hint") == "Buscar");
  CHECK(*es.find("search.deep.er") == "más");
  CHECK(*es.find("flat") == "plano");
  CHECK_FALSE(es.find("search"));
  CHECK_FALSE(es.find("search.nope"));
}

TEST_CASE("values that are not strings are skipped, not shown", "[lookup]") {
  const StringTable odd = table(R"({"locale": "xx", "strings": {"n": 3, "list": ["a"], "ok": "yes"}})");
  CHECK(odd.strings.size() == 1);
  CHECK(*odd.find("ok") == "yes");
}

TEST_CASE("a file that is not a strings file is refused with a reason", "[lookup]") {
  std::string error;
  CHECK_FALSE(parseStringTable("{", &error));
  CHECK(error == "not valid JSON");
  CHECK_FALSE(parseStringTable("[]", &error));
  CHECK(error == "not a JSON object");
  CHECK_FALSE(parseStringTable(R"({"strings": {}})", &error));
  CHECK(error == "no \"locale\"");
  CHECK_FALSE(parseStringTable(R"({"locale": "en"})", &error));
  CHECK(error == "no \"strings\" object");
}

TEST_CASE("a catalogue looks a key up in the locale the tag resolves to", "[lookup]") {
  const StringCatalog catalog({table(R"({"locale": "en", "strings": {"hi": "Hello", "bye": "Bye"}})"),
                               table(R"({"locale": "es", "strings": {"hi": "Hola"}})")});
  CHECK(catalog.text("es", "hi") == "Hola");
  CHECK(catalog.text("es-AR", "hi") == "Hola");
  CHECK(catalog.text("en-US", "hi") == "Hello");
  CHECK(catalog.text("fr", "hi") == "Hello");
}

TEST_CASE("the panel's strings come from the embedded files", "[lookup]") {
  CHECK(uiStringsFor("en").panelTitle == "Help");
  CHECK(uiStringsFor("es").panelTitle == "Ayuda");
  CHECK(uiStringsFor("es-MX").searchHint == "Buscar en la ayuda");
  CHECK(uiStringsFor("zh-CN").panelTitle == "帮助中心");
  CHECK(uiStringsFor("zh").panelTitle == "帮助中心");
  CHECK(uiStringsFor("en-GB").panelTitle == "Help");
  CHECK(uiStringsFor("").panelTitle == "Help");
  CHECK(uiStringsFor("zulu").panelTitle == "Help");
  // The views keep a pointer: one object per locale, whatever tag asked.
  CHECK(&uiStringsFor("es") == &uiStringsFor("es-ES"));
}

TEST_CASE("every field of the panel's strings has an English text", "[lookup]") {
  const StringTable& english = builtinStrings().english();
  for (const std::string& key : uiStringKeys()) {
    INFO(key);
    CHECK(english.find(key));
  }
  std::vector<std::string> missing;
  makeUiStrings(builtinStrings(), "en", &missing);
  CHECK(missing.empty());
}
