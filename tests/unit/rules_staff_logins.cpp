#include <catch2/catch.hpp>

#include "support.hpp"

using namespace scolint::test;

namespace {
std::string individu(const std::string& id, const std::string& nom, const std::string& prenom,
                     const std::string& born) {
  return "<INDIVIDU ID=\"" + id + "\"><NOM_USAGE>" + nom + "</NOM_USAGE><NOM_PATRONYMIQUE>" + nom +
         "</NOM_PATRONYMIQUE><PRENOM>" + prenom + "</PRENOM><DATE_NAISSANCE>" + born + "</DATE_NAISSANCE></INDIVIDU>";
}
std::string individus(const std::string& body) { return sts("<INDIVIDUS>" + body + "</INDIVIDUS>"); }
}  // namespace

TEST_CASE("T001 fires on one person under two staff IDs", "[rules][T001]") {
  CHECK(findings("T001", {{"s.xml", individus(individu("1", "TESTEUR", "Marc", "1980-05-17") +
                                              individu("L3", "Testeur", "MARC", "1980-05-17"))}})
            .size() == 2);
  CHECK_FALSE(fires("T001", {{"s.xml", individus(individu("1", "TESTEUR", "Marc", "1980-05-17") +
                                                 individu("2", "TESTEUR", "Marc", "1975-01-30"))}}));
}

TEST_CASE("L001 fires on two people with one login and shows each one's probable login", "[rules][L001]") {
  const auto found = findings("L001", {{"r.xml", responsables(person("5008", "LE GALL", "Yann"))},
                                       {"s.xml", individus(individu("90011", "Le Gall", "YANN", "1980-01-01"))}});
  REQUIRE(found.size() == 2);
  CHECK(found[0].predicted_login == "yann.le_gall");
  CHECK(found[1].predicted_login == "yann.le_gall2");
  scolint::Options se3;
  se3.login_profile = "se3";
  const auto tail =
      findings("L001", {{"r.xml", responsables(person("1", "DUPONT", "Jean") + person("2", "Dupont", "JEAN"))}}, se3);
  REQUIRE(tail.size() == 2);
  CHECK(tail[1].predicted_login == "jean.dupon2");
}

TEST_CASE("L001 ignores one person seen twice and different names", "[rules][L001]") {
  CHECK_FALSE(fires("L001", {{"a.xml", responsables(person("1", "DUPONT", "Jean"))},
                             {"b.xml", responsables(person("1", "DUPONT", "Jean"))}}));
  CHECK_FALSE(fires("L001", {{"r.xml", responsables(person("1", "D'ALMEIDA", "Jean-Pierre") +
                                                    person("2", "D'ALMEIDA", "Jean-Paul"))}}));
}

TEST_CASE("L002 fires on logins longer than the limit", "[rules][L002]") {
  CHECK(fires(
      "L002",
      {{"r.xml", responsables(person("1", "DE LA TESTE DU MONT SAINT EXEMPLE", "Marie-Charlotte Anne Sophie"))}}));
  CHECK_FALSE(fires("L002", {{"r.xml", responsables(person("2", "DE LA TESTE", "Marie-Charlotte"))}}));
}

TEST_CASE("L001 counts one person once among three holders of a login", "[rules][L001]") {
  // Person 1 is in both files: two people share the login, not three.
  const auto found =
      findings("L001", {{"a.xml", responsables(person("1", "DUPONT", "Jean") + person("2", "Dupont", "JEAN"))},
                        {"b.xml", responsables(person("1", "DUPONT", "Jean"))}});
  REQUIRE(found.size() == 2);
  // Each names the other holder, once.
  CHECK(found[0].message.find("le responsable « DUPONT Jean » et le responsable « Dupont JEAN » auront le login") !=
        std::string::npos);
  CHECK(found[1].message.find("le responsable « Dupont JEAN » et le responsable « DUPONT Jean » auront le login") !=
        std::string::npos);
}

TEST_CASE("L001 names the first holders and counts the rest", "[rules][L001]") {
  std::string people;
  for (int i = 1; i <= 4; ++i) people += person(std::to_string(i), "DUPONT", "Jean");
  const auto found = findings("L001", {{"a.xml", responsables(people)}}, {.rule_options = {{"L001.max_related", "2"}}});
  REQUIRE(found.size() == 4);
  CHECK(found[0].message.find("et 3 autre(s) personne(s) (le responsable « DUPONT Jean », le responsable "
                              "« DUPONT Jean », …)") != std::string::npos);
  // Whatever max_related, a sentence names three at most; the related places list them all.
  people += person("5", "DUPONT", "Jean");
  const auto five = findings("L001", {{"a.xml", responsables(people)}});
  REQUIRE(five.size() == 5);
  CHECK(five[0].related.size() == 4);
  CHECK(five[0].message.find("et 4 autre(s) personne(s) (le responsable « DUPONT Jean », le responsable "
                             "« DUPONT Jean », le responsable « DUPONT Jean », …)") != std::string::npos);
}

TEST_CASE("L002 checks pupils and staff, not pupils who left, and one person in two files once", "[rules][L002]") {
  const std::string longest = "DE LA TESTE DU MONT SAINT EXEMPLE";
  const std::string given = "Marie-Charlotte Anne Sophie";
  CHECK(fires("L002", {{"e.xml", eleves(pupil("1", longest, given, "01/01/2014"))}}));
  CHECK_FALSE(fires("L002", {{"e.xml", eleves(pupil("1", longest, given, "01/01/2014", "123450001FG",
                                                    "<DATE_SORTIE>01/01/2026</DATE_SORTIE>"))}}));
  CHECK(fires("L002", {{"s.xml", individus(individu("7", longest, given, "1980-01-01"))}}));
  const auto twice = findings("L002", {{"a.xml", eleves(pupil("1", longest, given, "01/01/2014"))},
                                       {"b.xml", eleves(pupil("1", longest, given, "01/01/2014"))}});
  REQUIRE(twice.size() == 1);
  CHECK(twice[0].related.size() == 1);
}
