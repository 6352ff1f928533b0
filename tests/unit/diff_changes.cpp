// `scolint diff`: the matching decisions the goldens of testdata/diff/ do not
// pin down one by one (ambiguous people, thresholds, what goes unsaid).
#include <algorithm>
#include <set>

#include <catch2/catch.hpp>

#include <scolint/diff.hpp>

#include "diff/wording.hpp"
#include "support.hpp"

namespace {

using scolint::Change;
using scolint::DiffReport;
using scolint::NamedBuffers;
using namespace scolint::test;

DiffReport compare(NamedBuffers before, NamedBuffers after, scolint::Options options = {}) {
  options.language = scolint::Language::en;
  auto report = scolint::diff_buffers(options, std::move(before), std::move(after));
  REQUIRE(report.ok());
  return std::move(report.value());
}

std::vector<std::string> kinds(const DiffReport& report) {
  std::vector<std::string> out;
  for (const Change& change : report.changes) out.push_back(change.kind);
  std::sort(out.begin(), out.end());
  return out;
}

std::string school_of(const std::vector<std::string>& rows) {
  std::string pupils;
  std::string structures;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::string id = std::to_string(100 + i);
    pupils += pupil(id, rows[i], "Ana", "01/01/2014", "01010101" + std::to_string(10 + i) + "A");
    structures += in_division(id, i % 2 == 0 ? "6A" : "6B");
  }
  return eleves(pupils, structures);
}

}  // namespace

TEST_CASE("diff: every wording has both languages and a hint, every kind a variant 0") {
  std::set<std::string_view> kinds_seen;
  std::set<std::string_view> with_variant_0;
  for (const auto& w : scolint::changes::all_wordings()) {
    CHECK_FALSE(w.message.fr.empty());
    CHECK_FALSE(w.message.en.empty());
    CHECK_FALSE(w.hint.fr.empty());
    CHECK_FALSE(w.hint.en.empty());
    kinds_seen.insert(w.kind);
    if (w.variant == 0) with_variant_0.insert(w.kind);
  }
  CHECK(kinds_seen.size() == 23);  // the kinds listed in scolint::Change and docs/diff.md
  CHECK(with_variant_0 == kinds_seen);
}

TEST_CASE("diff: the same export twice says nothing and exits 0") {
  const std::string file = school_of({"UN", "DEUX", "TROIS"});
  const DiffReport report = compare({{"old.xml", file}}, {{"new.xml", file}});
  CHECK(report.changes.empty());
  CHECK(report.exit_code == 0);
  REQUIRE(report.compared.size() == 1);
  CHECK(report.compared[0].kind == "siecle-eleves");
  CHECK(report.compared[0].records == "pupils");
}

TEST_CASE("diff: a renumbered pupil is matched by INE, else only by a name and birth date that name one pupil") {
  const std::string before =
      eleves(pupil("1", "MARTIN", "Ana", "01/01/2014", "0101010101A") + pupil("2", "MARTIN", "Ana", "02/02/2014", "") +
                 pupil("3", "DURAND", "Ivo", "03/03/2014", "") + pupil("4", "DURAND", "Ivo", "03/03/2014", ""),
             in_division("1", "6A") + in_division("2", "6A") + in_division("3", "6A") + in_division("4", "6A"));
  const std::string after = eleves(
      pupil("11", "MARTIN", "Ana", "01/01/2014", "0101010101A") + pupil("12", "MARTIN", "Ana", "02/02/2014", "") +
          pupil("13", "DURAND", "Ivo", "03/03/2014", "") + pupil("14", "DURAND", "Ivo", "03/03/2014", ""),
      in_division("11", "6A") + in_division("12", "6A") + in_division("13", "6A") + in_division("14", "6A"));
  const DiffReport report = compare({{"old.xml", before}}, {{"new.xml", after}});
  // Two DURAND Ivo born the same day on each side: which is which is unknown, so no pairing.
  CHECK(kinds(report) == std::vector<std::string>{"pupil-arrived", "pupil-arrived", "pupil-id-changed",
                                                  "pupil-id-changed", "pupil-left", "pupil-left"});
  CHECK(report.exit_code == 1);
}

TEST_CASE("diff: a division is renamed only when most of its pupils follow it, and the new one holds mostly them") {
  const std::string before =
      eleves(pupil("1", "UN", "A", "01/01/2014", "") + pupil("2", "DEUX", "B", "01/01/2014", "") +
                 pupil("3", "TROIS", "C", "01/01/2014", ""),
             in_division("1", "5B") + in_division("2", "5B") + in_division("3", "5B"));
  SECTION("all three follow: one change, no pupil moves") {
    const std::string after =
        eleves(pupil("1", "UN", "A", "01/01/2014", "") + pupil("2", "DEUX", "B", "01/01/2014", "") +
                   pupil("3", "TROIS", "C", "01/01/2014", ""),
               in_division("1", "5E") + in_division("2", "5E") + in_division("3", "5E"));
    const DiffReport report = compare({{"old.xml", before}}, {{"new.xml", after}});
    REQUIRE(kinds(report) == std::vector<std::string>{"division-renamed"});
    CHECK(report.changes[0].old_value == "5B");
    CHECK(report.changes[0].new_value == "5E");
    CHECK(report.changes[0].severity == scolint::Severity::warning);
  }
  SECTION("split between two new divisions: removed, added, each pupil moved") {
    const std::string after =
        eleves(pupil("1", "UN", "A", "01/01/2014", "") + pupil("2", "DEUX", "B", "01/01/2014", "") +
                   pupil("3", "TROIS", "C", "01/01/2014", ""),
               in_division("1", "5E") + in_division("2", "5F") + in_division("3", "5G"));
    const DiffReport report = compare({{"old.xml", before}}, {{"new.xml", after}});
    CHECK(kinds(report) == std::vector<std::string>{"division-added", "division-added", "division-added",
                                                    "division-removed", "pupil-moved", "pupil-moved", "pupil-moved"});
  }
}

TEST_CASE("diff: a partial NEW is one error, and its missing pupils are not listed one by one") {
  std::vector<std::string> names;
  for (int i = 0; i < 12; ++i) names.push_back("NOM" + std::string(1, static_cast<char>('A' + i)));
  const std::string before = school_of(names);
  SECTION("a third of the pupils left") {
    const std::string after = school_of({names.begin(), names.begin() + 4});
    const DiffReport report = compare({{"old.xml", before}}, {{"new.xml", after}});
    REQUIRE(kinds(report) == std::vector<std::string>{"export-incomplete"});
    CHECK(report.changes[0].severity == scolint::Severity::error);
    CHECK(report.changes[0].message.find("lacks 8 of the old one's 12 pupils") != std::string::npos);
  }
  SECTION("half of them left: departures, not a partial export") {
    const std::string after = school_of({names.begin(), names.begin() + 6});
    const DiffReport report = compare({{"old.xml", before}}, {{"new.xml", after}});
    const std::vector<std::string> found = kinds(report);
    CHECK(std::count(found.begin(), found.end(), "pupil-left") == 6);
    CHECK(report.exit_code == 0);
  }
  SECTION("a small school losing most of its pupils is not called partial") {
    const std::string small = school_of({"UN", "DEUX", "TROIS", "QUATRE"});
    const DiffReport report = compare({{"old.xml", small}}, {{"new.xml", school_of({"UN"})}});
    // 6B empties: its pupils were the export's only trace of it.
    CHECK(kinds(report) == std::vector<std::string>{"division-removed", "pupil-left", "pupil-left", "pupil-left"});
  }
}

TEST_CASE("diff: the responsables of a pupil who left go without a change of their own") {
  auto with_links = [](const std::string& persons, const std::string& links) {
    return R"(<?xml version="1.0" encoding="UTF-8"?><BEE_RESPONSABLES><DONNEES><PERSONNES>)" + persons +
           "</PERSONNES><RESPONSABLES>" + links + "</RESPONSABLES></DONNEES></BEE_RESPONSABLES>";
  };
  auto link = [](const std::string& eleve, const std::string& personne) {
    return "<RESPONSABLE_ELEVE><ELEVE_ID>" + eleve + "</ELEVE_ID><PERSONNE_ID>" + personne +
           "</PERSONNE_ID><RESP_LEGAL>1</RESP_LEGAL></RESPONSABLE_ELEVE>";
  };
  const NamedBuffers before{{"e.xml", school_of({"UN", "DEUX"})},
                            {"r.xml", with_links(person("200", "UN", "Paul") + person("201", "DEUX", "Lise"),
                                                 link("100", "200") + link("101", "201"))}};
  const NamedBuffers after{{"e.xml", school_of({"UN"})},
                           {"r.xml", with_links(person("200", "UN", "Paul"), link("100", "200"))}};
  const DiffReport report = compare(before, after);
  CHECK(kinds(report) == std::vector<std::string>{"division-removed", "pupil-left"});
}

TEST_CASE("diff: an export kind on one side only is listed as not compared, never as everyone gone") {
  const std::string pupils = school_of({"UN", "DEUX"});
  const DiffReport report =
      compare({{"e.xml", pupils}, {"s.xml", sts_divisions(R"(<DIVISION CODE="6A"/>)")}}, {{"e.xml", pupils}});
  CHECK(report.changes.empty());
  REQUIRE(report.not_compared.size() == 2);  // its staff and its structures
  CHECK(report.not_compared[0].kind == "sts-emp");
  CHECK(report.not_compared[0].why == "old-only");
}

TEST_CASE("diff: --fail-on and --redact apply as in a lint") {
  const std::string before = school_of({"UN", "DEUX"});
  const std::string after = eleves(pupil("100", "UNE", "Ana", "01/01/2014", "0101010110A") +
                                       pupil("101", "DEUX", "Ana", "01/01/2014", "0101010111A"),
                                   in_division("100", "6A") + in_division("101", "6B"));
  scolint::Options options;
  CHECK(compare({{"o.xml", before}}, {{"n.xml", after}}, options).exit_code == 0);  // a rename is a warning
  options.fail_on = scolint::Severity::warning;
  options.redact = true;
  const DiffReport report = compare({{"o.xml", before}}, {{"n.xml", after}}, options);
  CHECK(report.exit_code == 1);
  REQUIRE(report.changes.size() == 1);
  CHECK(report.changes[0].kind == "pupil-renamed");
  CHECK(report.changes[0].message.find("UN") == std::string::npos);
  CHECK(report.changes[0].subject.name.find("UN") == std::string::npos);
  CHECK(report.changes[0].old_value != report.changes[0].new_value);
}

TEST_CASE("diff: two establishments are refused") {
  auto with_uaj = [](const std::string& uaj) {
    return R"(<?xml version="1.0" encoding="UTF-8"?><BEE_ELEVES><PARAMETRES><UAJ>)" + uaj +
           "</UAJ></PARAMETRES><DONNEES><ELEVES></ELEVES></DONNEES></BEE_ELEVES>";
  };
  auto report = scolint::diff_buffers({}, {{"o.xml", with_uaj("0999999F")}}, {{"n.xml", with_uaj("0888888X")}});
  REQUIRE_FALSE(report.ok());
  CHECK(report.error().detail.find("0888888X") != std::string::npos);
}

TEST_CASE("diff: CSV rows without an identifier are matched by name, not by their line") {
  // An ENT pupils' CSV without an identifier column: its rows are known by
  // their line ("L2"), which says nothing from one file to the next.
  const std::string before =
      "Prénom;Nom;Date de naissance;Classes\r\nAna;UN;01/01/2014;CP A\r\nIvo;DEUX;02/02/2014;CP A\r\n";
  const std::string after =
      "Prénom;Nom;Date de naissance;Classes\r\nIvo;DEUX;02/02/2014;CP B\r\nAna;UN;01/01/2014;CP A\r\n"
      "Eva;TROIS;03/03/2014;CP B\r\n";
  const DiffReport report = compare({{"eleves.csv", before}}, {{"eleves.csv", after}});
  REQUIRE(report.compared.size() == 1);
  CHECK(report.compared[0].kind == "ent-eleves-csv");
  CHECK(kinds(report) == std::vector<std::string>{"division-added", "pupil-arrived", "pupil-moved"});
}

TEST_CASE("diff: the Inactifs pseudo-division is no division") {
  const std::string pupils = pupil("1", "UN", "A", "01/01/2014", "") + pupil("2", "DEUX", "B", "01/01/2014", "");
  const std::string before = eleves(pupils, in_division("1", "4A") + in_division("2", "4B"));
  const std::string after = eleves(pupils, in_division("1", "Inactifs") + in_division("2", "4B"));
  const DiffReport report = compare({{"old.xml", before}}, {{"new.xml", after}});
  // 4A empties; no "Inactifs" division appears.
  REQUIRE(kinds(report) == std::vector<std::string>{"division-removed", "pupil-moved"});
  const auto moved = std::find_if(report.changes.begin(), report.changes.end(),
                                  [](const Change& change) { return change.kind == "pupil-moved"; });
  CHECK(moved->severity == scolint::Severity::warning);
  CHECK(moved->message.find("not a class") != std::string::npos);
  CHECK(moved->division == "4A");
}
