#include <catch2/catch.hpp>

#include "support.hpp"

using namespace scolint::test;

TEST_CASE("S001 fires on a division code longer than 8 characters", "[rules][S001]") {
  const auto found = findings("S001", {{"sts.xml", sts_divisions(R"(<DIVISION CODE="3EME-EURO"/>)")}});
  REQUIRE(found.size() == 1);
  CHECK(found[0].location.line == 1);
  CHECK(found[0].record == "DIVISION=3EME-EURO");
  CHECK(found[0].severity == scolint::Severity::error);
}

TEST_CASE("S001 counts characters, not bytes", "[rules][S001]") {
  CHECK_FALSE(fires("S001", {{"sts.xml", sts_divisions(R"(<DIVISION CODE="3ÈME EUR"/><DIVISION CODE="3EME-EUR"/>)")}}));
}

TEST_CASE("S001 sees SIECLE division codes too, once per code", "[rules][S001]") {
  const auto found =
      findings("S001", {{"eleves.xml", eleves(pupil("1", "A", "B", "01/01/2014") + pupil("2", "C", "D", "01/01/2014"),
                                              in_division("1", "SECONDE GT") + in_division("2", "SECONDE GT"))}});
  CHECK(found.size() == 1);
}

TEST_CASE("S001 threshold is an option", "[rules][S001]") {
  scolint::Options options;
  options.rule_options["S001.max_length"] = "3";
  CHECK(findings("S001", {{"sts.xml", sts_divisions(R"(<DIVISION CODE="6 A"/><DIVISION CODE="6EME"/>)")}}, options)
            .size() == 1);
  options.rule_options["S001.max_length"] = "zero";
  CHECK_FALSE(scolint::Linter::create(options).ok());
}

TEST_CASE("S002 fires on a group code longer than 8 characters", "[rules][S002]") {
  CHECK(fires("S002", {{"sts.xml", sts_groups(R"(<GROUPE CODE="ANGLAIS_LV1"/>)")}}));
  CHECK_FALSE(fires("S002", {{"sts.xml", sts_groups(R"(<GROUPE CODE="3A_ESP_2"/>)")}}));
}

TEST_CASE("S003 fires on characters STS-Web rejects in a group code", "[rules][S003]") {
  for (const char* code : {"4A.ESP", "LAT/GR", "GRÉC", "6A+", "A'B"}) {
    INFO(code);
    CHECK(fires("S003", {{"sts.xml", sts_groups(std::string("<GROUPE CODE=\"") + code + "\"/>")}}));
  }
}

TEST_CASE("S003 accepts letters, digits, space, - and _", "[rules][S003]") {
  CHECK_FALSE(fires(
      "S003", {{"sts.xml", sts_groups(R"(<GROUPE CODE="4A ESP"/><GROUPE CODE="4a-esp"/><GROUPE CODE="4A_ESP2"/>)")}}));
}

TEST_CASE("S003 names the first rejected character", "[rules][S003]") {
  const auto found =
      findings("S003", {{"sts.xml", sts_groups(R"(<GROUPE CODE="5É/A"/>)")}}, {.language = scolint::Language::en});
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("\"É\"") != std::string::npos);
}

TEST_CASE("S004 fires on division codes with rejected characters", "[rules][S004]") {
  CHECK(fires("S004", {{"sts.xml", sts_divisions(R"(<DIVISION CODE="3°A"/>)")}}));
  CHECK(fires("S004", {{"sts.xml", sts_divisions(R"(<DIVISION CODE="TLE.1"/>)")}}));
  CHECK_FALSE(fires(
      "S004", {{"sts.xml", sts_divisions(R"(<DIVISION CODE="3 A"/><DIVISION CODE="TLE_1"/><DIVISION CODE="2-B"/>)")}}));
}

TEST_CASE("T002 fires on staff without birth date", "[rules][T002]") {
  CHECK(fires(
      "T002",
      {{"s.xml",
        sts(R"(<INDIVIDUS><INDIVIDU ID="1"><NOM_USAGE>A</NOM_USAGE><PRENOM>B</PRENOM></INDIVIDU></INDIVIDUS>)")}}));
  CHECK_FALSE(fires(
      "T002",
      {{"s.xml",
        sts(R"(<INDIVIDUS><INDIVIDU ID="1"><DATE_NAISSANCE>1980-05-17</DATE_NAISSANCE></INDIVIDU></INDIVIDUS>)")}}));
}

TEST_CASE("S005 fires on codes of one export that differ only by spaces, dashes or case", "[rules][S005]") {
  CHECK(findings("S005", {{"s.xml", sts_divisions(R"(<DIVISION CODE="3 A"/><DIVISION CODE="3A"/>)")}}).size() == 2);
  CHECK(fires("S005", {{"s.xml", sts_groups(R"(<GROUPE CODE="4A-ESP"/><GROUPE CODE="4a_esp"/>)")}}));
  CHECK_FALSE(fires("S005", {{"s.xml", sts_divisions(R"(<DIVISION CODE="3A"/><DIVISION CODE="3B"/>)")}}));
  CHECK_FALSE(fires("S005", {{"s.xml", sts_divisions(R"(<DIVISION CODE="3B"/>)")},
                             {"e.xml", eleves(pupil("1", "A", "B", "01/01/2014"), in_division("1", "3 B"))}}));
}

TEST_CASE("S006 fires on an STS division no service reaches", "[rules][S006]") {
  CHECK(fires("S006", {{"s.xml", sts_divisions(R"(<DIVISION CODE="3 C"/>)")}}));
  CHECK_FALSE(fires(
      "S006", {{"s.xml", sts_divisions(
                             R"(<DIVISION CODE="3 C"><SERVICES><SERVICE CODE_MATIERE="1"/></SERVICES></DIVISION>)")}}));
  CHECK_FALSE(fires(
      "S006", {{"s.xml", sts("<STRUCTURE><DIVISIONS><DIVISION CODE=\"3 B\"/></DIVISIONS><GROUPES><GROUPE CODE=\"G\">"
                             "<DIVISIONS_APPARTENANCE><DIVISION_APPARTENANCE CODE=\"3 B\"/></DIVISIONS_APPARTENANCE>"
                             "<SERVICES><SERVICE CODE_MATIERE=\"1\"/></SERVICES></GROUPE></GROUPES></STRUCTURE>")}}));
}

TEST_CASE("S007 fires on an STS group attached to no division", "[rules][S007]") {
  CHECK(fires("S007", {{"s.xml", sts_groups(R"(<GROUPE CODE="LATIN5"/>)")}}));
  CHECK_FALSE(fires(
      "S007",
      {{"s.xml",
        sts_groups(
            R"(<GROUPE CODE="G"><DIVISIONS_APPARTENANCE><DIVISION_APPARTENANCE CODE="5 A"/></DIVISIONS_APPARTENANCE></GROUPE>)")}}));
}

TEST_CASE("S008 fires on padded or doubled spaces in codes, SIECLE or STS", "[rules][S008]") {
  CHECK(fires("S008", {{"s.xml", sts_divisions(R"(<DIVISION CODE="3 A "/>)")}}));
  CHECK(fires("S008", {{"s.xml", sts_groups(R"(<GROUPE CODE="4A  ESP"/>)")}}));
  CHECK(fires("S008", {{"e.xml", eleves(pupil("1", "A", "B", "01/01/2014"), in_division("1", " 6 A"))}}));
  CHECK_FALSE(fires("S008", {{"s.xml", sts_divisions(R"(<DIVISION CODE="3 A"/>)")}}));
}

TEST_CASE("S003 and S004 accept extra characters when configured", "[rules][S003][S004]") {
  scolint::Options options;
  options.rule_options["S003.extra_characters"] = ".";
  CHECK(fires("S003", {{"sts.xml", sts_groups(R"(<GROUPE CODE="4A.ESP"/>)")}}));  // default: "." refused
  CHECK(findings("S003", {{"sts.xml", sts_groups(R"(<GROUPE CODE="4A.ESP"/>)")}}, options).empty());
  CHECK(findings("S003", {{"sts.xml", sts_groups(R"(<GROUPE CODE="4A/ESP"/>)")}}, options).size() == 1);
  options.rule_options["S004.extra_characters"] = "°";
  CHECK(findings("S004", {{"sts.xml", sts_divisions(R"(<DIVISION CODE="3°A"/>)")}}, options).empty());
}
