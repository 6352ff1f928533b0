#include <catch2/catch.hpp>

#include "support.hpp"

using namespace scolint::test;

TEST_CASE("P001 fires on a present pupil with no INE", "[rules][P001]") {
  CHECK(fires("P001", {{"e.xml", eleves(pupil("1", "UN", "Alix", "01/01/2014", ""))}}));
  CHECK(fires("P001", {{"e.xml", eleves(pupil("1", "UN", "Alix", "01/01/2014", "  "))}}));
  // Leaving after the export date: still a pupil today.
  CHECK(fires("P001", {{"e.xml",
                        eleves(pupil("1", "UN", "Alix", "01/01/2014", "", "<DATE_SORTIE>30/06/2027</DATE_SORTIE>"))}}));
}

TEST_CASE("P001 accepts any INE field and ignores pupils who left", "[rules][P001]") {
  CHECK_FALSE(fires("P001", {{"e.xml", eleves(pupil("1", "UN", "Alix", "01/01/2014"))}}));
  CHECK_FALSE(fires("P001", {{"e.xml", eleves(R"(<ELEVE ELEVE_ID="2"><INE_BEA>0123456789A</INE_BEA></ELEVE>)")}}));
  CHECK_FALSE(
      fires("P001",
            {{"e.xml", eleves(pupil("1", "UN", "Alix", "01/01/2014", "", "<DATE_SORTIE>30/06/2026</DATE_SORTIE>"))}}));
}

TEST_CASE("P004 reports every member of a duplicate group once, with related places", "[rules][P004]") {
  const auto found = findings("P004", {{"e.xml", eleves(pupil("10", "LEFÈVRE", "Chloé", "03/05/2014") + "\n" +
                                                        pupil("11", "Lefevre", "CHLOE", "03/05/2014", "") + "\n" +
                                                        pupil("12", "LE FEVRE", "Chloé", "03/05/2014"))}});
  REQUIRE(found.size() == 3);
  for (const auto& d : found) CHECK(d.related.size() == 2);
  CHECK(found[0].location.line != found[1].location.line);
}

TEST_CASE("P004 ignores twins, different birth dates, the same ELEVE_ID twice and pupils who left", "[rules][P004]") {
  CHECK_FALSE(fires("P004", {{"e.xml", eleves(pupil("30", "FICTIF", "Léo", "05/11/2012") +
                                              pupil("31", "FICTIF", "Léa", "05/11/2012"))}}));
  CHECK_FALSE(fires("P004", {{"e.xml", eleves(pupil("40", "MARTIN", "Lucas", "01/02/2013") +
                                              pupil("41", "MARTIN", "Lucas", "02/02/2013"))}}));
  CHECK_FALSE(fires("P004", {{"a.xml", eleves(pupil("40", "MARTIN", "Lucas", "01/02/2013"))},
                             {"b.xml", eleves(pupil("40", "MARTIN", "Lucas", "01/02/2013"))}}));
  CHECK_FALSE(fires(
      "P004",
      {{"e.xml", eleves(pupil("50", "ANCIEN", "Paul", "01/01/2012", "x", "<DATE_SORTIE>30/06/2026</DATE_SORTIE>") +
                        pupil("51", "ANCIEN", "Paul", "01/01/2012"))}}));
}

TEST_CASE("P002 fires on INEs of no known shape", "[rules][P002]") {
  for (const char* ine : {"12345678", "123450001FI", "04940 04062M", "ABCDEFGHIJK"}) {
    INFO(ine);
    CHECK(fires("P002", {{"e.xml", eleves(pupil("1", "A", "B", "01/01/2014", ine))}}));
  }
}

TEST_CASE("P002 accepts RNIE, BEA, SIFA and base 36, in any case", "[rules][P002]") {
  for (const char* ine : {"123450001FG", "0494004062m", "1234A12345F", "AB12CD34EF5", " 123450001FG "}) {
    INFO(ine);
    CHECK_FALSE(fires("P002", {{"e.xml", eleves(pupil("1", "A", "B", "01/01/2014", ine))}}));
  }
}

TEST_CASE("P010 checks the BEA key, and the RNIE key when asked", "[rules][P010]") {
  CHECK(fires("P010", {{"e.xml", eleves(pupil("1", "A", "B", "01/01/2014", "0494004062N"))}}));
  CHECK_FALSE(fires("P010", {{"e.xml", eleves(pupil("1", "A", "B", "01/01/2014", "123450001FH"))}}));
  scolint::Options rnie;
  rnie.rule_options["P010.rnie"] = "1";
  CHECK(findings("P010", {{"e.xml", eleves(pupil("1", "A", "B", "01/01/2014", "123450001FH"))}}, rnie).size() == 1);
  for (const char* ine : {"123450001FG", "130170846FA", "0494004062M", "1234A12345F", "AB12CD34EF5", "junk"}) {
    INFO(ine);
    CHECK_FALSE(fires("P010", {{"e.xml", eleves(pupil("1", "A", "B", "01/01/2014", ine))}}));
  }
}

TEST_CASE("P003 fires on one INE on two current pupils", "[rules][P003]") {
  CHECK(findings("P003", {{"e.xml", eleves(pupil("1", "A", "B", "01/01/2014", "123450001FG") +
                                           pupil("2", "a", "b", "01/01/2014", "123450001fg"))}})
            .size() == 2);
  CHECK_FALSE(fires("P003", {{"a.xml", eleves(pupil("1", "A", "B", "01/01/2014", "123450001FG"))},
                             {"b.xml", eleves(pupil("1", "A", "B", "01/01/2014", "123450001FG"))}}));
}

TEST_CASE("P005 fires on a current pupil in no division", "[rules][P005]") {
  // Pupil 2 is placed: otherwise the export is one made before the placement (F013's).
  const std::string two = pupil("1", "A", "B", "01/01/2014") + pupil("2", "C", "D", "01/01/2014");
  CHECK(findings("P005", {{"e.xml", eleves(two, in_division("1", "LATIN", 'G') + in_division("2", "6 A"))}}).size() ==
        1);
  CHECK_FALSE(fires("P005", {{"e.xml", eleves(pupil("1", "A", "B", "01/01/2014"), in_division("1", "6 A"))}}));
}

TEST_CASE("P006 fires on missing, malformed and impossible birth dates", "[rules][P006]") {
  for (const char* date : {"", "31/04/2013", "2013-04-12", "29/02/2013", "1/1/2013"}) {
    INFO(date);
    CHECK(fires("P006", {{"e.xml", eleves(pupil("1", "A", "B", date))}}));
  }
  CHECK_FALSE(fires("P006", {{"e.xml", eleves(pupil("1", "A", "B", "29/02/2012"))}}));
}

TEST_CASE("P007 fires outside [2, 30] years on 1 September of the school year", "[rules][P007]") {
  const std::string year =
      R"(<?xml version="1.0"?><BEE_ELEVES><PARAMETRES><ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE></PARAMETRES><DONNEES><ELEVES>)";
  auto doc = [&](const std::string& born) {
    return year + pupil("1", "A", "B", born) + "</ELEVES></DONNEES></BEE_ELEVES>";
  };
  CHECK(fires("P007", {{"e.xml", doc("14/03/2102")}}));
  CHECK(fires("P007", {{"e.xml", doc("14/03/1913")}}));
  CHECK(fires("P007", {{"e.xml", doc("31/08/1995")}}));  // 31 on 1 September 2026
  CHECK_FALSE(fires("P007", {{"e.xml", doc("14/03/2013")}}));
  CHECK_FALSE(fires("P007", {{"e.xml", doc("01/09/1996")}}));
  scolint::Options options;
  options.rule_options["P007.max_age"] = "20";
  CHECK(findings("P007", {{"e.xml", doc("01/01/2001")}}, options).size() == 1);
}

TEST_CASE("P008 fires on a pupil with no legal responsable", "[rules][P008]") {
  const std::string resp = R"(<?xml version="1.0"?><BEE_RESPONSABLES><DONNEES><RESPONSABLES>
    <RESPONSABLE_ELEVE><ELEVE_ID>1</ELEVE_ID><PERSONNE_ID>10</PERSONNE_ID><RESP_LEGAL>1</RESP_LEGAL></RESPONSABLE_ELEVE>
    <RESPONSABLE_ELEVE><ELEVE_ID>2</ELEVE_ID><PERSONNE_ID>11</PERSONNE_ID><RESP_LEGAL>0</RESP_LEGAL></RESPONSABLE_ELEVE>
    </RESPONSABLES></DONNEES></BEE_RESPONSABLES>)";
  const auto found = findings(
      "P008",
      {{"e.xml", eleves(pupil("1", "A", "B", "01/01/2014") + pupil("2", "C", "D", "01/01/2014", "123450002FF"))},
       {"r.xml", resp}});
  REQUIRE(found.size() == 1);
  CHECK(found[0].record == "ELEVE_ID=2");
}

TEST_CASE("P005 counts the Inactifs pseudo-division as no division", "[rules][P005]") {
  const std::string one = pupil("1", "UN", "Alix", "01/01/2014");
  const auto found = findings("P005", {{"e.xml", eleves(one, in_division("1", "Inactifs"))}});
  REQUIRE(found.size() == 1);
  CHECK(found.front().message.find("n'est affecté qu'à la pseudo-division « Inactifs »") != std::string::npos);
  CHECK_FALSE(fires("P005", {{"e.xml", eleves(one, in_division("1", "INACTIFS") + in_division("1", "6 B"))}}));
  // In low-memory mode too: the pupil is kept for the check.
  CHECK(findings("P005", {{"e.xml", eleves(one, in_division("1", " inactifs "))}}, {.low_memory = true}).size() == 1);
}

TEST_CASE("P013 fires on one INE for two children, P003 on one person twice", "[rules][P013][P003]") {
  const std::string alix = pupil("1", "UN", "Alix", "01/01/2014", "123450001FG");
  const std::string bao = pupil("2", "DEUX", "Bao", "02/02/2013", "123450001fg");
  const std::string alix_again = pupil("3", "Un", "ALIX", "01/01/2014", "123450001FG");
  const auto two = findings("P013", {{"e.xml", eleves(alix + bao)}});
  REQUIRE(two.size() == 2);
  CHECK(two.front().message.find("est aussi celui de l'élève « DEUX Bao » (ELEVE_ID=2), né(e) le 02/02/2013, un "
                                 "autre enfant") != std::string::npos);
  CHECK_FALSE(fires("P003", {{"e.xml", eleves(alix + bao)}}));
  // One person typed twice: P003's, not P013's.
  CHECK(findings("P003", {{"e.xml", eleves(alix + alix_again)}}).size() == 2);
  CHECK_FALSE(fires("P013", {{"e.xml", eleves(alix + alix_again)}}));
  // Three records: each rule names its own partners.
  const auto mixed = findings("P013", {{"e.xml", eleves(alix + bao + alix_again)}});
  CHECK(mixed.size() == 3);
  CHECK(findings("P003", {{"e.xml", eleves(alix + bao + alix_again)}}).size() == 2);
  // The same names with another birth date: one child's date mistyped, more likely than two children.
  const std::string alix_other_date = pupil("4", "UN", "Alix", "02/01/2014", "123450001FG");
  CHECK_FALSE(fires("P013", {{"e.xml", eleves(alix + alix_other_date)}}));
  CHECK(fires("P003", {{"e.xml", eleves(alix + alix_other_date)}}));
  // A first name missing: nothing says two people.
  CHECK_FALSE(fires("P013", {{"e.xml", eleves(alix + pupil("2", "DEUX", "", "02/02/2013", "123450001FG"))}}));
}

TEST_CASE("P011 fires on an exit date after the export, not on one passed or absent", "[rules][P011]") {
  auto leaving = [](const std::string& date) {
    return eleves(pupil("1", "UN", "Alix", "01/01/2014", "123450001FG", "<DATE_SORTIE>" + date + "</DATE_SORTIE>"));
  };
  const auto found = findings("P011", {{"e.xml", leaving("30/06/2027")}});
  REQUIRE(found.size() == 1);
  CHECK(found.front().message.find("« UN Alix » a une date de sortie à venir, le 30/06/2027") != std::string::npos);
  CHECK_FALSE(fires("P011", {{"e.xml", leaving("02/09/2026")}}));  // the export date: left (P009's)
  CHECK_FALSE(fires("P011", {{"e.xml", leaving("31/12/2025")}}));
  CHECK_FALSE(fires("P011", {{"e.xml", eleves(pupil("1", "UN", "Alix", "01/01/2014"))}}));
}

TEST_CASE("P012 fires on a current pupil in two divisions of one export", "[rules][P012]") {
  const std::string one = pupil("1", "UN", "Alix", "01/01/2014");
  const auto found = findings("P012", {{"e.xml", eleves(one, in_division("1", "6 A") + in_division("1", "6 B"))}});
  REQUIRE(found.size() == 1);
  CHECK(found.front().message.find("(« 6 A » et « 6 B »)") != std::string::npos);
  CHECK(found.front().related.size() == 1);
  // Groups, the same division twice, a pupil who left: no.
  CHECK_FALSE(fires("P012", {{"e.xml", eleves(one, in_division("1", "6 A") + in_division("1", "6A_LAT", 'G'))}}));
  CHECK_FALSE(fires("P012", {{"e.xml", eleves(one, in_division("1", "6 A") + in_division("1", "6 A"))}}));
  const std::string left =
      pupil("1", "UN", "Alix", "01/01/2014", "123450001FG", "<DATE_SORTIE>30/06/2026</DATE_SORTIE>");
  CHECK_FALSE(fires("P012", {{"e.xml", eleves(left, in_division("1", "6 A") + in_division("1", "6 B"))}}));
  // Two exports (an old one and a new one) each with one division: F010's business, not a pupil in two classes.
  CHECK_FALSE(fires(
      "P012", {{"a.xml", eleves(one, in_division("1", "6 A"))}, {"b.xml", eleves(one, in_division("1", "5 A"))}}));
}

TEST_CASE("P009 fires once on a left pupil still placed", "[rules][P009]") {
  const std::string left = pupil("1", "A", "B", "01/01/2014", "x", "<DATE_SORTIE>30/06/2026</DATE_SORTIE>");
  CHECK(findings("P009", {{"e.xml", eleves(left, in_division("1", "3 B") + in_division("1", "LAT", 'G'))}}).size() ==
        1);
  CHECK_FALSE(fires("P009", {{"e.xml", eleves(pupil("1", "A", "B", "01/01/2014"), in_division("1", "3 B"))}}));
}

TEST_CASE("P014 fires on a pupil without MEF only where the file gives MEFs", "[rules][P014]") {
  const std::string mef = "<CODE_MEF>10010012110</CODE_MEF>";
  CHECK(findings("P014", {{"e.xml", eleves(pupil("1", "UN", "A", "01/01/2014", "0101010101A", mef) +
                                           pupil("2", "DEUX", "B", "01/01/2014", "0101010102A"))}})
            .size() == 1);
  CHECK_FALSE(fires("P014", {{"e.xml", eleves(pupil("2", "DEUX", "B", "01/01/2014", "0101010102A"))}}));
}

TEST_CASE("X009 compares pupils' MEFs with a nomenclature, and only with one", "[rules][X009]") {
  const std::string pupils = eleves(pupil("1", "UN", "A", "01/01/2014", "0101010101A", "<CODE_MEF>111</CODE_MEF>") +
                                    pupil("2", "DEUX", "B", "01/01/2014", "0101010102A", "<CODE_MEF>222</CODE_MEF>"));
  const std::string nomenclature = R"(<?xml version="1.0"?><BEE_NOMENCLATURES><DONNEES><MEFS>)"
                                   R"(<MEF CODE_MEF="111"><LIBELLE_LONG>6EME</LIBELLE_LONG></MEF></MEFS></DONNEES>)"
                                   "</BEE_NOMENCLATURES>";
  const auto found = findings("X009", {{"e.xml", pupils}, {"n.xml", nomenclature}});
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("222") != std::string::npos);
  CHECK_FALSE(fires("X009", {{"e.xml", pupils}}));
}

TEST_CASE("P015 says a row repeated identically once, P004 and L001 do not take it for another person",
          "[rules][P015]") {
  const std::string header = "Prénom;Nom;Date de naissance;Classes\r\n";
  const std::string row = "Léa;MARTIN;13/08/2016;CP A\r\n";
  const Files repeated{{"eleves.csv", header + row + row}};
  CHECK(findings("P015", repeated).size() == 1);
  CHECK_FALSE(fires("P004", repeated));
  CHECK_FALSE(fires("L001", repeated));
  // Another class: not a repetition, a duplicate to look at.
  const Files other_class{{"eleves.csv", header + row + "Léa;MARTIN;13/08/2016;CP B\r\n"}};
  CHECK_FALSE(fires("P015", other_class));
  CHECK(fires("P004", other_class));
}

TEST_CASE("P016 fires on one ELEVE_ID with two sets of values in a file, not across files", "[rules][P016]") {
  const std::string a = pupil("2", "DEUX", "Bo", "01/01/2014", "0101010102A");
  const std::string b = pupil("2", "DEUX", "Bob", "01/01/2014", "0101010102A");
  const auto found = findings("P016", {{"e.xml", eleves(a + b)}});
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("prénom") != std::string::npos);  // what differs, in the default French
  CHECK_FALSE(fires("P016", {{"e.xml", eleves(a + a)}}));
  CHECK_FALSE(fires("P016", {{"sans.xml", eleves(a)}, {"avec.xml", eleves(b)}}));
}
