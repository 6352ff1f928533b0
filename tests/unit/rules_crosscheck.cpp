#include <catch2/catch.hpp>

#include "support.hpp"

using namespace scolint::test;

namespace {
const std::string siecle = eleves(pupil("1", "UN", "A", "01/01/2014") + pupil("2", "DEUX", "B", "01/01/2014"),
                                  in_division("1", "3 B") + in_division("2", "3 B"));
}

TEST_CASE("X001 fires once per SIECLE division unknown to STS, counting pupils and suggesting a near match",
          "[rules][X001]") {
  const auto found = findings("X001", {{"e.xml", siecle}, {"s.xml", sts_divisions(R"(<DIVISION CODE="3B"/>)")}},
                              {.language = scolint::Language::en});
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("(2 pupil(s)") != std::string::npos);
  CHECK(found[0].message.find("STS-Web has \"3B\"") != std::string::npos);
}

TEST_CASE("X001 is quiet when STS defines the division", "[rules][X001]") {
  CHECK_FALSE(fires("X001", {{"e.xml", siecle}, {"s.xml", sts_divisions(R"(<DIVISION CODE="3 B"/>)")}}));
}

TEST_CASE("X001 does not run without an STS export, and says so", "[rules][X001]") {
  scolint::Options options;
  options.select = {"X001"};
  const auto report = lint({{"e.xml", siecle}}, options);
  CHECK(report.diagnostics.empty());
  REQUIRE(report.skipped_checks.size() == 1);
  CHECK(report.skipped_checks[0].code == "X001");
  CHECK(report.skipped_checks[0].missing == std::vector<std::string>{"sts-emp"});
}

namespace {
std::string with_service(const std::string& code) {
  return "<DIVISION CODE=\"" + code +
         "\"><SERVICES><SERVICE CODE_MATIERE=\"061300\"><ENSEIGNANTS><ENSEIGNANT ID=\"1\"/>"
         "</ENSEIGNANTS></SERVICE></SERVICES></DIVISION>";
}
std::string group_with_service(const std::string& code) {
  return "<GROUPE CODE=\"" + code +
         "\"><DIVISIONS_APPARTENANCE><DIVISION_APPARTENANCE CODE=\"3 B\"/></DIVISIONS_APPARTENANCE>"
         "<SERVICES><SERVICE CODE_MATIERE=\"1\"><ENSEIGNANTS><ENSEIGNANT "
         "ID=\"1\"/></ENSEIGNANTS></SERVICE></SERVICES></GROUPE>";
}
}  // namespace

TEST_CASE("X002 fires on an STS division with services and no SIECLE pupil", "[rules][X002]") {
  CHECK(fires("X002", {{"e.xml", siecle}, {"s.xml", sts_divisions(with_service("3B"))}}));
  CHECK_FALSE(fires("X002", {{"e.xml", siecle}, {"s.xml", sts_divisions(with_service("3 B"))}}));
}

TEST_CASE("X003 and X004 compare groups both ways", "[rules][X003][X004]") {
  const std::string pupils = eleves(pupil("1", "A", "B", "01/01/2014"), in_division("1", "3B_LAT", 'G'));
  CHECK(fires("X003", {{"e.xml", pupils}, {"s.xml", sts_groups(group_with_service("3B_ESP"))}}));
  CHECK(fires("X004", {{"e.xml", pupils}, {"s.xml", sts_groups(group_with_service("3B_ESP"))}}));
  CHECK_FALSE(fires("X003", {{"e.xml", pupils}, {"s.xml", sts_groups(group_with_service("3B_LAT"))}}));
  CHECK_FALSE(fires("X004", {{"e.xml", pupils}, {"s.xml", sts_groups(group_with_service("3B_LAT"))}}));
}

TEST_CASE("X005 fires on dangling group divisions and service teachers", "[rules][X005]") {
  CHECK(fires("X005", {{"s.xml", sts_groups(group_with_service("G"))}}));  // division 3 B undefined, teacher 1 unknown
  const std::string ok = sts("<INDIVIDUS><INDIVIDU ID=\"1\"/></INDIVIDUS><STRUCTURE><DIVISIONS>" + with_service("3 B") +
                             "</DIVISIONS><GROUPES>" + group_with_service("G") + "</GROUPES></STRUCTURE>");
  CHECK_FALSE(fires("X005", {{"s.xml", ok}}));
}

TEST_CASE("X006 fires on a teacher without service, not on other staff", "[rules][X006]") {
  CHECK(fires("X006",
              {{"s.xml", sts(R"(<INDIVIDUS><INDIVIDU ID="5"><FONCTION>ENS</FONCTION></INDIVIDU></INDIVIDUS>)")}}));
  CHECK_FALSE(fires(
      "X006", {{"s.xml", sts(R"(<INDIVIDUS><INDIVIDU ID="5"><FONCTION>DIR</FONCTION></INDIVIDU></INDIVIDUS>)")}}));
  CHECK_FALSE(
      fires("X006", {{"s.xml", sts("<INDIVIDUS><INDIVIDU ID=\"1\"><FONCTION>ENS</FONCTION></INDIVIDU></INDIVIDUS>"
                                   "<STRUCTURE><DIVISIONS>" +
                                   with_service("6 A") + "</DIVISIONS></STRUCTURE>")}}));
}

TEST_CASE("X007 fires on a service without teacher", "[rules][X007]") {
  CHECK(fires(
      "X007",
      {{"s.xml",
        sts_divisions(
            R"(<DIVISION CODE="6 A"><SERVICES><SERVICE CODE_MATIERE="1"><ENSEIGNANTS/></SERVICE></SERVICES></DIVISION>)")}}));
  CHECK_FALSE(fires("X007", {{"s.xml", sts_divisions(with_service("6 A"))}}));
}

TEST_CASE("X008 fires on a subject missing from the export's own nomenclature", "[rules][X008]") {
  const std::string nomenclature =
      R"(<?xml version="1.0"?><STS_EDT><NOMENCLATURES><MATIERES><MATIERE CODE="030201"/></MATIERES></NOMENCLATURES><DONNEES><STRUCTURE><DIVISIONS>)";
  CHECK(
      fires("X008", {{"s.xml", nomenclature + with_service("6 A") + "</DIVISIONS></STRUCTURE></DONNEES></STS_EDT>"}}));
  CHECK_FALSE(fires("X008", {{"s.xml", sts_divisions(with_service("6 A"))}}));  // no nomenclature: nothing to compare
}
