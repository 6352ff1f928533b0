#include <catch2/catch.hpp>

#include "model/date.hpp"
#include "model/text.hpp"

using namespace scolint::model;

TEST_CASE("code points are counted, not bytes", "[text]") {
  CHECK(code_point_count("3ÈME EUR") == 8);
  CHECK(code_point_count("3EME-EURO") == 9);
  CHECK(code_point_count("") == 0);
}

TEST_CASE("identity folding ignores case, accents, ligatures, spaces, hyphens, apostrophes", "[text]") {
  CHECK(fold_identity("Jean-Pierre") == fold_identity("JEAN PIERRE"));
  CHECK(fold_identity("LEFÈVRE") == fold_identity("Lefevre"));
  CHECK(fold_identity("ŒUVRARD") == "OEUVRARD");
  CHECK(fold_identity("D'ALMEIDA") == fold_identity("D’Almeida"));
  CHECK(fold_identity("Léo") != fold_identity("Léa"));
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
