#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <scolint/report.hpp>

#include "support.hpp"

using namespace scolint::test;

namespace {
scolint::Report sample_report(scolint::Language language = scolint::Language::fr) {
  return lint({{"r.xml", responsables(person("1", "M. MME MANENTE", "Guy Et Yvette"))},
               {"s.xml", sts_divisions(R"(<DIVISION CODE="3EME-EURO"/>)")}},
              {.language = language, .select = {"N001", "S001", "X001"}});
}
}  // namespace

TEST_CASE("text report: gcc-like lines, French words, hint, login and summary", "[report]") {
  const std::string text = scolint::render_text(sample_report(), {});
  CHECK(text.find("s.xml:1:") != std::string::npos);
  CHECK(text.find(": erreur: le code de division « 3EME-EURO » fait 9 caractères") != std::string::npos);
  CHECK(text.find("[S001 division-code-too-long]\n") != std::string::npos);
  CHECK(text.find("  conseil : ") != std::string::npos);
  CHECK(text.find("  identifiant ENT prévu : guy_et_yvette.m._mme_manente\n") != std::string::npos);
  CHECK(text.find("Bilan : 2 erreurs, 0 avertissement, 0 info dans 2 fichiers") != std::string::npos);
  CHECK(text.find("par règle : N001 ×1, S001 ×1") != std::string::npos);
  CHECK(text.find("\x1b[") == std::string::npos);
}

TEST_CASE("text report in English, coloured, quiet", "[report]") {
  const auto report = sample_report(scolint::Language::en);
  const std::string text = scolint::render_text(report, {.language = scolint::Language::en, .color = true});
  CHECK(text.find("error") != std::string::npos);
  CHECK(text.find("\x1b[1;31m") != std::string::npos);
  CHECK(text.find("Summary: 2 errors, 0 warnings, 0 info in 2 files") != std::string::npos);
  const std::string quiet =
      scolint::render_text(report, {.language = scolint::Language::en, .show_hints = false, .show_summary = false});
  CHECK(quiet.find("hint:") == std::string::npos);
  CHECK(quiet.find("Summary") == std::string::npos);
}

TEST_CASE("JSON report follows the contract: field names, omitted optionals, summary", "[report][json]") {
  const auto json = nlohmann::json::parse(scolint::render_json(sample_report()));
  CHECK(json["schema_version"] == 1);
  CHECK(json["tool"]["name"] == "scolint");
  REQUIRE(json["files"].size() == 2);
  CHECK(json["files"][0]["kind"] == "siecle-responsables");
  CHECK(json["files"][0]["encoding"] == "UTF-8");
  REQUIRE(json["diagnostics"].size() == 2);
  const auto& couple = json["diagnostics"][0];
  for (const char* field : {"code", "rule", "severity", "file", "line", "column", "message", "hint", "record",
                            "predicted_login", "fingerprint"}) {
    INFO(field);
    CHECK(couple.contains(field));
  }
  CHECK(couple["predicted_login"] == "guy_et_yvette.m._mme_manente");
  CHECK_FALSE(couple.contains("related"));
  CHECK_FALSE(json["diagnostics"][1].contains("predicted_login"));
  CHECK(json["diagnostics"][1]["fingerprint"].get<std::string>().size() == 16);
  CHECK(json["summary"] == nlohmann::json{{"error", 2}, {"warning", 0}, {"info", 0}});
  CHECK(json.contains("skipped_checks"));
}

TEST_CASE("JSON stays valid when a broken file carries invalid UTF-8", "[report][json]") {
  scolint::Report report;
  report.diagnostics.push_back({.code = "F002", .message = "bad \xff byte"});
  CHECK_NOTHROW(nlohmann::json::parse(scolint::render_json(report)));
}

TEST_CASE("GitHub workflow commands escape data and properties", "[report][github]") {
  scolint::Report report;
  report.diagnostics.push_back({.code = "S001",
                                .rule = "division-code-too-long",
                                .severity = scolint::Severity::warning,
                                .location = {"dir,1/a:b.xml", 3, 4},
                                .message = "50% sûr\nsuite",
                                .hint = "h"});
  const std::string out = scolint::render_github(report);
  CHECK(out ==
        "::warning file=dir%2C1/a%3Ab.xml,line=3,col=4,title=S001 division-code-too-long::50%25 sûr%0Asuite%0Ah\n");
}

TEST_CASE("GitLab Code Quality maps severities and keeps fingerprints", "[report][gitlab]") {
  const auto json = nlohmann::json::parse(scolint::render_gitlab(sample_report()));
  REQUIRE(json.is_array());
  REQUIRE(json.size() == 2);
  CHECK(json[0]["severity"] == "major");
  CHECK(json[0]["location"]["lines"]["begin"].get<int>() >= 1);
  CHECK(json[0]["fingerprint"] != json[1]["fingerprint"]);
}

TEST_CASE("CSV has a BOM, a header, quoted fields and one row per diagnostic", "[report][csv]") {
  const std::string csv = scolint::render_csv(sample_report(), scolint::Language::fr);
  CHECK(csv.rfind("\xEF\xBB\xBF"
                  "fichier;ligne;colonne;sévérité;code;",
                  0) == 0);
  std::size_t rows = 0;
  for (const char c : csv) rows += c == '\n' ? 1 : 0;
  CHECK(rows == 3);
  CHECK(csv.find(";erreur;S001;division-code-too-long;\"le code de division") != std::string::npos);
}

TEST_CASE("SARIF lists only the rules that fired, with help, and fingerprints every result", "[report][sarif]") {
  const auto sarif = nlohmann::json::parse(scolint::render_sarif(sample_report(), scolint::Language::fr));
  CHECK(sarif["version"] == "2.1.0");
  const auto& run = sarif["runs"][0];
  CHECK(run["tool"]["driver"]["rules"].size() == 2);
  CHECK(run["tool"]["driver"]["rules"][0]["help"]["text"].get<std::string>().rfind("# N001", 0) == 0);
  for (const auto& result : run["results"]) CHECK(result["partialFingerprints"].contains("scolint/v1"));
}

#include <scolint/baseline.hpp>

TEST_CASE("a baseline hides accepted findings, keeps new ones and finds stale entries", "[baseline]") {
  auto report = sample_report();  // N001 + S001, both errors
  REQUIRE(report.exit_code == 1);
  scolint::Baseline baseline;
  baseline.entries.push_back({report.diagnostics[0].fingerprint, "N001", report.diagnostics[0].record, "accepted"});
  baseline.entries.push_back({"0000000000000000", "S001", "DIVISION=OLD", ""});
  baseline.entries.push_back({"1111111111111111", "A004", "x", ""});  // rule not run: not stale
  const std::string rewritten = scolint::baseline_json(report, baseline);
  CHECK(rewritten.find("\"reason\": \"accepted\"") != std::string::npos);
  scolint::apply_baseline(report, baseline);
  REQUIRE(report.diagnostics.size() == 1);
  CHECK(report.diagnostics[0].code == "S001");
  CHECK(report.baseline_hidden == 1);
  REQUIRE(report.baseline_stale.size() == 1);
  CHECK(report.baseline_stale[0].find("DIVISION=OLD") != std::string::npos);
  CHECK(report.errors == 1);
  CHECK(report.exit_code == 1);
}

TEST_CASE("a baseline that accepts everything makes the exit code 0", "[baseline]") {
  auto report = sample_report();
  scolint::Baseline all;
  for (const auto& d : report.diagnostics) all.entries.push_back({d.fingerprint, d.code, d.record, ""});
  scolint::apply_baseline(report, all);
  CHECK(report.diagnostics.empty());
  CHECK(report.exit_code == 0);
}

TEST_CASE("limit_per_rule keeps the first N per rule and counts the rest", "[report][limit]") {
  scolint::Report report;
  for (int i = 0; i < 5; ++i) report.diagnostics.push_back({.code = "P004", .message = std::to_string(i)});
  report.diagnostics.push_back({.code = "S001", .message = "s"});
  scolint::limit_per_rule(report, 2);
  REQUIRE(report.diagnostics.size() == 3);
  CHECK(report.diagnostics[1].message == "1");
  CHECK(report.omitted.at("P004") == 3);
  CHECK_FALSE(report.omitted.contains("S001"));
}

TEST_CASE("JUnit output is XML with one test case per diagnostic", "[report][junit]") {
  const std::string xml = scolint::render_junit(sample_report());
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0) == 0);
  CHECK(xml.find("tests=\"2\" failures=\"2\"") != std::string::npos);
  CHECK(xml.find("« 3EME-EURO »") != std::string::npos);
  CHECK(xml.find("&apos;") != std::string::npos);
}

TEST_CASE("HTML report: self-contained, escaped, grouped by division and by rule", "[report][html]") {
  scolint::Report report;
  report.errors = 1;
  report.diagnostics.push_back({.code = "S001",
                                .rule = "division-code-too-long",
                                .severity = scolint::Severity::error,
                                .location = {"a<b>.xml", 3, 4},
                                .message = "code « <3EME> »",
                                .hint = "h & h",
                                .division = "3EME-EURO"});
  const std::string html = scolint::render_html(report, scolint::Language::fr);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("a&lt;b&gt;.xml:3:4") != std::string::npos);
  CHECK(html.find("code « &lt;3EME&gt; »") != std::string::npos);
  CHECK(html.find("h &amp; h") != std::string::npos);
  CHECK(html.find("<section class=\"division\" id=\"division-3EME_2dEURO\"><h3>3EME-EURO (1)") != std::string::npos);
  CHECK(html.find("Imprimer cette division") != std::string::npos);
  CHECK(html.find("Par règle") != std::string::npos);
  // The rule's page is inside the report, one click away, and the finding links to it.
  CHECK(html.find("<section class=\"rule\" id=\"rule-S001\">") != std::string::npos);
  CHECK(html.find("href=\"#rule-S001\"") != std::string::npos);
  CHECK(html.find("Explication de la règle") != std::string::npos);
  CHECK(html.find("Ce qui est vérifié") != std::string::npos);
  CHECK(html.find("@media print") != std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("http") == std::string::npos);
}

TEST_CASE("HTML report: errors before warnings in a class, infos and long runs folded, no class last",
          "[report][html]") {
  scolint::Report report;
  auto add = [&](std::string code, scolint::Severity severity, std::string division, int line) {
    report.diagnostics.push_back({.code = std::move(code),
                                  .rule = "r",
                                  .severity = severity,
                                  .location = {"f.xml", static_cast<std::uint32_t>(line), 1},
                                  .message = "m" + std::to_string(line),
                                  .division = std::move(division)});
  };
  add("P008", scolint::Severity::warning, "6 A", 1);
  add("P001", scolint::Severity::error, "6 A", 2);
  add("R002", scolint::Severity::info, "6 A", 3);
  add("F012", scolint::Severity::warning, "", 4);
  for (int i = 0; i < 12; ++i) add("L001", scolint::Severity::warning, "5 B", 10 + i);
  const std::string html = scolint::render_html(report, scolint::Language::fr);
  const auto at = [&](std::string_view text) { return html.find(text); };
  const std::size_t section = at("id=\"division-6_20A\"");
  REQUIRE(section != std::string::npos);
  CHECK(at("m2<") < at("m1<"));                                        // the error before the warning
  CHECK(at("<details class=\"infos\"><summary>1 info(s)") > section);  // the info folded
  CHECK(at("L001</code> r — 12 constats") != std::string::npos);       // 12 of one rule in a class: folded
  CHECK(at("id=\"division-5_20B\"") < section);                        // classes in order
  CHECK(at("id=\"division-\"") > section);                             // no class last
}
