// Search normalization: case folding, full-width forms, diacritics.
#include <catch_amalgamated.hpp>

#include "core/search/text_fold.h"

using namespace hw::search;

TEST_CASE("Latin, Greek and Cyrillic capitals fold to lowercase", "[normalization]") {
  CHECK(foldText("Where IS My Parcel") == "where is my parcel");
  CHECK(foldText("ΑΒΓ") == "αβγ");
  CHECK(foldText("ДОСТАВКА") == "доставка");
}

TEST_CASE("full-width forms become plain ASCII", "[normalization]") {
  CHECK(foldText("ＳＯ－１０４２") == "so-1042");
  CHECK(foldText("退货\u3000运费") == "退货 运费");
}

TEST_CASE("Latin diacritics are removed", "[normalization]") {
  CHECK(foldText("Café Crème Ångström Łódź") == "cafe creme angstrom lodz");
  CHECK(foldText("Straße Œuvre") == "strasse oeuvre");
  CHECK(foldText("e\u0301") == "e");  // combining acute accent
}

TEST_CASE("invalid UTF-8 becomes a replacement character, never a crash", "[normalization]") {
  const std::string folded = foldText("ab\xFF\xC0z");
  CHECK(folded == "ab\xEF\xBF\xBD\xEF\xBF\xBDz");
  CHECK(classify(0xFFFD) == CharClass::Separator);
}

TEST_CASE("characters are classified for tokenizing", "[normalization]") {
  CHECK(classify(U'a') == CharClass::Word);
  CHECK(classify(U'7') == CharClass::Word);
  CHECK(classify(U'-') == CharClass::Joiner);
  CHECK(classify(U'退') == CharClass::Cjk);
  CHECK(classify(U'。') == CharClass::Separator);
  CHECK(classify(U'，') == CharClass::Separator);
  CHECK(classify(U'😀') == CharClass::Separator);
  CHECK(classify(U'д') == CharClass::Word);
}
