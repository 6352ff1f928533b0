// AAF drops go through the same rules as SIECLE exports, plus the A rules.
#include <catch2/catch.hpp>

#include <set>

#include "support.hpp"

using namespace scolint::test;

namespace {
std::string aaf(const std::string& category, const std::string& id, const std::string& attributes) {
  return R"(<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE ficAlimMENESR SYSTEM "ficAlimMENESR.dtd"><ficAlimMENESR>)"
         "<addRequest><operationalAttributes><attr name=\"categoriePersonne\"><value>" +
         category + "</value></attr></operationalAttributes><identifier><id>" + id + "</id></identifier><attributes>" +
         attributes + "</attributes></addRequest></ficAlimMENESR>";
}
std::string attr(const std::string& name, const std::string& value) {
  return "<attr name=\"" + name + "\"><value>" + value + "</value></attr>";
}
std::set<std::string> codes(const scolint::Report& report) {
  std::set<std::string> out;
  for (const auto& d : report.diagnostics) out.insert(d.code);
  return out;
}
}  // namespace

TEST_CASE("a missing INE and a couple in one record are found the same in SIECLE XML, CSV and AAF", "[aaf][csv]") {
  const scolint::Options options{.select = {"P001", "N001"}};
  const auto xml = lint({{"e.xml", eleves(pupil("1", "EXEMPLE", "Guy Et Yvette", "01/01/2013", ""))}}, options);
  const auto csv = lint(
      {{"e.csv", "Nom de famille;Prénom 1;Date de naissance;INE\r\nEXEMPLE;Guy Et Yvette;01/01/2013;\r\n"}}, options);
  // An empty ENTEleveINE: the file has the attribute (a 2013 file, without
  // it at all, is not checked for P001: see the next test).
  const auto drop =
      lint({{"ENT_Eleve_0000.xml", aaf("Eleve", "9100001",
                                       attr("sn", "EXEMPLE") + attr("givenName", "Guy Et Yvette") +
                                           attr("ENTPersonDateNaissance", "01/01/2013") + attr("ENTEleveINE", ""))}},
           options);
  CHECK(codes(xml) == std::set<std::string>{"P001", "N001"});
  CHECK(codes(csv) == codes(xml));
  CHECK(codes(drop) == codes(xml));
  for (const auto* report : {&xml, &csv, &drop}) {
    for (const auto& d : report->diagnostics) {
      if (d.code == "N001") CHECK(d.predicted_login == "guy_et_yvette.exemple");
    }
  }
  CHECK(drop.files[0].kind == "aaf");
}

TEST_CASE("an AAF Eleve file none of whose pupils has ENTEleveINE is not checked for P001", "[aaf]") {
  // The 2013 attribute set (AAF-VE1301) has no INE: one summary entry, not one error per pupil.
  const std::string pupils =
      aaf("Eleve", "9100001",
          attr("sn", "EXEMPLE") + attr("givenName", "Anne") + attr("ENTPersonDateNaissance", "01/01/2013"));
  const auto report = lint({{"ENT_Eleve_0000.xml", pupils}}, {.select = {"P001"}});
  CHECK(report.diagnostics.empty());
  REQUIRE(report.not_checked.size() == 1);
  CHECK(report.not_checked[0].code == "P001");
  CHECK(report.not_checked[0].file == "ENT_Eleve_0000.xml");
  CHECK(report.not_checked[0].missing == "pupil-ine");
}

TEST_CASE("AAF nomenclature files give subjects and MEFs, not person records", "[aaf]") {
  // MatiereEducNat and MefEducNat carry categorieMatiere / categorieMef and
  // no sn or givenName: nothing to report (A001 fired on each record before).
  auto nomenclature = [](const std::string& category, const std::string& value, const std::string& attributes) {
    return R"(<?xml version="1.0" encoding="UTF-8"?><ficAlimMENESR><addRequest><operationalAttributes><attr name=")" +
           category + "\"><value>" + value + "</value></attr></operationalAttributes><identifier><id>X1</id>" +
           "</identifier><attributes>" + attributes + "</attributes></addRequest></ficAlimMENESR>";
  };
  const auto report = lint(
      {{"ENT_MatiereEducNat_0000.xml",
        nomenclature("categorieMatiere", "MatEducNat",
                     attr("ENTMatJointure", "009800") + attr("ENTLibelleMatiere", "AIDE"))},
       {"ENT_MefEducNat_0000.xml", nomenclature("categorieMef", "MefEducNat",
                                                attr("ENTMefJointure", "10310019110") + attr("ENTLibelleMef", "3EME") +
                                                    attr("ENTMEFSTAT11", "13110010004"))}},
      {});
  CHECK(report.diagnostics.empty());
  REQUIRE(report.files.size() == 2);
  CHECK(report.files[0].records == 1);
  CHECK(report.files[1].records == 1);
  CHECK(report.exit_code == 0);
}

TEST_CASE("AAF relatives become responsables with their address", "[aaf]") {
  const auto relatives = aaf("PersRelEleve", "9200001",
                             attr("sn", "EXEMPLE") + attr("givenName", "Paul") + attr("ENTPersonAdresse", "1 RUE$$$") +
                                 attr("ENTPersonCodePostal", "3100") + attr("ENTPersonVille", "VILLE"));
  CHECK(fires("R004", {{"ENT_PersRelEleve_0000.xml", relatives}}));
  CHECK_FALSE(fires("A006", {{"ENT_PersRelEleve_0000.xml", relatives}}));
}

TEST_CASE("A006 fires on a non-empty attribute the feeder does not know, not on an empty one", "[aaf][A006]") {
  CHECK(fires("A006", {{"p.xml", aaf("PersEducNat", "1",
                                     attr("sn", "A") + attr("givenName", "B") + attr("ENTEleveINE", "X"))}}));
  CHECK_FALSE(fires("A006", {{"p.xml", aaf("PersEducNat", "1",
                                           attr("sn", "A") + attr("givenName", "B") + attr("ENTEleveINE", ""))}}));
}

TEST_CASE("A005 checks the UAI letter in every format", "[aaf][A005]") {
  CHECK(fires(
      "A005",
      {{"s.xml",
        R"(<STS_EDT><PARAMETRES><UAJ CODE="0999999A"/></PARAMETRES><DONNEES><STRUCTURE><DIVISIONS><DIVISION CODE="6A"/></DIVISIONS></STRUCTURE></DONNEES></STS_EDT>)"}}));
  CHECK(fires(
      "A005",
      {{"e.xml",
        R"(<BEE_ELEVES><PARAMETRES><UAJ>099999F</UAJ></PARAMETRES><DONNEES><ELEVES><ELEVE ELEVE_ID="1"/></ELEVES></DONNEES></BEE_ELEVES>)"}}));
  CHECK_FALSE(fires(
      "A005",
      {{"s.xml",
        R"(<STS_EDT><PARAMETRES><UAJ CODE="0999999F"/></PARAMETRES><DONNEES><STRUCTURE><DIVISIONS><DIVISION CODE="6A"/></DIVISIONS></STRUCTURE></DONNEES></STS_EDT>)"}}));
  CHECK_FALSE(fires(
      "A005",
      {{"s.xml",
        R"(<STS_EDT><PARAMETRES><UAJ CODE="0000000A"/></PARAMETRES><DONNEES><STRUCTURE><DIVISIONS><DIVISION CODE="6A"/></DIVISIONS></STRUCTURE></DONNEES></STS_EDT>)"}}));
}

TEST_CASE("A004 groups every AAF record of one identifier, whatever its category, in input order", "[aaf][A004]") {
  const auto request = [](const std::string& category, const std::string& id) {
    const std::string whole = aaf(category, id, attr("sn", "EXEMPLE") + attr("givenName", "Guy"));
    const auto begin = whole.find("<addRequest>");
    return whole.substr(begin, whole.find("</ficAlimMENESR>") - begin);
  };
  const auto drop = [](const std::string& requests) {
    return R"(<?xml version="1.0" encoding="UTF-8"?><ficAlimMENESR>)"
           "\n" +
           requests + "</ficAlimMENESR>";
  };
  const auto found =
      findings("A004", {{"ENT_Eleve_0000.xml", drop(request("Eleve", "9100001") + "\n" + request("Eleve", "9100002") +
                                                    "\n" + request("Eleve", "9100001"))},
                        {"ENT_PersRelEleve_0000.xml", drop(request("PersRelEleve", "9100001"))}});
  REQUIRE(found.size() == 1);
  CHECK(found[0].record == "ENTPersonJointure=9100001");
  CHECK(found[0].location.line == 2);
  REQUIRE(found[0].related.size() == 2);
  CHECK(found[0].related[0].line == 4);
  CHECK(found[0].related[0].file == "ENT_Eleve_0000.xml");
  CHECK(found[0].related[1].file == "ENT_PersRelEleve_0000.xml");
  // A SIECLE pupil with the same number is another identifier space.
  CHECK(findings("A004", {{"ENT_Eleve_0000.xml", drop(request("Eleve", "1"))},
                          {"e.xml", eleves(pupil("1", "EXEMPLE", "Guy", "01/01/2013", ""))}})
            .empty());
  CHECK(findings("A004", {{"ENT_Eleve_0000.xml", drop(request("Eleve", "1") + request("Eleve", "2"))}}).empty());
}

TEST_CASE("an AAF pupil's subjects (ENTEleveCodeEnseignements) are compared with MatiereEducNat", "[aaf][X011]") {
  const std::string matieres =
      R"(<?xml version="1.0" encoding="UTF-8"?><ficAlimMENESR><addRequest>)"
      R"(<operationalAttributes><attr name="categorieMatiere"><value>MatEducNat</value></attr>)"
      "</operationalAttributes><identifier><id>M1</id></identifier><attributes>" +
      attr("ENTMatJointure", "061300") + "</attributes></addRequest></ficAlimMENESR>";
  const std::string eleve =
      aaf("Eleve", "9100001",
          attr("sn", "MARTIN") + attr("givenName", "Léa") + attr("ENTPersonDateNaissance", "01/01/2014") +
              "<attr name=\"ENTEleveCodeEnseignements\"><value>061300</value><value>999999</value></attr>");
  const scolint::Options options{.select = {"X011"}};
  const auto report = lint({{"ENT_Eleve_0000.xml", eleve}, {"ENT_MatiereEducNat_0000.xml", matieres}}, options);
  REQUIRE(report.diagnostics.size() == 1);
  CHECK(report.diagnostics[0].message.find("999999") != std::string::npos);
  // Without MatiereEducNat, nothing to compare with.
  CHECK(lint({{"ENT_Eleve_0000.xml", eleve}}, options).diagnostics.empty());
}
