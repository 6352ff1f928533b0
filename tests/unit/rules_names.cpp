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

TEST_CASE("couple detection: a joining word sits between two words, evidence is what was written", "[rules][N001]") {
  CHECK(find_couple("Guy\tEt Yvette", true).evidence == "Et");
  CHECK(find_couple("  Anne  OU  Marc ", true).evidence == "OU");
  CHECK(find_couple("Anne et Marc et Paul", true).evidence == "et");  // the first one
  for (const char* name : {"Et Marie Paul", "Marie Paul et", "Marie et \n", "Marie Et"}) {
    INFO(name);
    CHECK(find_couple(name, true).sign == CoupleSign::none);  // first or last word: not joining two names
  }
  CHECK(find_couple("Guy Et Yvette", false).sign == CoupleSign::none);  // surnames: no joining words
  const auto two = find_couple("mr. DUPONT Mme", false);
  CHECK(two.sign == CoupleSign::two_civilities);
  CHECK(two.evidence == "mr. Mme");
  CHECK(find_couple("M. Et Mme DUPONT", true).sign == CoupleSign::conjunction);  // the joining word wins
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
  const auto found =
      findings("N001", {{"r.xml", responsables(person("1", "BATTISTUTA", "Tino &amp; Suzanne"))}}, options);
  REQUIRE(found.size() == 1);
  CHECK(found[0].predicted_login == "tinosuzanne.battistuta");
}

TEST_CASE("N001 applies to pupils, responsables (civility too) and staff", "[rules][N001]") {
  CHECK(fires("N001", {{"e.xml", eleves(pupil("1", "TEST", "Lou + Max", "01/01/2014"))}}));
  CHECK(fires("N001", {{"r.xml", responsables(person("5", "MACHIN", "Sam", "<LC_CIVILITE>M. MME</LC_CIVILITE>"))}}));
  CHECK(fires(
      "N001",
      {{"s.xml",
        sts(R"(<INDIVIDUS><INDIVIDU ID="9"><NOM_USAGE>X</NOM_USAGE><PRENOM>Marc Et Lise</PRENOM></INDIVIDU></INDIVIDUS>)")}}));
  CHECK_FALSE(fires(
      "N001", {{"r.xml", responsables(person("6", "N'DIAYE", "Marie-Noëlle", "<LC_CIVILITE>MME</LC_CIVILITE>"))}}));
}

TEST_CASE("N002 fires on one civility in a name field, not on look-alikes or initials", "[rules][N002]") {
  CHECK(fires("N002", {{"r.xml", responsables(person("1", "MME EXEMPLE", "Julie"))}}));
  CHECK(fires("N002", {{"r.xml", responsables(person("2", "TEST", "Monsieur Paul"))}}));
  CHECK_FALSE(fires("N002", {{"r.xml", responsables(person("3", "MADEC", "Jean M"))}}));
  CHECK_FALSE(fires("N002", {{"r.xml", responsables(person("4", "M. MME TRUC", "Luc"))}}));  // N001's business
}

TEST_CASE("N004 fires on double, leading, trailing and non-breaking spaces and tabs", "[rules][N004]") {
  for (const char* name : {"Jean  Paul", " Anne", "Anne ", "Le\xc2\xa0Gall", "De\tLa", "Zo\xe2\x80\x8b\xc3\xa9"}) {
    INFO(name);
    CHECK(fires("N004", {{"r.xml", responsables(person("1", "EXEMPLE", name))}}));
  }
  CHECK_FALSE(fires("N004", {{"r.xml", responsables(person("1", "DE LA TESTE", "Jean Paul"))}}));
}

TEST_CASE("N005 fires on an empty name or first name, not on a nom d'usage alone", "[rules][N005]") {
  CHECK(fires("N005", {{"r.xml", responsables(person("1", "EXEMPLE", ""))}}));
  CHECK(fires("N005", {{"r.xml", responsables(person("2", "  ", "Anne"))}}));
  CHECK_FALSE(fires(
      "N005",
      {{"r.xml",
        responsables(R"(<PERSONNE PERSONNE_ID="3"><NOM_USAGE>TEST</NOM_USAGE><PRENOM>Luc</PRENOM></PERSONNE>)")}}));
  CHECK_FALSE(fires(
      "N005", {{"e.xml", eleves(pupil("4", "", "", "01/01/2014", "", "<DATE_SORTIE>01/01/2026</DATE_SORTIE>"))}}));
}

TEST_CASE("N006 fires when the first name equals the name, folded", "[rules][N006]") {
  CHECK(fires("N006", {{"r.xml", responsables(person("1", "MARTIN", "Martin"))}}));
  CHECK_FALSE(fires("N006", {{"r.xml", responsables(person("2", "MARTIN", "Martine"))}}));
}

TEST_CASE("N003 fires on digits and symbols, not on letters of any script or apostrophes", "[rules][N003]") {
  CHECK(fires("N003", {{"r.xml", responsables(person("1", "MARTIN (DURAND)", "Anne"))}}));
  CHECK(fires("N003", {{"r.xml", responsables(person("2", "TEST", "Lucas2"))}}));
  for (const auto& [nom, prenom] : std::vector<std::pair<const char*, const char*>>{{"D'ALMEIDA", "Jean-Pierre"},
                                                                                    {"N’DIAYE", "Zoë"},
                                                                                    {"ŒUVRARD", "Marie-Noëlle"},
                                                                                    {"ØSTERGÅRD", "Søren"},
                                                                                    {"BIDULE", "Hugo &amp; Inès"},
                                                                                    {"M. TRUC", "Luc"}}) {
    INFO(nom);
    CHECK_FALSE(fires("N003", {{"r.xml", responsables(person("3", nom, prenom))}}));
  }
}
