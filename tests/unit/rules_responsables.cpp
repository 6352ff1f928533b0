#include <catch2/catch.hpp>

#include <set>

#include "support.hpp"

using namespace scolint::test;

namespace {
std::string address(const std::string& id, const std::string& line, const std::string& cp = "99000",
                    const std::string& city = "VILLE-TEST") {
  return "<ADRESSE ADRESSE_ID=\"" + id + "\"><LIGNE1_ADRESSE>" + line + "</LIGNE1_ADRESSE><CODE_POSTAL>" + cp +
         "</CODE_POSTAL><LIBELLE_POSTAL>" + city + "</LIBELLE_POSTAL></ADRESSE>";
}
}  // namespace

TEST_CASE("R001 fires on a parent typed twice with the same phone", "[rules][R001]") {
  const auto found = findings(
      "R001",
      {{"r.xml", responsables(person("1", "MARTINEZ", "Sophie", "<TEL_PORTABLE>06 00 00 00 05</TEL_PORTABLE>") + "\n" +
                              person("2", "Martinez", "SOPHIE", "<TEL_PORTABLE>+33600000005</TEL_PORTABLE>"))}});
  REQUIRE(found.size() == 2);
  CHECK(found[0].related.size() == 1);
}

TEST_CASE("R001 fires on the same address written differently, and on the same e-mail", "[rules][R001]") {
  CHECK(fires("R001",
              {{"r.xml", responsables(person("3", "LÉGER", "Noël", "<ADRESSE_ID>73</ADRESSE_ID>") +
                                          person("4", "LEGER", "Noel", "<ADRESSE_ID>74</ADRESSE_ID>"),
                                      address("73", "3 rue de l'Église") + address("74", "3 RUE DE L EGLISE"))}}));
  CHECK(fires("R001", {{"r.xml", responsables(person("5", "BLANC", "Eva", "<MEL>Eva.Blanc@example.invalid</MEL>") +
                                              person("6", "BLANC", "Eva", "<MEL>eva.blanc@example.invalid</MEL>"))}}));
}

TEST_CASE("R001 ignores homonyms with nothing in common and one record linked twice", "[rules][R001]") {
  CHECK_FALSE(fires(
      "R001", {{"r.xml", responsables(person("7", "LE GALL", "Yann",
                                             "<TEL_PORTABLE>0600000008</TEL_PORTABLE><ADRESSE_ID>75</ADRESSE_ID>") +
                                          person("8", "LE GALL", "Yann",
                                                 "<TEL_PORTABLE>0600000009</TEL_PORTABLE><ADRESSE_ID>76</ADRESSE_ID>"),
                                      address("75", "2 RUE DU PORT") + address("76", "40 ROUTE DES CHAMPS"))}}));
  CHECK_FALSE(fires(
      "R001", {{"a.xml", responsables(person("9", "FICTIF", "Nathalie", "<TEL_PORTABLE>0600000010</TEL_PORTABLE>"))},
               {"b.xml", responsables(person("9", "FICTIF", "Nathalie", "<TEL_PORTABLE>0600000010</TEL_PORTABLE>"))}}));
  // Short or blank phone numbers prove nothing.
  CHECK_FALSE(fires("R001", {{"r.xml", responsables(person("1", "X", "Y", "<TEL_PORTABLE>0</TEL_PORTABLE>") +
                                                    person("2", "X", "Y", "<TEL_PORTABLE>0</TEL_PORTABLE>"))}}));
}

namespace {
std::string legal_link(const std::string& eleve, const std::string& personne, const std::string& legal = "1") {
  return "<RESPONSABLE_ELEVE><ELEVE_ID>" + eleve + "</ELEVE_ID><PERSONNE_ID>" + personne +
         "</PERSONNE_ID><RESP_LEGAL>" + legal + "</RESP_LEGAL></RESPONSABLE_ELEVE>";
}
std::string with_links(const std::string& persons, const std::string& links, const std::string& addresses = "") {
  return R"(<?xml version="1.0"?><BEE_RESPONSABLES><DONNEES><PERSONNES>)" + persons + "</PERSONNES><RESPONSABLES>" +
         links + "</RESPONSABLES><ADRESSES>" + addresses + "</ADRESSES></DONNEES></BEE_RESPONSABLES>";
}
}  // namespace

TEST_CASE("R002 fires on homonyms with nothing in common, not on duplicates", "[rules][R002]") {
  CHECK(findings("R002",
                 {{"r.xml", responsables(person("7", "LE GALL", "Yann", "<TEL_PORTABLE>0600000008</TEL_PORTABLE>") +
                                         person("8", "Le Gall", "YANN", "<TEL_PORTABLE>0600000009</TEL_PORTABLE>"))}})
            .size() == 2);
  CHECK_FALSE(
      fires("R002", {{"r.xml", responsables(person("1", "X", "Y", "<TEL_PORTABLE>0600000005</TEL_PORTABLE>") +
                                            person("2", "X", "Y", "<TEL_PORTABLE>0600000005</TEL_PORTABLE>"))}}));
}

TEST_CASE("R003 fires on a legal responsable whose address cannot activate the account", "[rules][R003]") {
  CHECK(fires("R003", {{"r.xml", with_links(person("1", "A", "B", "<ADRESSE_ID>71</ADRESSE_ID>"), legal_link("9", "1"),
                                            address("71", "2 RUE DU PORT", "", ""))}}));
  CHECK(fires("R003", {{"r.xml", with_links(person("1", "A", "B"), legal_link("9", "1"))}}));
  CHECK_FALSE(fires("R003", {{"r.xml", with_links(person("1", "A", "B", "<ADRESSE_ID>71</ADRESSE_ID>"),
                                                  legal_link("9", "1"), address("71", "2 RUE DU PORT"))}}));
  CHECK_FALSE(fires("R003", {{"r.xml", with_links(person("1", "A", "B"), legal_link("9", "1", "0"))}}));
}

TEST_CASE("R004 fires on French postal codes that are not 5 digits", "[rules][R004]") {
  for (const char* code : {"3100", "31 000", "31OOO", "310000"}) {
    INFO(code);
    CHECK(fires("R004", {{"r.xml", responsables("", address("1", "L", code))}}));
  }
  CHECK_FALSE(fires("R004", {{"r.xml", responsables("", address("1", "L", "01000"))}}));
  CHECK_FALSE(fires(
      "R004",
      {{"r.xml",
        responsables(
            "",
            R"(<ADRESSE ADRESSE_ID="2"><CODE_POSTAL>SW1A 1AA</CODE_POSTAL><LL_PAYS>ROYAUME-UNI</LL_PAYS></ADRESSE>)")}}));
}

TEST_CASE("R005 and R006 check phones and e-mails", "[rules][R005][R006]") {
  for (const char* phone : {"06 12 34 56", "0612345678 ou 0712345678", "12345678901234567", "+33 6 12"}) {
    INFO(phone);
    CHECK(fires(
        "R005",
        {{"r.xml", responsables(person("1", "A", "B", std::string("<TEL_PORTABLE>") + phone + "</TEL_PORTABLE>"))}}));
  }
  for (const char* phone :
       {"06.12.34.56.78", "+33 (0)1 23 45 67 89", "+262 262 12 34 56", "0041 22 123 45 67", "0033612345678"}) {
    INFO(phone);
    CHECK_FALSE(fires(
        "R005",
        {{"r.xml", responsables(person("1", "A", "B", std::string("<TEL_PORTABLE>") + phone + "</TEL_PORTABLE>"))}}));
  }
  for (const char* mail :
       {"jean.dupont@gmail", "jean dupont@exemple.fr", "a@@exemple.fr", "a@exemple..fr", "@exemple.fr"}) {
    INFO(mail);
    CHECK(fires("R006", {{"r.xml", responsables(person("1", "A", "B", std::string("<MEL>") + mail + "</MEL>"))}}));
  }
  for (const char* mail : {"jean.dupont@exemple.fr", "j-p.o'hara+ent@sub.exemple.org", " a@b.co "}) {
    INFO(mail);
    CHECK_FALSE(
        fires("R006", {{"r.xml", responsables(person("1", "A", "B", std::string("<MEL>") + mail + "</MEL>"))}}));
  }
}

TEST_CASE("R007 fires on three legal responsables", "[rules][R007]") {
  CHECK(fires("R007",
              {{"r.xml", with_links("", legal_link("1", "10") + legal_link("1", "11") + legal_link("1", "12", "2"))}}));
  CHECK_FALSE(fires("R007", {{"r.xml", with_links("", legal_link("1", "10") + legal_link("1", "11", "2") +
                                                          legal_link("1", "12", "0"))}}));
  // Three legal links but two people (one linked twice): not three responsables.
  CHECK_FALSE(fires(
      "R007", {{"r.xml", with_links("", legal_link("1", "10") + legal_link("1", "11") + legal_link("1", "10", "2"))}}));
  // Other pupils' links between them do not break a pupil's count.
  const auto found =
      findings("R007", {{"r.xml", with_links("", legal_link("1", "10") + legal_link("2", "20") + legal_link("1", "11") +
                                                     legal_link("1", "12", "2"))}});
  REQUIRE(found.size() == 1);
  CHECK(found.front().record == "ELEVE_ID=1");
  // Responsables absent from the file: their identifiers are all there is to say.
  CHECK(found.front().message.find("PERSONNE_ID=10, PERSONNE_ID=11, PERSONNE_ID=12") != std::string::npos);
  // Present: named, with the identifier beside (two records may bear one name).
  const auto named = findings(
      "R007", {{"r.xml", with_links(person("10", "MARTIN", "Anne") + person("11", "MARTIN", "Paul") +
                                        person("12", "DURAND", "Luc"),
                                    legal_link("1", "10") + legal_link("1", "11") + legal_link("1", "12", "2"))}});
  REQUIRE(named.size() == 1);
  CHECK(named.front().message.find("« MARTIN Anne » (PERSONNE_ID=10), « MARTIN Paul » (PERSONNE_ID=11), "
                                   "« DURAND Luc » (PERSONNE_ID=12)") != std::string::npos);
}

TEST_CASE("R009 fires on two responsables of one rank, not on ranks 1 and 2", "[rules][R009]") {
  const auto found =
      findings("R009", {{"r.xml", with_links(person("10", "MARTIN", "Anne") + person("11", "DURAND", "Luc"),
                                             legal_link("1", "10") + legal_link("1", "11"))}});
  REQUIRE(found.size() == 1);
  CHECK(found.front().message.find("deux responsables légaux de rang 1 (« MARTIN Anne » (PERSONNE_ID=10) et "
                                   "« DURAND Luc » (PERSONNE_ID=11))") != std::string::npos);
  CHECK(found.front().related.size() == 1);
  CHECK_FALSE(fires("R009", {{"r.xml", with_links("", legal_link("1", "10") + legal_link("1", "11", "2"))}}));
  CHECK_FALSE(fires("R009", {{"r.xml", with_links("", legal_link("1", "10") + legal_link("1", "10"))}}));
  // Three legal responsables: R007 says it.
  CHECK_FALSE(fires(
      "R009", {{"r.xml", with_links("", legal_link("1", "10") + legal_link("1", "11") + legal_link("1", "12", "2"))}}));
  // A pupil who left is no one's concern.
  CHECK_FALSE(fires(
      "R009",
      {{"e.xml", eleves(pupil("1", "UN", "A", "01/01/2014", "123450001FG", "<DATE_SORTIE>30/06/2026</DATE_SORTIE>"))},
       {"r.xml", with_links("", legal_link("1", "10") + legal_link("1", "11"))}}));
}

TEST_CASE("a link's finding is filed under its pupil's division (typed record, not a parsed string)", "[rules][R008]") {
  // "ELEVE_ID=1 PERSONNE_ID=99" once lost the pupil's division: the record is a link now.
  const auto found = findings("R008", {{"r.xml", with_links(person("10", "A", "B"), legal_link("1", "99"))},
                                       {"e.xml", eleves(pupil("1", "A", "B", "01/01/2014"), in_division("1", "6A"))}});
  REQUIRE(found.size() == 1);
  CHECK(found.front().record == "ELEVE_ID=1 PERSONNE_ID=99");
  CHECK(found.front().division == "6A");
}

TEST_CASE("responsables written since 2018: NIVEAU_RESPONSABILITE 1 is legal, RESP_LEGAL wins when both are there",
          "[rules][P008][R007]") {
  auto link = [](const std::string& eleve, const std::string& personne, const std::string& fields) {
    return "<RESPONSABLE_ELEVE><ELEVE_ID>" + eleve + "</ELEVE_ID><PERSONNE_ID>" + personne + "</PERSONNE_ID>" + fields +
           "</RESPONSABLE_ELEVE>";
  };
  const std::string pupils = eleves(pupil("1", "A", "B", "01/01/2014") + pupil("2", "C", "D", "01/01/2014") +
                                    pupil("3", "E", "F", "01/01/2014"));
  const std::string persons = person("10", "A", "X") + person("11", "C", "Y") + person("12", "E", "Z");
  const std::string links =
      link("1", "10", "<CODE_PARENTE>10</CODE_PARENTE><NIVEAU_RESPONSABILITE>1</NIVEAU_RESPONSABILITE>") +
      link("2", "11", "<CODE_PARENTE>38</CODE_PARENTE><NIVEAU_RESPONSABILITE>3</NIVEAU_RESPONSABILITE>") +
      // RESP_LEGAL 0 wins over NIVEAU 1, as in GEPI's import
      link("3", "12", "<RESP_LEGAL>0</RESP_LEGAL><NIVEAU_RESPONSABILITE>1</NIVEAU_RESPONSABILITE>");
  const auto found = findings("P008", {{"e.xml", pupils}, {"r.xml", with_links(persons, links)}});
  std::set<std::string> records;
  for (const auto& d : found) records.insert(d.record);
  CHECK(records == std::set<std::string>{"ELEVE_ID=2", "ELEVE_ID=3"});
  // Three représentants légaux by niveau are R007's, as three RESP_LEGAL 1/2 are.
  const std::string three = link("1", "10", "<NIVEAU_RESPONSABILITE>1</NIVEAU_RESPONSABILITE>") +
                            link("1", "11", "<NIVEAU_RESPONSABILITE>1</NIVEAU_RESPONSABILITE>") +
                            link("1", "12", "<NIVEAU_RESPONSABILITE>1</NIVEAU_RESPONSABILITE>");
  CHECK(fires("R007", {{"r.xml", with_links(persons, three)}}));
}

TEST_CASE("R008 fires on links to unknown persons or pupils", "[rules][R008]") {
  CHECK(fires("R008", {{"r.xml", with_links(person("10", "A", "B"), legal_link("1", "99"))}}));
  CHECK(fires("R008", {{"r.xml", with_links(person("10", "A", "B"), legal_link("7", "10"))},
                       {"e.xml", eleves(pupil("1", "A", "B", "01/01/2014"))}}));
  CHECK_FALSE(fires("R008", {{"r.xml", with_links(person("10", "A", "B"), legal_link("1", "10"))},
                             {"e.xml", eleves(pupil("1", "A", "B", "01/01/2014"))}}));
}

TEST_CASE("R010 fires on an ENT parent's child the pupils' file lacks byte for byte", "[rules][R010]") {
  const std::string pupils = "Prénom*;Nom*;Date de naissance*;Classes*\nLyvia;DUPONT;28/09/2012;CE2 A\n";
  auto parents = [](const std::string& child) {
    return "Nom*;Prénom*;Nom de l'élève;Prénom de l'élève;Classes de l'élève\nDUPONT;Marc;" + child + "\n";
  };
  CHECK_FALSE(fires("R010", {{"Eleves.csv", pupils}, {"Parents.csv", parents("DUPONT;Lyvia;CE2 A")}}));
  CHECK_FALSE(fires("R010", {{"Eleves.csv", pupils}, {"Parents.csv", parents(" DUPONT ;Lyvia;CE2 A ")}}));  // trimmed
  const auto cased = findings("R010", {{"Eleves.csv", pupils}, {"Parents.csv", parents("Dupont;Lyvia;CE2 A")}});
  REQUIRE(cased.size() == 1);
  CHECK(cased.front().message.find("le fichier des élèves l'écrit « DUPONT Lyvia » en « CE2 A »") != std::string::npos);
  CHECK(fires("R010", {{"Eleves.csv", pupils}, {"Parents.csv", parents("DUPONT;Lyvia;CE2 B")}}));
  // Without the pupils' file the rule does not run; a child given by identifier is a link.
  CHECK_FALSE(fires("R010", {{"Parents.csv", parents("X;Y;Z")}}));
  CHECK(findings("R010", {{"Eleves.csv", pupils}, {"Parents.csv", parents("Dupont;Lyvia;CE2 A")}}, {.low_memory = true})
            .size() == 1);
}

TEST_CASE("R011 fires on a link that says no level, not on RESP_LEGAL 0 nor NIVEAU only", "[rules][R011]") {
  const std::string unlevelled =
      "<RESPONSABLE_ELEVE><ELEVE_ID>9</ELEVE_ID><PERSONNE_ID>1</PERSONNE_ID><CODE_PARENTE>20</CODE_PARENTE>"
      "</RESPONSABLE_ELEVE>";
  const auto found = findings("R011", {{"r.xml", with_links(person("1", "MARTIN", "Anne"), unlevelled)}});
  REQUIRE(found.size() == 1);
  CHECK(found[0].record == "ELEVE_ID=9 PERSONNE_ID=1");
  CHECK(found[0].message.find("MARTIN Anne") != std::string::npos);
  CHECK_FALSE(fires("R011", {{"r.xml", with_links(person("1", "A", "B"), legal_link("9", "1", "0"))}}));
  const std::string niveau =
      "<RESPONSABLE_ELEVE><ELEVE_ID>9</ELEVE_ID><PERSONNE_ID>1</PERSONNE_ID>"
      "<NIVEAU_RESPONSABILITE>3</NIVEAU_RESPONSABILITE></RESPONSABLE_ELEVE>";
  CHECK_FALSE(fires("R011", {{"r.xml", with_links(person("1", "A", "B"), niveau)}}));
}

TEST_CASE("R012 fires on one household's address under two ADRESSE_IDs, not on neighbours", "[rules][R012]") {
  const std::string parents = person("1", "MARTIN", "Anne", "<ADRESSE_ID>71</ADRESSE_ID>") +
                              person("2", "MARTIN", "Paul", "<ADRESSE_ID>72</ADRESSE_ID>");
  const std::string same = address("71", "4 RUE DES LILAS") + address("72", "4, rue des Lilas");
  CHECK(findings("R012", {{"r.xml", with_links(parents, legal_link("9", "1") + legal_link("9", "2", "2"), same)}})
            .size() == 1);
  // No child in common: neighbours, or one family's two records R001 would see.
  CHECK_FALSE(fires("R012", {{"r.xml", with_links(parents, legal_link("9", "1") + legal_link("8", "2"), same)}}));
  // Another flat of the building.
  CHECK_FALSE(
      fires("R012", {{"r.xml", with_links(parents, legal_link("9", "1") + legal_link("9", "2", "2"),
                                          address("71", "4 RUE DES LILAS") + address("72", "6 RUE DES LILAS"))}}));
}

TEST_CASE("R013 fires on one parent typed twice for siblings with other contacts", "[rules][R013]") {
  const std::string parents = person("10", "MARTIN", "Paul", "<MEL>a@example.invalid</MEL>") +
                              person("11", "MARTIN", "Paul", "<MEL>b@example.invalid</MEL>") +
                              person("12", "MARTIN", "Anne");
  const std::string siblings =
      legal_link("1", "10") + legal_link("1", "12", "2") + legal_link("2", "11") + legal_link("2", "12", "2");
  CHECK(findings("R013", {{"r.xml", with_links(parents, siblings)}}).size() == 1);
  // Not siblings: nothing shared but the name.
  CHECK_FALSE(fires("R013", {{"r.xml", with_links(parents, legal_link("1", "10") + legal_link("2", "11"))}}));
  // The same e-mail: one person already (R001's).
  const std::string same = person("10", "MARTIN", "Paul", "<MEL>a@example.invalid</MEL>") +
                           person("11", "MARTIN", "Paul", "<MEL>A@example.invalid</MEL>") +
                           person("12", "MARTIN", "Anne");
  CHECK_FALSE(fires("R013", {{"r.xml", with_links(same, siblings)}}));
}

TEST_CASE("R013 passes over a namesake contact (a grandfather) of one of the children", "[rules][R013]") {
  const std::string people = person("10", "MARTIN", "Jean", "<MEL>a@example.invalid</MEL>") +
                             person("11", "MARTIN", "Jean", "<MEL>b@example.invalid</MEL>") +
                             person("12", "MARTIN", "Anne");
  // 10 is the father of both children; 11, a contact, is linked to the first only.
  const std::string links = legal_link("1", "10") + legal_link("2", "10") + legal_link("1", "12", "2") +
                            legal_link("2", "12", "2") + legal_link("1", "11", "0");
  CHECK_FALSE(fires("R013", {{"r.xml", with_links(people, links)}}));
}
