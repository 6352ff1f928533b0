// Every finding about a person names them (issue #23): a secretariat finds a
// record in SIECLE-BEE by name, never by ELEVE_ID.
#include <catch2/catch.hpp>

#include <scolint/report.hpp>

#include "support.hpp"

using namespace scolint::test;

namespace {
const scolint::Diagnostic& only(const scolint::Report& report, const std::string& code) {
  const scolint::Diagnostic* found = nullptr;
  for (const auto& d : report.diagnostics) {
    if (d.code == code) found = &d;
  }
  REQUIRE(found != nullptr);
  return *found;
}

std::string link(const std::string& eleve, const std::string& personne, const std::string& code_parente) {
  return "<RESPONSABLE_ELEVE><ELEVE_ID>" + eleve + "</ELEVE_ID><PERSONNE_ID>" + personne +
         "</PERSONNE_ID><RESP_LEGAL>1</RESP_LEGAL><CODE_PARENTE>" + code_parente +
         "</CODE_PARENTE></RESPONSABLE_ELEVE>";
}

std::string responsables_with(const std::string& persons, const std::string& links, const std::string& addresses = "") {
  return R"(<?xml version="1.0" encoding="UTF-8"?><BEE_RESPONSABLES><DONNEES><PERSONNES>)" + persons +
         "</PERSONNES><RESPONSABLES>" + links + "</RESPONSABLES><ADRESSES>" + addresses +
         "</ADRESSES></DONNEES></BEE_RESPONSABLES>";
}
// `xml` (a pupils' or responsables' export) as school `uaj`'s.
std::string with_uaj(const std::string& xml, const std::string& uaj) {
  std::string out = xml;
  if (const auto at = out.find("<PARAMETRES>"); at != std::string::npos) {
    out.insert(at + 12, "<UAJ>" + uaj + "</UAJ>");
  } else {
    out.insert(out.find("<BEE_RESPONSABLES>") + 18, "<PARAMETRES><UAJ>" + uaj + "</UAJ></PARAMETRES>");
  }
  return out;
}
}  // namespace

TEST_CASE("a pupil's finding names the pupil and their division", "[subjects]") {
  const auto report =
      lint({{"e.xml", eleves(pupil("2400006", "DAVID", "Léa", "01/01/2013", ""), in_division("2400006", "4 B"))}},
           {.select = {"P001"}});
  const auto& d = only(report, "P001");
  CHECK(d.subject.kind == "pupil");
  CHECK(d.subject.id == "2400006");
  CHECK(d.subject.name == "DAVID Léa");
  CHECK(d.subject.division == "4 B");
  CHECK(d.division == "4 B");
  const std::string text = scolint::render_text(report, {.language = scolint::Language::fr});
  CHECK(text.find("concerne : élève DAVID Léa (4 B)") != std::string::npos);
}

TEST_CASE("a responsable's finding names them, their children and how they are related", "[subjects]") {
  const std::string pupils =
      eleves(pupil("1", "MARTIN", "Hugo", "01/01/2013") + pupil("2", "MARTIN", "Léa", "01/01/2015"),
             in_division("1", "6 C") + in_division("2", "4 A"));
  const std::string parents =
      responsables_with(person("10", "MARTIN", "Anne Et Paul"), link("1", "10", "10") + link("2", "10", "10"));
  const auto report = lint({{"e.xml", pupils}, {"r.xml", parents}}, {.select = {"N001"}});
  const auto& d = only(report, "N001");
  CHECK(d.subject.kind == "responsable");
  CHECK(d.subject.name == "MARTIN Anne Et Paul");
  REQUIRE(d.subject.related.size() == 2);
  CHECK(d.subject.related[0].name == "MARTIN Hugo");
  CHECK(d.subject.related[0].division == "6 C");
  CHECK(d.subject.related[0].relation == "mother");  // CODE_PARENTE 10
  CHECK(d.division == "6 C");                        // filed under the first child's class
  const std::string text = scolint::render_text(report, {.language = scolint::Language::fr});
  CHECK(text.find("concerne : responsable MARTIN Anne Et Paul, mère de MARTIN Hugo (6 C) et MARTIN Léa (4 A)") !=
        std::string::npos);
  const std::string json = scolint::render_json(report);
  CHECK(json.find("\"children\": [") != std::string::npos);
  CHECK(json.find("\"relation\": \"mother\"") != std::string::npos);
}

TEST_CASE("an address's finding names who lives there, and redaction covers subjects", "[subjects][redact]") {
  const std::string parents = responsables_with(
      person("10", "ROUX", "Marc", "<ADRESSE_ID>71</ADRESSE_ID>") +
          person("11", "ROUX", "Lina", "<ADRESSE_ID>71</ADRESSE_ID>"),
      "",
      "<ADRESSE ADRESSE_ID=\"71\"><LIGNE1_ADRESSE>1 RUE A</LIGNE1_ADRESSE><CODE_POSTAL>990</CODE_POSTAL></ADRESSE>");
  const auto report = lint({{"r.xml", parents}}, {.select = {"R004"}});
  const auto& d = only(report, "R004");
  CHECK(d.subject.kind == "address");
  REQUIRE(d.subject.related.size() == 2);
  CHECK(d.subject.related[1].name == "ROUX Lina");
  CHECK(scolint::render_text(report, {.language = scolint::Language::en})
            .find("about: address of ROUX Marc and ROUX Lina") != std::string::npos);
  const auto redacted = lint({{"r.xml", parents}}, {.select = {"R004"}, .redact = true});
  const std::string every = scolint::render_text(redacted, {}) + scolint::render_json(redacted) +
                            scolint::render_csv(redacted, scolint::Language::fr) + scolint::render_github(redacted) +
                            scolint::render_gitlab(redacted) + scolint::render_html(redacted, scolint::Language::fr);
  CHECK(every.find("ROUX") == std::string::npos);
  CHECK(every.find("‹nom-") != std::string::npos);
}

TEST_CASE("two files that give one ELEVE_ID to two pupils: each finding names its own file's pupil", "[subjects]") {
  // Test fixtures and two schools' exports both count from ELEVE_ID 1.
  const std::string a = eleves(pupil("1", "ARNOLIS", "Alix", "01/01/2014"), in_division("1", "6A"));
  const std::string b = eleves(pupil("1", "BORELIAN", "Noa", "01/01/2014", ""), in_division("1", "5B"));
  const auto report = lint({{"a.xml", a}, {"b.xml", b}}, {.select = {"P001"}});
  const auto& d = only(report, "P001");
  CHECK(d.location.file.ends_with("b.xml"));
  CHECK(d.subject.name == "BORELIAN Noa");
  CHECK(d.subject.division == "5B");
  CHECK(d.division == "5B");
}

TEST_CASE("a CSV row known by its line is never named after another file's row", "[subjects]") {
  // Neither file has an identifier column: both first rows are "L2".
  const std::string header = "Nom de famille;Prénom 1;Date de naissance;INE;Division\n";
  const std::string first = header + "ARNOLIS;Alix;01/01/2014;123450001FE;6A\n";
  const std::string second = header + "BORELIAN;Noa;01/01/2014;;5B\n";
  const auto report = lint({{"a.csv", first}, {"b.csv", second}}, {.select = {"P001"}});
  const auto& d = only(report, "P001");
  CHECK(d.location.file.ends_with("b.csv"));
  CHECK(d.subject.name == "BORELIAN Noa");
  CHECK(d.subject.division == "5B");
  // Both rows without INE: two "L2" of two files are two findings, two fingerprints.
  const std::string also = header + "ARNOLIS;Alix;01/01/2014;;6A\n";
  const auto both = lint({{"a.csv", also}, {"b.csv", second}}, {.select = {"P001"}});
  REQUIRE(both.diagnostics.size() == 2);
  CHECK(both.diagnostics[0].fingerprint != both.diagnostics[1].fingerprint);
  CHECK(both.diagnostics[0].related.empty());
  // The file's name, not its folder: a checkout elsewhere keeps its baseline.
  const auto moved = lint({{"elsewhere/a.csv", also}, {"elsewhere/b.csv", second}}, {.select = {"P001"}});
  REQUIRE(moved.diagnostics.size() == 2);
  CHECK(moved.diagnostics[0].fingerprint == both.diagnostics[0].fingerprint);
}

TEST_CASE("one pupil in two files is one finding, two pupils sharing an ELEVE_ID are two", "[subjects]") {
  // ElevesSansAdresses and ElevesAvecAdresses of one school: the same pupil, one problem to fix.
  const std::string same = eleves(pupil("1", "ARNOLIS", "Alix", "01/01/2014", ""), in_division("1", "6A"));
  const auto one = lint({{"sans.xml", same}, {"avec.xml", same}}, {.select = {"P001"}});
  REQUIRE(one.diagnostics.size() == 1);
  CHECK(one.diagnostics[0].related.size() == 1);
  // Two schools' pupils with one ELEVE_ID and one fingerprint: neither hides the other.
  const std::string other = eleves(pupil("1", "BORELIAN", "Noa", "01/01/2014", ""), in_division("1", "5B"));
  const auto two = lint({{"a.xml", same}, {"b.xml", other}}, {.select = {"P001"}});
  REQUIRE(two.diagnostics.size() == 2);
  // One record id, two people: the second gets a fingerprint of its own, so a baseline tells them apart.
  CHECK(two.diagnostics[0].fingerprint != two.diagnostics[1].fingerprint);
  CHECK(two.diagnostics[0].subject.name == "ARNOLIS Alix");
  CHECK(two.diagnostics[1].subject.name == "BORELIAN Noa");
  CHECK(two.diagnostics[0].related.empty());
  CHECK(two.errors == 2);
}

TEST_CASE("a message that names a pupil by id names the one of the finding's file", "[subjects]") {
  // P012 words its pupil through rules::ByIdentifier, which school A's file would have answered.
  const std::string a = eleves(pupil("1", "ARNOLIS", "Alix", "01/01/2014"), in_division("1", "6A"));
  const std::string b =
      eleves(pupil("1", "BORELIAN", "Noa", "01/01/2014"), in_division("1", "5B") + in_division("1", "5C"));
  const auto report = lint({{"a.xml", a}, {"b.xml", b}}, {.select = {"P012"}});
  const auto& d = only(report, "P012");
  CHECK(d.message.find("BORELIAN Noa") != std::string::npos);
  CHECK(d.message.find("ARNOLIS") == std::string::npos);
  CHECK(d.subject.name == "BORELIAN Noa");
}

TEST_CASE("two schools' responsables sharing a PERSONNE_ID name their own school's children", "[subjects]") {
  const std::string pupils_a = eleves(pupil("1", "ARNOLIS", "Alix", "01/01/2014"), in_division("1", "6A"));
  const std::string pupils_b = eleves(pupil("1", "BORELIAN", "Noa", "01/01/2014"), in_division("1", "5B"));
  const std::string parents_a = responsables_with(person("10", "ARNOLIS", "Eve"), link("1", "10", "10"));
  const std::string parents_b = responsables_with(person("10", "BORELIAN", "Anne Et Paul"), link("1", "10", "20"));
  const auto report = lint({{"a.xml", with_uaj(pupils_a, "0999991A")},
                            {"ra.xml", with_uaj(parents_a, "0999991A")},
                            {"b.xml", with_uaj(pupils_b, "0999992B")},
                            {"rb.xml", with_uaj(parents_b, "0999992B")}},
                           {.select = {"N001"}});
  const auto& d = only(report, "N001");
  CHECK(d.subject.name == "BORELIAN Anne Et Paul");
  REQUIRE(d.subject.related.size() == 1);
  CHECK(d.subject.related[0].name == "BORELIAN Noa");
  CHECK(d.subject.related[0].division == "5B");
  CHECK(d.subject.related[0].relation == "father");
}

TEST_CASE("P009: a pupil who left one school is not another school's placed pupil of the same ELEVE_ID", "[subjects]") {
  const std::string left_a =
      eleves(pupil("1", "ARNOLIS", "Alix", "01/01/2014", "123450001FE", "<DATE_SORTIE>30/06/2026</DATE_SORTIE>"));
  const std::string placed_b = eleves(pupil("1", "BORELIAN", "Noa", "01/01/2014"), in_division("1", "5B"));
  const auto two_schools =
      lint({{"a.xml", with_uaj(left_a, "0999991A")}, {"b.xml", with_uaj(placed_b, "0999992B")}}, {.select = {"P009"}});
  CHECK(two_schools.diagnostics.empty());
  // Within one school (ElevesSansAdresses and ElevesAvecAdresses), the placement is still found.
  const std::string left_placed =
      eleves(pupil("1", "ARNOLIS", "Alix", "01/01/2014", "123450001FE", "<DATE_SORTIE>30/06/2026</DATE_SORTIE>"),
             in_division("1", "6A"));
  const auto one_school =
      lint({{"sans.xml", with_uaj(left_placed, "0999991A")}, {"avec.xml", with_uaj(left_placed, "0999991A")}},
           {.select = {"P009"}});
  REQUIRE(one_school.diagnostics.size() == 1);
  CHECK(one_school.diagnostics[0].subject.name == "ARNOLIS Alix");
}
