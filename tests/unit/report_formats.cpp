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
  const std::string quiet = scolint::render_text(report, {.language = scolint::Language::en,
                                                          .show_hints = false, .show_summary = false});
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
