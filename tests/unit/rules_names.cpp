#include <catch2/catch.hpp>

#include "rules/names/couple_detection.hpp"
#include "support.hpp"

using namespace scolint::test;
using scolint::rules::CoupleSign;
using scolint::rules::find_couple;

TEST_CASE("couple detection: joining words, symbols, two civilities", "[rules][N001]") {
  CHECK(find_couple("Guy Et Yvette", true).sign == CoupleSign::conjunction);
  CHECK(find_couple("Anne ou Marc", true).sign == CoupleSign::conjunction);
  CHECK(find_couple("Tino & Suzanne", true).sign == CoupleSign::symbol);
  CHECK(find_couple("Tino&Suzanne", true).sign == CoupleSign::symbol);
  CHECK(find_couple("DUPONT/DURAND", false).sign == CoupleSign::symbol);
  CHECK(find_couple("M. MME MANENTE", false).sign == CoupleSign::two_civilities);
}

TEST_CASE("couple detection leaves ordinary French names alone", "[rules][N001]") {
  for (const char* name : {"Jean-Pierre", "Marie-Noëlle", "Etienne", "Et", "Yann"}) {
    INFO(name);
    CHECK(find_couple(name, true).sign == CoupleSign::none);
  }
  for (const char* name : {"D'ALMEIDA", "N'DIAYE", "LE GALL", "OU", "DE LA TESTE", "M. MARTIN", "ET"}) {
    INFO(name);
    CHECK(find_couple(name, false).sign == CoupleSign::none);
  }
}

TEST_CASE("N001 fires on the seed 002 record and shows its predicted login", "[rules][N001]") {
  const auto found = findings("N001", {{"r.xml", responsables(person("1", "M. MME MANENTE", "Guy Et Yvette"))}});
  REQUIRE(found.size() == 1);
  CHECK(found[0].predicted_login == "guy_et_yvette.m._mme_manente");
  CHECK(found[0].record == "PERSONNE_ID=1");
}

TEST_CASE("N001 predicted login follows the profile", "[rules][N001]") {
  scolint::Options options;
  options.login_profile = "entcore";
  const auto found = findings("N001", {{"r.xml", responsables(person("1", "BATTISTUTA", "Tino &amp; Suzanne"))}}, options);
  REQUIRE(found.size() == 1);
  CHECK(found[0].predicted_login == "tinosuzanne.battistuta");
}

TEST_CASE("N001 applies to pupils, responsables (civility too) and staff", "[rules][N001]") {
  CHECK(fires("N001", {{"e.xml", eleves(pupil("1", "TEST", "Lou + Max", "01/01/2014"))}}));
  CHECK(fires("N001", {{"r.xml", responsables(person("5", "MACHIN", "Sam", "<LC_CIVILITE>M. MME</LC_CIVILITE>"))}}));
  CHECK(fires("N001", {{"s.xml", sts(R"(<INDIVIDUS><INDIVIDU ID="9"><NOM_USAGE>X</NOM_USAGE><PRENOM>Marc Et Lise</PRENOM></INDIVIDU></INDIVIDUS>)")}}));
  CHECK_FALSE(fires("N001", {{"r.xml", responsables(person("6", "N'DIAYE", "Marie-Noëlle", "<LC_CIVILITE>MME</LC_CIVILITE>"))}}));
}
