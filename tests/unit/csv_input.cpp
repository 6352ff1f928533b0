// CSV input: the same rules find the same defects as in XML.
#include <catch2/catch.hpp>

#include <set>

#include "formats/csv_columns.hpp"
#include "formats/export_reader.hpp"
#include "support.hpp"

using namespace scolint::test;

namespace {
std::set<std::string> codes(const scolint::Report& report) {
  std::set<std::string> out;
  for (const auto& d : report.diagnostics) out.insert(d.code);
  return out;
}
}  // namespace

TEST_CASE("a missing INE and a couple in one record are found the same in XML and CSV", "[csv]") {
  const scolint::Options options{.select = {"P001", "N001"}};
  const auto xml = lint({{"e.xml", eleves(pupil("1", "EXEMPLE", "Guy Et Yvette", "01/01/2013", ""))}}, options);
  const auto csv = lint(
      {{"e.csv", "Nom de famille;Prénom 1;Date de naissance;INE\r\nEXEMPLE;Guy Et Yvette;01/01/2013;\r\n"}}, options);
  CHECK(codes(xml) == std::set<std::string>{"P001", "N001"});
  CHECK(codes(csv) == codes(xml));
  for (const auto& d : csv.diagnostics) {
    if (d.code == "N001") CHECK(d.predicted_login == "guy_et_yvette.exemple");
  }
  CHECK(csv.files[0].kind == "siecle-csv");
}

TEST_CASE("CSV: windows-1252 detected, cells located, delimiters sniffed", "[csv]") {
  const std::string latin =
      "Nom;Pr\xe9nom;Division\nL\xc9GER;No\xebl;3\xb0"
      "A\n";  // windows-1252 bytes
  const auto report = lint({{"e.csv", latin}}, {.select = {"S004", "N003"}});
  CHECK(report.files[0].encoding == "windows-1252");
  REQUIRE(report.diagnostics.size() == 1);
  CHECK(report.diagnostics[0].code == "S004");
  CHECK(report.diagnostics[0].location.line == 2);
  CHECK(report.diagnostics[0].location.column == 12);
  CHECK(report.diagnostics[0].message.find("« 3°A »") != std::string::npos);
  const auto commas = lint({{"e.csv", "Nom,Prénom,Division\nEXEMPLE,Zoé,3EME-EURO\n"}}, {.select = {"S001"}});
  CHECK(commas.diagnostics.size() == 1);
}

TEST_CASE("CSV: one parent on two siblings' rows is one person", "[csv]") {
  const std::string csv =
      "Nom de famille;Prénom 1;Nom de famille resp. légal1;Prénom resp. légal1;Courriel resp. légal1\n"
      "MARTINEZ;Lucas;MARTINEZ;Sophie;s@exemple.fr\nMARTINEZ;Inès;MARTINEZ;Sophie;s@exemple.fr\n";
  CHECK_FALSE(fires("R001", {{"e.csv", csv}}));
  CHECK_FALSE(fires("P008", {{"e.csv", csv}}));
}

TEST_CASE("CSV file problems: ragged rows, unclosed quotes, missing and duplicate columns", "[csv]") {
  CHECK(fires("F006", {{"e.csv", "Nom;Prénom\nA;B;C\n"}}));
  const auto open_quote = lint({{"e.csv", "Nom;Prénom\nA;\"B\n"}});
  CHECK(open_quote.exit_code == 2);
  CHECK(fires("F007", {{"e.csv", "Nom;Division\nA;6 A\n"}}));
  CHECK(fires("F008", {{"e.csv", "Nom;Prénom;NOM\nA;B;C\n"}}));
  CHECK_FALSE(fires("F006", {{"e.csv", "Nom;Prénom\n\"A;B\";\"C\nD\"\n"}}));
  // A header naming nothing scolint knows is F002, saying what was found.
  const auto unknown = lint({{"e.csv", "Colonne1;Colonne2\nA;B\n"}});
  REQUIRE_FALSE(unknown.diagnostics.empty());
  CHECK(unknown.diagnostics[0].code == "F002");
}

TEST_CASE("CSV guest accounts (seed 004 column order) are persons with an address", "[csv]") {
  const std::string guests =
      "Nom;Prénom;Titre;Mail;Date de naissance;Adresse;Code Postal;Commune\n"
      "M. MME VISITEUR;Anne;MME;anne@exemple.fr;;2 RUE;9900;VILLE\n";
  const auto report = lint({{"g.csv", guests}}, {.select = {"N001", "R004"}});
  CHECK(codes(report) == std::set<std::string>{"N001", "R004"});
  CHECK(report.files[0].kind == "ent-invites-csv");
}

TEST_CASE("CSV: a 5 MB cell is skipped with F006 and the next rows are still read", "[csv]") {
  std::string csv = "Nom;Prénom;Division\nA;" + std::string(5U << 20U, 'x') + ";6 A\nEXEMPLE;Zoé;3EME-EURO\n";
  const auto report = lint({{"e.csv", csv}}, {.select = {"F006", "S001"}});
  std::set<std::string> found;
  for (const auto& d : report.diagnostics) found.insert(d.code);
  CHECK(found == std::set<std::string>{"F006", "S001"});
}

TEST_CASE("CSV: NUL bytes and a header-only file", "[csv]") {
  const auto nul = lint({{"e.csv", std::string("Nom;Prénom\nA\0B;C\n", 17)}}, {.select = {"F011"}});
  CHECK(nul.diagnostics.size() == 1);
  const auto header_only = lint({{"e.csv", "Nom;Prénom;Division\n"}}, {.select = {"F009"}});
  REQUIRE(header_only.diagnostics.size() == 1);
  CHECK(header_only.diagnostics[0].code == "F009");
}

TEST_CASE("read_as_csv says which files the sniffer hands to the CSV reader", "[csv]") {
  const std::string bom = "\xEF\xBB\xBF";
  CHECK(scolint::formats::read_as_csv("Nom;Prénom\nEXEMPLE;Zoé\n"));
  CHECK(scolint::formats::read_as_csv(bom + " \r\n\tNom,Prénom\n"));
  CHECK_FALSE(scolint::formats::read_as_csv(bom + "  <BEE_ELEVES/>"));
  CHECK_FALSE(scolint::formats::read_as_csv("\xFF\xFEN\0o\0m\0;\0"));  // UTF-16: XML or nothing
  CHECK_FALSE(scolint::formats::read_as_csv("garbage without delimiter\n"));
  CHECK_FALSE(scolint::formats::read_as_csv("Nom;\x01Prénom\n"));  // a control byte: binary
  CHECK_FALSE(scolint::formats::read_as_csv(" \r\n "));
  // The same answer as the reader's: the kind a lint reports.
  const auto csv = lint({{"e.xml", "Nom;Prénom\nEXEMPLE;Zoé\n"}}, {});
  CHECK(csv.files[0].kind == "siecle-csv");
  const auto junk = lint({{"e.csv", "garbage without delimiter\n"}}, {});
  CHECK(junk.files[0].kind != "siecle-csv");
}

TEST_CASE("CSV kinds are told apart by their columns, the ENT profiles by file name when columns agree", "[csv]") {
  using scolint::formats::CsvLayout;
  using K = scolint::model::ExportKind;
  auto kind = [](std::vector<std::string> header, std::string_view name = "x.csv") {
    return CsvLayout::of(header, name).kind();
  };
  // SIECLE extraction: a division, an INE or the legal responsables' columns.
  CHECK(kind({"Nom de famille", "Prénom 1", "Division"}) == K::siecle_csv);
  CHECK(kind({"Nom", "Prénom", "Nom de famille resp. légal1"}) == K::siecle_csv);
  // ONDE: " Cycle" (with ONDE's leading space), "Directeur", a parent's children.
  CHECK(kind({"Nom Elève", "Prénom Elève", "Date naissance", " Cycle", "Niveau", "Classe"}) == K::onde_eleves_csv);
  CHECK(kind({"Civilité", "Nom usage", "Nom", "Prénom", "Directeur", "Classe"}) == K::onde_enseignants_csv);
  CHECK(kind({"Nom responsable", "Prénom responsable", "Nom de famille enfant", "Prénom enfant", "Classes enfants"}) ==
        K::onde_responsables_csv);
  // The ENT's parents: children by name ("Nom de l'élève") or by identifier.
  CHECK(kind({"Nom*", "Prénom*", "Nom de l'élève", "Prénom de l'élève", "Classes de l'élève"}) == K::ent_parents_csv);
  CHECK(kind({"externalId", "Prénom*", "Nom*", "Childexternalid*", "Childexternalid"}) == K::ent_parents_csv);
  // Teachers and staff by their function column; pupils and guests by the file name, their columns being alike.
  CHECK(kind({"Prénom*", "Nom*", "fonction", "classe", "classe"}) == K::ent_enseignants_csv);
  CHECK(kind({"Prénom*", "Nom*", "fonction"}) == K::ent_personnels_csv);
  const std::vector<std::string> directory{"externalid", "Prénom*", "Nom*", "Classe", "Date de naissance*", "email"};
  CHECK(kind(directory, "CSV_Eleves.csv") == K::ent_eleves_csv);
  CHECK(kind(directory, "CSV_Invites.csv") == K::ent_invites_csv);
  CHECK(kind({"Prénom*", "Nom*", "Date de naissance*", "Classes*"}) == K::ent_eleves_csv);
  CHECK(kind({"Nom", "Prénom", "Titre", "Mail"}) == K::ent_invites_csv);
  CHECK(kind({"a", "b", "c"}) == K::unknown);
  // Repeated columns are values in the ENT's files, a mistake in a SIECLE extraction.
  const CsvLayout teachers = CsvLayout::of({"Prénom", "Nom", "fonction", "classe", "classe"}, "t.csv");
  CHECK(teachers.columns(scolint::formats::Role::classe).size() == 2);
  CHECK(teachers.duplicates().empty());
  const CsvLayout extraction = CsvLayout::of({"Nom", "Prénom", "Division", "Division"}, "e.csv");
  CHECK(extraction.columns(scolint::formats::Role::division).size() == 1);
  CHECK(extraction.duplicates() == std::vector<std::size_t>{3});
}

TEST_CASE("ONDE: short rows end after a child's group, ISO dates are dates, the host organisations are not parents",
          "[csv]") {
  const std::string responsables =
      "Civilité Responsable;Nom usage responsable;Nom responsable;Prénom responsable;Courriel;"
      "Nom d'usage enfant;Nom de famille enfant;Prénom enfant;Classes enfants;"
      "Nom d'usage enfant;Nom de famille enfant;Prénom enfant;Classes enfants\n"
      "Mme;;MARTIN;Claire;;;MARTIN;Léa;CP;;MARTIN;Hugo;CE2\n"
      "M.;;MARTIN;Paul;;;MARTIN;Léa;CP\n"  // one child: the row stops after the group, as ONDE writes it
      "M.;;ROUX;Marc;;;ROUX\n"             // stops inside the group: F006
      "Intitulé;Adresse Organisme\nCentre de loisirs;1 place de la Mairie\n";
  const std::string eleves =
      "\"Nom Elève\";\"Prénom Elève\";\"Date naissance\";\" Cycle\";\"Classe\"\r\n"
      "\"MARTIN\";\"Léa\";\"2019-03-14\";\"CYCLE II\";\"CP de Mme BROSSARD\"\r\n";
  const auto report =
      lint({{"CSVExtraction-responsables.csv", responsables}, {"CSVExtraction-eleves.csv", eleves}}, {});
  REQUIRE(report.files.size() == 2);
  CHECK(report.files[0].kind == "onde-responsables-csv");
  CHECK(report.files[0].records == 3);  // three parents, no organisation
  CHECK(report.files[1].kind == "onde-eleves-csv");
  std::multiset<std::string> found;
  for (const auto& d : report.diagnostics) found.insert(d.code + "@" + std::to_string(d.location.line));
  // No P006 on an ISO date, no S001 on an ENT class of 18 characters.
  CHECK(found == std::multiset<std::string>{"F006@4"});
}
