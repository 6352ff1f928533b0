#include <unicode/uchar.h>
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/text.hpp"

using namespace scolint::model;

TEST_CASE("code points are counted, not bytes", "[text]") {
  CHECK(code_point_count("3ÈME EUR") == 8);
  CHECK(code_point_count("3EME-EURO") == 9);
  CHECK(code_point_count("") == 0);
}

TEST_CASE("equals_upper_ascii compares as upper_ascii would", "[text]") {
  CHECK(equals_upper_ascii("Mme", "MME"));
  CHECK(equals_upper_ascii("mme.", "MME."));
  CHECK(equals_upper_ascii("", ""));
  CHECK_FALSE(equals_upper_ascii("Mmes", "MME"));
  CHECK_FALSE(equals_upper_ascii("MME", "mme"));              // the second side is already upper-case
  CHECK_FALSE(equals_upper_ascii("\xc3\xa9T", "\xc3\x89T"));  // é is not ASCII: no Unicode upper-casing
  for (const std::string_view word : {"et", "Ou", "M.", "monsieur", "X-Y", "ça"}) {
    CHECK(equals_upper_ascii(word, upper_ascii(word)));
  }
}

TEST_CASE("is_letter's ASCII shortcut agrees with ICU", "[text]") {
  for (char32_t c = 0; c < 0x180; ++c) {
    INFO("U+" << static_cast<unsigned>(c));
    CHECK(is_letter(c) == (u_isUAlphabetic(static_cast<UChar32>(c)) != 0));
  }
}

TEST_CASE("identity folding ignores case, accents, ligatures, spaces, hyphens, apostrophes", "[text]") {
  CHECK(fold_identity("Jean-Pierre") == fold_identity("JEAN PIERRE"));
  CHECK(fold_identity("LEFÈVRE") == fold_identity("Lefevre"));
  CHECK(fold_identity("ŒUVRARD") == "OEUVRARD");
  CHECK(fold_identity("D'ALMEIDA") == fold_identity("D’Almeida"));
  CHECK(fold_identity("Léo") != fold_identity("Léa"));
}

// ASCII and Latin-1 accented letters take a byte loop instead of ICU; a
// combining mark (dropped by every pass) sends the same text through ICU, so
// both paths are compared, on every ASCII and every U+00C0..U+00FF character.
TEST_CASE("the fast path folds exactly as ICU does", "[text]") {
  std::string every_ascii;
  for (int c = 1; c < 0x80; ++c) every_ascii += static_cast<char>(c);
  std::vector<std::string> texts{every_ascii, "Jean-Pierre D'ALMEIDA 3EME_A", " \t-'", "Zoé Lefèvre-Façon", "ÉLOÏSE"};
  for (int c = 0xC0; c <= 0xFF; ++c) {
    texts.push_back({static_cast<char>(0xC3), static_cast<char>(0x80 + c - 0xC0)});
    texts.push_back("x" + texts.back() + "Y");
  }
  for (const std::string& text : texts) {
    CAPTURE(text);
    const std::string through_icu = text + "\u0301";
    CHECK(fold_identity(text) == fold_identity(through_icu));
    CHECK(fold_ascii_lower(text) == fold_ascii_lower(through_icu));
    CHECK(strip_marks_lower(text) == strip_marks_lower(through_icu));
  }
  CHECK(fold_identity("Jean-Pierre 2") == "JEANPIERRE2");
  CHECK(fold_identity("Éloïse Façon") == "ELOISEFACON");
  CHECK(fold_ascii_lower("D'Almeida") == "d'almeida");
}

TEST_CASE("SIECLE and STS dates parse only when they exist", "[date]") {
  CHECK(parse_siecle_date("29/02/2012") == Date{2012, 2, 29});
  CHECK_FALSE(parse_siecle_date("29/02/2013").has_value());
  CHECK_FALSE(parse_siecle_date("31/04/2012").has_value());
  CHECK_FALSE(parse_siecle_date("1/2/2012x").has_value());
  CHECK(parse_iso_date("1980-05-17") == Date{1980, 5, 17});
  CHECK_FALSE(parse_iso_date("1980-13-01").has_value());
  CHECK(to_iso(Date{2014, 3, 4}) == "2014-03-04");
}
