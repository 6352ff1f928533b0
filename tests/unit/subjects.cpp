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
         "</PERSONNE_ID><RESP_LEGAL>1</RESP_LEGAL><CODE_PARENTE>" + code_parente + "</CODE_PARENTE></RESPONSABLE_ELEVE>";
}

std::string responsables_with(const std::string& persons, const std::string& links, const std::string& addresses = "") {
  return R"(<?xml version="1.0" encoding="UTF-8"?><BEE_RESPONSABLES><DONNEES><PERSONNES>)" + persons +
         "</PERSONNES><RESPONSABLES>" + links + "</RESPONSABLES><ADRESSES>" + addresses +
         "</ADRESSES></DONNEES></BEE_RESPONSABLES>";
}
}  // namespace

TEST_CASE("a pupil's finding names the pupil and their division", "[subjects]") {
  const auto report = lint({{"e.xml", eleves(pupil("2400006", "DAVID", "Léa", "01/01/2013", ""), in_division("2400006", "4 B"))}},
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
  const std::string pupils = eleves(pupil("1", "MARTIN", "Hugo", "01/01/2013") + pupil("2", "MARTIN", "Léa", "01/01/2015"),
                                    in_division("1", "6 C") + in_division("2", "4 A"));
  const std::string parents = responsables_with(person("10", "MARTIN", "Anne Et Paul"), link("1", "10", "10") + link("2", "10", "10"));
  const auto report = lint({{"e.xml", pupils}, {"r.xml", parents}}, {.select = {"N001"}});
  const auto& d = only(report, "N001");
  CHECK(d.subject.kind == "responsable");
  CHECK(d.subject.name == "MARTIN Anne Et Paul");
  REQUIRE(d.subject.related.size() == 2);
  CHECK(d.subject.related[0].name == "MARTIN Hugo");
  CHECK(d.subject.related[0].division == "6 C");
  CHECK(d.subject.related[0].relation == "mother");  // CODE_PARENTE 10
  CHECK(d.division == "6 C");  // filed under the first child's class
  const std::string text = scolint::render_text(report, {.language = scolint::Language::fr});
  CHECK(text.find("concerne : responsable MARTIN Anne Et Paul, mère de MARTIN Hugo (6 C) et MARTIN Léa (4 A)") !=
        std::string::npos);
  const std::string json = scolint::render_json(report);
  CHECK(json.find("\"children\": [") != std::string::npos);
  CHECK(json.find("\"relation\": \"mother\"") != std::string::npos);
}

TEST_CASE("an address's finding names who lives there, and redaction covers subjects", "[subjects][redact]") {
  const std::string parents = responsables_with(
      person("10", "ROUX", "Marc", "<ADRESSE_ID>71</ADRESSE_ID>") + person("11", "ROUX", "Lina", "<ADRESSE_ID>71</ADRESSE_ID>"),
      "", "<ADRESSE ADRESSE_ID=\"71\"><LIGNE1_ADRESSE>1 RUE A</LIGNE1_ADRESSE><CODE_POSTAL>990</CODE_POSTAL></ADRESSE>");
  const auto report = lint({{"r.xml", parents}}, {.select = {"R004"}});
  const auto& d = only(report, "R004");
  CHECK(d.subject.kind == "address");
  REQUIRE(d.subject.related.size() == 2);
  CHECK(d.subject.related[1].name == "ROUX Lina");
  CHECK(scolint::render_text(report, {.language = scolint::Language::en}).find("about: address of ROUX Marc and ROUX Lina") !=
        std::string::npos);
  const auto redacted = lint({{"r.xml", parents}}, {.select = {"R004"}, .redact = true});
  const std::string every = scolint::render_text(redacted, {}) + scolint::render_json(redacted) +
                            scolint::render_csv(redacted, scolint::Language::fr) + scolint::render_github(redacted) +
                            scolint::render_gitlab(redacted) + scolint::render_html(redacted, scolint::Language::fr);
  CHECK(every.find("ROUX") == std::string::npos);
  CHECK(every.find("‹nom-") != std::string::npos);
}
