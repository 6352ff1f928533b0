#include <catch2/catch.hpp>

#include <string>

#include <scolint/scolint.h>

TEST_CASE("C API: lint a buffer and read the JSON report", "[capi]") {
  scolint_linter* linter = nullptr;
  REQUIRE(scolint_new(&linter) == SCOLINT_OK);
  CHECK(scolint_report_json(linter) == nullptr);
  CHECK(scolint_set(linter, "lang", "en") == SCOLINT_OK);
  CHECK(scolint_set(linter, "select", "S001") == SCOLINT_OK);
  CHECK(scolint_set(linter, "low_memory", "1") == SCOLINT_OK);  // the same report
  const std::string sts =
      R"(<STS_EDT><DONNEES><STRUCTURE><DIVISIONS><DIVISION CODE="3EME-EURO"/></DIVISIONS></STRUCTURE></DONNEES></STS_EDT>)";
  CHECK(scolint_add_buffer(linter, "sts.xml", sts.data(), sts.size()) == SCOLINT_OK);
  int exit_code = -1;
  REQUIRE(scolint_run(linter, &exit_code) == SCOLINT_OK);
  CHECK(exit_code == 1);
  CHECK(scolint_diagnostic_count(linter) == 1);
  const std::string json = scolint_report_json(linter);
  CHECK(json.find("\"code\": \"S001\"") != std::string::npos);
  CHECK(json.find("is 9 characters long") != std::string::npos);
  scolint_free(linter);
}

TEST_CASE("C API: errors are status codes with a message, never exceptions", "[capi]") {
  CHECK(scolint_new(nullptr) == SCOLINT_E_INVALID_ARGUMENT);
  CHECK(scolint_set(nullptr, "lang", "fr") == SCOLINT_E_INVALID_ARGUMENT);
  CHECK(scolint_run(nullptr, nullptr) == SCOLINT_E_INVALID_ARGUMENT);
  scolint_free(nullptr);
  scolint_linter* linter = nullptr;
  REQUIRE(scolint_new(&linter) == SCOLINT_OK);
  CHECK(scolint_set(linter, "colour", "blue") == SCOLINT_E_INVALID_ARGUMENT);
  CHECK(std::string(scolint_last_error(linter)).find("colour") != std::string::npos);
  CHECK(scolint_set(linter, "lang", "de") == SCOLINT_E_INVALID_OPTION);
  CHECK(scolint_set(linter, "select", "Z999") == SCOLINT_OK);  // checked at run
  CHECK(scolint_run(linter, nullptr) == SCOLINT_E_UNKNOWN_RULE);
  CHECK(scolint_set(linter, "select", "S") == SCOLINT_OK);
  CHECK(scolint_set(linter, "rule_option.S001.max_length", "abc") == SCOLINT_OK);
  CHECK(scolint_run(linter, nullptr) == SCOLINT_E_INVALID_OPTION);
  CHECK(scolint_add_buffer(linter, "x", nullptr, 3) == SCOLINT_E_INVALID_ARGUMENT);
  scolint_free(linter);
  CHECK(std::string(scolint_version()) == "0.1.0");
}

#include <thread>

#include "support.hpp"

TEST_CASE("two linters in two threads do not interfere", "[capi][threads]") {
  const std::string demo = SCOLINT_SOURCE_DIR "/testdata/demo";
  auto run = [&](scolint::Language language, bool redact) {
    auto linter = scolint::Linter::create({.language = language, .redact = redact});
    REQUIRE(linter.ok());
    linter.value().add_path(demo);
    return linter.value().run();
  };
  const auto alone_fr = run(scolint::Language::fr, false);
  const auto alone_en = run(scolint::Language::en, true);
  scolint::Report threaded_fr;
  scolint::Report threaded_en;
  std::thread a([&] { threaded_fr = run(scolint::Language::fr, false); });
  std::thread b([&] { threaded_en = run(scolint::Language::en, true); });
  a.join();
  b.join();
  REQUIRE(threaded_fr.diagnostics.size() == alone_fr.diagnostics.size());
  REQUIRE(threaded_en.diagnostics.size() == alone_en.diagnostics.size());
  for (std::size_t i = 0; i < alone_fr.diagnostics.size(); ++i) {
    CHECK(threaded_fr.diagnostics[i].message == alone_fr.diagnostics[i].message);
    CHECK(threaded_en.diagnostics[i].message == alone_en.diagnostics[i].message);
  }
}

TEST_CASE("C API: the report in every format of the table, and an error for another", "[capi][formats]") {
  scolint_linter* linter = nullptr;
  REQUIRE(scolint_new(&linter) == SCOLINT_OK);
  CHECK(scolint_report(linter, "sarif") == nullptr);  // before a run
  CHECK(scolint_set(linter, "lang", "en") == SCOLINT_OK);
  const std::string sts =
      R"(<STS_EDT><DONNEES><STRUCTURE><DIVISIONS><DIVISION CODE="3EME-EURO"/></DIVISIONS></STRUCTURE></DONNEES></STS_EDT>)";
  CHECK(scolint_add_buffer(linter, "sts.xml", sts.data(), sts.size()) == SCOLINT_OK);
  REQUIRE(scolint_run(linter, nullptr) == SCOLINT_OK);
  const std::string sarif = scolint_report(linter, "sarif");
  CHECK(sarif.find("\"version\": \"2.1.0\"") != std::string::npos);
  CHECK(sarif.find("\"ruleId\": \"S001\"") != std::string::npos);
  const char* json = scolint_report_json(linter);
  CHECK(json == scolint_report(linter, "json"));  // made once, the same text
  CHECK(std::string(scolint_report(linter, "github")).rfind("::error file=sts.xml", 0) == 0);
  CHECK(std::string(scolint_report(linter, "text")).find("is 9 characters long") != std::string::npos);
  CHECK(std::string(scolint_report(linter, "sarif")) == sarif);  // still valid: each format has its own text
  CHECK(scolint_report(linter, "pdf") == nullptr);
  CHECK(std::string(scolint_last_error(linter)) == "format: pdf");
  scolint_free(linter);
}
