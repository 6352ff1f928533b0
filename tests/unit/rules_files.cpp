// F rules: the engine reports them from what reading a file revealed.
#include <catch2/catch.hpp>

#include "support.hpp"

using namespace scolint::test;

namespace {
std::string first_code(const scolint::Report& report) {
  return report.diagnostics.empty() ? std::string() : report.diagnostics.front().code;
}
}  // namespace

TEST_CASE("F001 fires on a missing file and not on a readable one", "[rules][F001]") {
  auto linter = scolint::Linter::create({});
  REQUIRE(linter.ok());
  linter.value().add_path(SCOLINT_SOURCE_DIR "/testdata/cases/S001/absent.xml");
  const auto missing = linter.value().run();
  CHECK(first_code(missing) == "F001");
  CHECK(missing.diagnostics.front().location.line == 1);

  auto second = scolint::Linter::create({.select = {"F"}});
  REQUIRE(second.ok());
  second.value().add_path(SCOLINT_SOURCE_DIR "/testdata/cases/S001/sts_emp.xml");
  CHECK(second.value().run().diagnostics.empty());
}

TEST_CASE("F002 fires on an unknown root, text or ZIP, not on a known export", "[rules][F002]") {
  CHECK(first_code(lint({{"a.xml", "<CLASSEUR/>"}})) == "F002");
  CHECK(first_code(lint({{"a.xml", "COLONNE1;COLONNE2\n"}})) == "F002");
  CHECK(first_code(lint({{"a.xml", std::string("PK\x03\x04", 4)}})) == "F002");
  CHECK(lint({{"a.xml", sts_divisions(R"(<DIVISION CODE="6A"/>)")}}, {.select = {"F"}}).diagnostics.empty());
}

TEST_CASE("F003 fires at the exact place of malformed XML, records before it are kept", "[rules][F003]") {
  const auto report = lint({{"e.xml", "<BEE_ELEVES><DONNEES><ELEVES>\n<ELEVE ELEVE_ID=\"1\"></ELEVE>\n<ELEVE></ELEV>"}},
                           {.select = {"P001", "F"}});
  REQUIRE(report.diagnostics.size() == 2);
  CHECK(report.diagnostics[0].code == "P001");  // the first pupil was checked
  CHECK(report.diagnostics[1].code == "F003");
  CHECK(report.diagnostics[1].location.line == 3);
  CHECK(report.diagnostics[1].location.column == 10);
  // A whole export, its pupil placed (one without a division is F013's "export before the placement").
  CHECK(lint({{"e.xml", eleves(pupil("1", "A", "B", "01/01/2014"), in_division("1", "6 A"))}}, {.select = {"F"}})
            .diagnostics.empty());
}

TEST_CASE("F004 fires on bytes invalid in the declared encoding, not on a right declaration", "[rules][F004]") {
  const std::string latin9 =
      "<BEE_RESPONSABLES><DONNEES><PERSONNES><PERSONNE PERSONNE_ID=\"1\"><PRENOM>Ir\xe8ne</PRENOM>"
      "</PERSONNE></PERSONNES></DONNEES></BEE_RESPONSABLES>";
  CHECK(first_code(lint({{"r.xml", "<?xml version=\"1.0\"?>" + latin9}})) == "F004");
  CHECK(first_code(lint({{"r.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + latin9}})) == "F004");
  CHECK(lint({{"r.xml", "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>" + latin9}}, {.select = {"F"}})
            .diagnostics.empty());
}

TEST_CASE("F009 fires on an empty file and on an export with no record", "[rules][F009]") {
  const auto empty = lint({{"e.xml", ""}});
  CHECK(first_code(empty) == "F009");
  CHECK(empty.exit_code == 2);
  const auto no_record = lint({{"e.xml", eleves("")}}, {.select = {"F009"}});
  CHECK(first_code(no_record) == "F009");
  CHECK(no_record.exit_code == 1);
  CHECK(lint({{"e.xml", eleves(pupil("1", "A", "B", "01/01/2014"))}}, {.select = {"F009"}}).diagnostics.empty());
}

TEST_CASE("F010 fires on exports of different years or establishments", "[rules][F010]") {
  const std::string siecle =
      R"(<?xml version="1.0"?><BEE_ELEVES><PARAMETRES><UAJ>0999999F</UAJ><ANNEE_SCOLAIRE>2025</ANNEE_SCOLAIRE></PARAMETRES><DONNEES><ELEVES><ELEVE ELEVE_ID="1"/></ELEVES></DONNEES></BEE_ELEVES>)";
  auto sts_of = [](const std::string& uaj, const std::string& year) {
    return "<?xml version=\"1.0\"?><STS_EDT><PARAMETRES><UAJ CODE=\"" + uaj + "\"/><ANNEE_SCOLAIRE ANNEE=\"" + year +
           "\"/></PARAMETRES><DONNEES><STRUCTURE><DIVISIONS><DIVISION CODE=\"6 "
           "A\"/></DIVISIONS></STRUCTURE></DONNEES></STS_EDT>";
  };
  CHECK(fires("F010", {{"e.xml", siecle}, {"s.xml", sts_of("0999999F", "2026")}}));
  CHECK(fires("F010", {{"e.xml", siecle}, {"s.xml", sts_of("0888888A", "2025")}}));
  CHECK_FALSE(fires("F010", {{"e.xml", siecle}, {"s.xml", sts_of("0999999F", "2025")}}));
}

TEST_CASE("F005 finds UTF-8 read as Latin-1 and gives the repaired text", "[rules][F005]") {
  const auto found = findings("F005", {{"r.xml", responsables(person("1", "EXEMPLE", "HÃ©lÃ¨ne"))}},
                              {.language = scolint::Language::en});
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("should read \"Hélène\"") != std::string::npos);
  CHECK(fires("F005", {{"r.xml", responsables(person("2", "Nâ€™DIAYE", "Awa"))}}));
  for (const char* name : {"Hélène", "ŒUVRARD", "N’DIAYE", "Zoë", "Ãlvaro"}) {
    INFO(name);
    CHECK_FALSE(fires("F005", {{"r.xml", responsables(person("3", "EXEMPLE", name))}}));
  }
}

TEST_CASE("F011 finds control and invisible characters, leaving names' spaces to N004", "[rules][F011]") {
  CHECK(fires("F011", {{"r.xml", responsables(person("1", "A", "B",
                                                     "<TEL_PORTABLE>06\xc2\xa0"
                                                     "12 34 56 78</TEL_PORTABLE>"))}}));
  CHECK(fires("F011", {{"r.xml", responsables(person("2", "A", "B", "<MEL>a\xe2\x80\x8b@b.fr</MEL>"))}}));
  CHECK(fires("F011", {{"r.xml", responsables(person("3",
                                                     "N\xc2\x92"
                                                     "DIAYE",
                                                     "Awa"))}}));
  CHECK_FALSE(fires("F011", {{"r.xml", responsables(person("4", "LE\xc2\xa0GALL", "Yann"))}}));
  CHECK_FALSE(fires(
      "F011",
      {{"r.xml", responsables(person("5", "DE LA TESTE", "Léa", "<TEL_PORTABLE>06 12 34 56 78</TEL_PORTABLE>"))}}));
}

TEST_CASE("F013 fires once on an export before the placement or of two divisions, and P005 and X002 give way",
          "[rules][F013]") {
  const std::string pupils = pupil("1", "UN", "Alix", "01/01/2014") + pupil("2", "DEUX", "Bao", "01/01/2014");
  // Nobody placed: F013 once, no P005 per pupil.
  const Files unplaced{{"e.xml", eleves(pupils)}};
  const auto early = findings("F013", unplaced);
  REQUIRE(early.size() == 1);
  CHECK(early.front().message.find("aucun des élèves présents de l'export n'est affecté à une division") !=
        std::string::npos);
  CHECK_FALSE(fires("P005", unplaced));
  // One pupil placed: P005 speaks for the other, F013 is silent.
  const Files one_placed{{"e.xml", eleves(pupils, in_division("1", "6 A"))}};
  CHECK_FALSE(fires("F013", one_placed));
  CHECK(findings("P005", one_placed).size() == 1);
  // Two divisions of eight STS-Web divisions with services: a partial export.
  std::string services;
  for (const char* code : {"6 A", "6 B", "5 A", "5 B", "4 A", "4 B", "3 A", "3 B"}) {
    services += std::string("<DIVISION CODE=\"") + code +
                "\"><SERVICES><SERVICE CODE_MATIERE=\"061300\"><ENSEIGNANTS><ENSEIGNANT ID=\"1\"/></ENSEIGNANTS>"
                "</SERVICE></SERVICES></DIVISION>";
  }
  const std::string sts_file = sts("<STRUCTURE><DIVISIONS>" + services + "</DIVISIONS></STRUCTURE>");
  const Files partial{{"e.xml", eleves(pupils, in_division("1", "6 A") + in_division("2", "6 B"))},
                      {"sts.xml", sts_file}};
  const auto cut = findings("F013", partial);
  REQUIRE(cut.size() == 1);
  CHECK(cut.front().message.find("ne sont que dans 2 des 8 divisions") != std::string::npos);
  CHECK_FALSE(fires("X002", partial));
  // Both modes agree.
  CHECK(findings("F013", partial, {.low_memory = true}).size() == 1);
  CHECK(findings("F013", unplaced, {.low_memory = true}).size() == 1);
  CHECK_FALSE(fires("P005", {{"e.xml", eleves(pupils)}}));
}
