#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <scolint/report.hpp>

#include "model/personal.hpp"
#include "support.hpp"

namespace {
scolint::Report demo(bool redact) {
  auto linter = scolint::Linter::create({.redact = redact});
  REQUIRE(linter.ok());
  linter.value().add_path(SCOLINT_SOURCE_DIR "/testdata/demo");
  return linter.value().run();
}
}  // namespace

namespace {
// SARIF's tool.driver.rules holds the rule pages, whose invented examples
// share names with the demo: only the results carry data.
std::string sarif_results(const scolint::Report& report) {
  auto sarif = nlohmann::json::parse(scolint::render_sarif(report, scolint::Language::fr));
  sarif["runs"][0]["tool"]["driver"].erase("rules");
  return sarif.dump();
}

// The HTML report holds the rule pages too (one click away), whose invented
// examples share names with the demo: only the findings carry data.
std::string html_findings(const scolint::Report& report) {
  std::string html = scolint::render_html(report, scolint::Language::fr);
  for (std::size_t at = html.find("<details class=\"page\">"); at != std::string::npos;
       at = html.find("<details class=\"page\">", at)) {
    html.erase(at, html.find("</details>", at) + 10 - at);
  }
  return html;
}

std::string every_format(const scolint::Report& report) {
  return scolint::render_text(report, {}) + scolint::render_json(report) + sarif_results(report) +
         scolint::render_github(report) + scolint::render_gitlab(report) + scolint::render_junit(report) +
         html_findings(report) + scolint::render_csv(report, scolint::Language::fr);
}
}  // namespace

TEST_CASE("redaction leaves no personal value of the demo in any output", "[redact]") {
  // Values that the unredacted report does show: the test proves they go away,
  // in every format (text, JSON, SARIF, GitHub, GitLab, JUnit, HTML, CSV).
  const std::vector<std::string> personal{
      "LEFÈVRE", "Chloé",       "CHLOE",      "MARTINEZ",      "Sophie",       "Luc Et Nadia",    "Hugo",
      "LE GALL", "1234500110Z", "03/05/2014", "chloe.lefevre", "luc_et_nadia", "sophie.martinez", "yann.le_gall"};
  const auto plain = demo(false);
  const std::string plain_text = every_format(plain);
  for (const auto& value : personal) {
    INFO(value);
    CHECK(plain_text.find(value) != std::string::npos);
  }
  const auto redacted = demo(true);
  const std::string redacted_text = every_format(redacted);
  for (const auto& value : personal) {
    INFO(value);
    CHECK(redacted_text.find(value) == std::string::npos);
  }
  // Identifiers and structure codes stay, so the secretariat can still act.
  CHECK(redacted_text.find("ELEVE_ID=1013") != std::string::npos);
  CHECK(redacted_text.find("3EME-EURO") != std::string::npos);
  CHECK(redacted.diagnostics.size() == plain.diagnostics.size());
}

namespace {
scolint::Report folder(const std::string& path, bool redact) {
  auto linter = scolint::Linter::create({.redact = redact});
  REQUIRE(linter.ok());
  linter.value().add_path(SCOLINT_SOURCE_DIR + std::string("/") + path);
  return linter.value().run();
}

// The values a folder's plain report shows go away with --redact, in every format.
void check_redacted(const std::string& path, const std::vector<std::string>& personal) {
  const std::string plain = every_format(folder(path, false));
  for (const auto& value : personal) {
    INFO(path << ": " << value);
    CHECK(plain.find(value) != std::string::npos);
  }
  const std::string redacted = every_format(folder(path, true));
  for (const auto& value : personal) {
    INFO(path << ": " << value);
    CHECK(redacted.find(value) == std::string::npos);
  }
}
}  // namespace

TEST_CASE("redaction covers what the AAF reader finds and what CSV files give", "[redact][aaf][csv]") {
  // A001's birth date comes from the AAF reader, the rest from the rules.
  check_redacted("testdata/cases/A001", {"31/02/2013"});
  check_redacted("testdata/demo-aaf", {"Luc Et Nadia", "luc_et_nadia"});
  check_redacted("testdata/demo-csv", {"Luc Et Nadia", "LEFÈVRE", "03/05/2014", "9900", "chloe.lefevre"});
  check_redacted("testdata/variants/ent-csv-admin", {"31/02/2018", "nadia@example", "9900"});
  check_redacted("testdata/variants/onde", {"01/14/2020"});
}

TEST_CASE("pseudonyms are stable within a run: same value, same token", "[redact]") {
  const auto report = demo(true);
  std::string first;
  std::string second;
  for (const auto& d : report.diagnostics) {
    if (d.code == "L001" && d.record == "ELEVE_ID=1002") first = d.message;
    if (d.code == "L001" && d.record == "ELEVE_ID=1013") second = d.message;
  }
  REQUIRE_FALSE(first.empty());
  // Both messages name the shared login the same way.
  const auto token = first.substr(first.find("\u2039"), first.find("\u203A") - first.find("\u2039"));
  CHECK(second.find(token) != std::string::npos);
}

TEST_CASE("resolving in place changes only text that carries marks", "[redact]") {
  using scolint::model::PersonalKind;
  scolint::model::Redactor keep(false);
  std::string plain = "aucune donnée personnelle";
  const char* const before = plain.data();
  keep.resolve_in_place(plain);
  CHECK(plain == "aucune donnée personnelle");
  CHECK(plain.data() == before);  // not copied
  std::string marked = "élève " + scolint::model::personal(PersonalKind::name, "DURAND") + " sans INE";
  keep.resolve_in_place(marked);
  CHECK(marked == "élève DURAND sans INE");
  scolint::model::Redactor hide(true);
  std::string secret = "élève " + scolint::model::personal(PersonalKind::name, "DURAND") + " sans INE";
  hide.resolve_in_place(secret);
  CHECK(secret == "élève \u2039nom-1\u203A sans INE");
}
