#include <catch2/catch.hpp>

#include "support.hpp"

using namespace scolint::test;

TEST_CASE("P001 fires on a present pupil with no INE", "[rules][P001]") {
  CHECK(fires("P001", {{"e.xml", eleves(pupil("1", "UN", "Alix", "01/01/2014", ""))}}));
  CHECK(fires("P001", {{"e.xml", eleves(pupil("1", "UN", "Alix", "01/01/2014", "  "))}}));
  // Leaving after the export date: still a pupil today.
  CHECK(fires("P001", {{"e.xml", eleves(pupil("1", "UN", "Alix", "01/01/2014", "", "<DATE_SORTIE>30/06/2027</DATE_SORTIE>"))}}));
}

TEST_CASE("P001 accepts any INE field and ignores pupils who left", "[rules][P001]") {
  CHECK_FALSE(fires("P001", {{"e.xml", eleves(pupil("1", "UN", "Alix", "01/01/2014"))}}));
  CHECK_FALSE(fires("P001", {{"e.xml", eleves(R"(<ELEVE ELEVE_ID="2"><INE_BEA>0123456789A</INE_BEA></ELEVE>)")}}));
  CHECK_FALSE(fires("P001", {{"e.xml", eleves(pupil("1", "UN", "Alix", "01/01/2014", "", "<DATE_SORTIE>30/06/2026</DATE_SORTIE>"))}}));
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
  CHECK_FALSE(fires("P004", {{"e.xml", eleves(pupil("30", "FICTIF", "Léo", "05/11/2012") + pupil("31", "FICTIF", "Léa", "05/11/2012"))}}));
  CHECK_FALSE(fires("P004", {{"e.xml", eleves(pupil("40", "MARTIN", "Lucas", "01/02/2013") + pupil("41", "MARTIN", "Lucas", "02/02/2013"))}}));
  CHECK_FALSE(fires("P004", {{"a.xml", eleves(pupil("40", "MARTIN", "Lucas", "01/02/2013"))},
                             {"b.xml", eleves(pupil("40", "MARTIN", "Lucas", "01/02/2013"))}}));
  CHECK_FALSE(fires("P004", {{"e.xml", eleves(pupil("50", "ANCIEN", "Paul", "01/01/2012", "x", "<DATE_SORTIE>30/06/2026</DATE_SORTIE>") +
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

TEST_CASE("P010 checks the BEA and RNIE keys only", "[rules][P010]") {
  CHECK(fires("P010", {{"e.xml", eleves(pupil("1", "A", "B", "01/01/2014", "123450001FH"))}}));
  CHECK(fires("P010", {{"e.xml", eleves(pupil("1", "A", "B", "01/01/2014", "0494004062N"))}}));
  for (const char* ine : {"123450001FG", "130170846FA", "0494004062M", "1234A12345F", "AB12CD34EF5", "junk"}) {
    INFO(ine);
    CHECK_FALSE(fires("P010", {{"e.xml", eleves(pupil("1", "A", "B", "01/01/2014", ine))}}));
  }
}

TEST_CASE("P003 fires on one INE on two current pupils", "[rules][P003]") {
  CHECK(findings("P003", {{"e.xml", eleves(pupil("1", "A", "B", "01/01/2014", "123450001FG") +
                                           pupil("2", "C", "D", "01/01/2014", "123450001fg"))}}).size() == 2);
  CHECK_FALSE(fires("P003", {{"a.xml", eleves(pupil("1", "A", "B", "01/01/2014", "123450001FG"))},
                             {"b.xml", eleves(pupil("1", "A", "B", "01/01/2014", "123450001FG"))}}));
}

TEST_CASE("P005 fires on a current pupil in no division", "[rules][P005]") {
  CHECK(fires("P005", {{"e.xml", eleves(pupil("1", "A", "B", "01/01/2014"), in_division("1", "LATIN", 'G'))}}));
  CHECK_FALSE(fires("P005", {{"e.xml", eleves(pupil("1", "A", "B", "01/01/2014"), in_division("1", "6 A"))}}));
}

TEST_CASE("P006 fires on missing, malformed and impossible birth dates", "[rules][P006]") {
  for (const char* date : {"", "31/04/2013", "2013-04-12", "29/02/2013", "1/1/2013"}) {
    INFO(date);
    CHECK(fires("P006", {{"e.xml", eleves(pupil("1", "A", "B", date))}}));
  }
  CHECK_FALSE(fires("P006", {{"e.xml", eleves(pupil("1", "A", "B", "29/02/2012"))}}));
}
