// Tests for choosing the interface locale from a BCP 47 tag or a list.
#include <catch_amalgamated.hpp>

#include <algorithm>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "core/i18n/locale_match.h"
#include "core/i18n/string_catalog.h"
#include "test_files.h"

using namespace hw::i18n;

TEST_CASE("a tag is read into language, script and region whatever its case", "[locale]") {
  const LanguageTag tag = parseLanguageTag("ZH_hant_tw");
  CHECK(tag.language == "zh");
  CHECK(tag.script == "Hant");
  CHECK(tag.region == "TW");
  CHECK(parseLanguageTag("es-419").region == "419");
  CHECK(parseLanguageTag("en-US-u-ca-gregory").region == "US");
  CHECK(parseLanguageTag("x-private").language.empty());
  CHECK(parseLanguageTag("").language.empty());
}

TEST_CASE("Chinese without a script takes it from the region", "[locale]") {
  CHECK(parseLanguageTag("zh").script == "Hans");
  CHECK(parseLanguageTag("zh-SG").script == "Hans");
  CHECK(parseLanguageTag("zh-TW").script == "Hant");
  CHECK(parseLanguageTag("zh-HK").script == "Hant");
  CHECK(parseLanguageTag("zh-Hans-HK").script == "Hans");
}

TEST_CASE("the shared cases resolve as the loader resolves them", "[locale]") {
  const nlohmann::json cases = nlohmann::json::parse(hw::test::readRepoFile("tests/strings/locale-cases.json"));
  const auto available = cases["available"].get<std::vector<std::string>>();
  for (const auto& item : cases["cases"]) {
    const auto requested = item["requested"].get<std::vector<std::string>>();
    INFO("requested " << item["requested"].dump());
    CHECK(matchLocale(requested, available) == item["expected"].get<std::string>());
    if (requested.size() == 1) CHECK(matchLocale(requested[0], available) == item["expected"].get<std::string>());
  }
}

TEST_CASE("the closest region wins, then the locale without one", "[locale]") {
  const std::vector<std::string> available = {"en", "es-ES", "es", "es-MX", "zh-CN", "zh-TW"};
  CHECK(matchLocale("es-MX", available) == "es-MX");
  CHECK(matchLocale("es-AR", available) == "es");
  CHECK(matchLocale("es-ES", available) == "es-ES");
  CHECK(matchLocale("zh-Hant", available) == "zh-TW");
  CHECK(matchLocale("zh-HK", available) == "zh-TW");
  CHECK(matchLocale("zh", available) == "zh-CN");
}

TEST_CASE("with no locale of the language the fallback is given", "[locale]") {
  CHECK(matchLocale("fr", {"en", "es"}) == "en");
  CHECK(matchLocale("fr", {"en", "es"}, "es") == "es");
  CHECK(matchLocale(std::vector<std::string>{}, {"en"}) == "en");
}

TEST_CASE("the built-in catalogue offers every file of assets/strings", "[locale]") {
  const StringCatalog& catalog = builtinStrings();
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(HW_TEST_DATA_DIR) + "/assets/strings"))
    if (entry.path().extension() == ".json") files.push_back(entry.path().stem().string());
  std::sort(files.begin(), files.end());
  CHECK(catalog.locales() == files);
  CHECK(catalog.resolve("es-MX") == "es");
  CHECK(catalog.resolve("zh-Hant-TW") == "zh-CN");
  CHECK(catalog.resolve("sv") == "en");
}
