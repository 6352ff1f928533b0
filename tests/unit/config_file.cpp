#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include <scolint/config.hpp>

namespace {
std::string write_config(const std::string& text) {
  // One directory per process: ctest runs test cases in parallel processes.
  const auto dir = std::filesystem::temp_directory_path() / ("scolint-config-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "sub" / "deeper");
  const auto path = dir / "scolint.toml";
  std::ofstream(path) << text;
  return path.string();
}
}  // namespace

TEST_CASE("scolint.toml sets selection, severities and thresholds", "[config]") {
  const auto path = write_config(
      "[lint]\nselect = [\"S\"]\nfail_on = \"warning\"\nlanguage = \"en\"\nredact = true\n"
      "low_memory = true\n[rules.S001]\nseverity = \"info\"\nmax_length = 6\n");
  auto options = scolint::read_config(path, {});
  REQUIRE(options.ok());
  CHECK(options.value().select == std::vector<std::string>{"S"});
  CHECK(options.value().fail_on == scolint::Severity::warning);
  CHECK(options.value().language == scolint::Language::en);
  CHECK(options.value().redact);
  CHECK(options.value().low_memory);
  CHECK(scolint::settings_as_toml(options.value()).find("low_memory = true") != std::string::npos);
  CHECK(options.value().severities.at("S001") == scolint::Severity::info);
  CHECK(options.value().rule_options.at("S001.max_length") == "6");
  CHECK(scolint::settings_as_toml(options.value()).find("max_length = 6") != std::string::npos);
}

TEST_CASE("scolint.toml errors name the key and its line", "[config]") {
  for (const auto& [text, expected] :
       std::vector<std::pair<std::string, std::string>>{{"[lint]\nselct = [\"S\"]\n", ":2:"},
                                                        {"[lint]\nfail_on = \"fatal\"\n", "fail_on"},
                                                        {"[lint]\nlow_memory = 1\n", "low_memory"},
                                                        {"[rules.Z999]\nseverity = \"info\"\n", "Z999"},
                                                        {"[rules.S001]\nmax_lenght = 3\n", "max_lenght"},
                                                        {"[rules.S001]\nmax_length = \"8\"\n", "integer"},
                                                        {"[rules.S003]\nextra_characters = 3\n", "string"},
                                                        {"[output]\nformat = \"json\"\n", "output"},
                                                        {"[lint\n", ":1:"}}) {
    INFO(text);
    const auto options = scolint::read_config(write_config(text), {});
    REQUIRE_FALSE(options.ok());
    CHECK(options.error().detail.find(expected) != std::string::npos);
  }
}

TEST_CASE("text rule options come from scolint.toml and show quoted", "[config]") {
  auto options = scolint::read_config(write_config("[rules.S003]\nextra_characters = \".\"\n"), {});
  REQUIRE(options.ok());
  CHECK(options.value().rule_options.at("S003.extra_characters") == ".");
  // toml++ quotes it as a literal string: valid TOML that reads back the same.
  const std::string shown = scolint::settings_as_toml(options.value());
  CHECK(shown.find("extra_characters = '.'") != std::string::npos);
  const auto path = write_config(shown);
  auto again = scolint::read_config(path, {});
  REQUIRE(again.ok());
  CHECK(again.value().rule_options.at("S003.extra_characters") == ".");
  CHECK(scolint::Linter::create(options.value()).ok());
}

TEST_CASE("the nearest scolint.toml upward is found", "[config]") {
  const auto path = write_config("[lint]\n");
  const auto deeper = std::filesystem::path(path).parent_path() / "sub" / "deeper";
  CHECK(std::filesystem::equivalent(scolint::find_config(deeper.string()), path));
}

TEST_CASE("kinds: files of other kinds are recognised, skipped and listed", "[config]") {
  const auto path = write_config("[lint]\nkinds = [\"sts-emp\"]\n");
  auto options = scolint::read_config(path, {});
  REQUIRE(options.ok());
  CHECK(options.value().kinds == std::vector<std::string>{"sts-emp"});
  options.value().select = {"S001", "P001", "F009"};
  auto linter = scolint::Linter::create(options.value());
  REQUIRE(linter.ok());
  linter.value().add_buffer(
      "s.xml",
      R"(<STS_EDT><DONNEES><STRUCTURE><DIVISIONS><DIVISION CODE="3EME-EURO"/></DIVISIONS></STRUCTURE></DONNEES></STS_EDT>)");
  linter.value().add_buffer("e.xml",
                            R"(<BEE_ELEVES><DONNEES><ELEVES><ELEVE ELEVE_ID="1"/></ELEVES></DONNEES></BEE_ELEVES>)");
  linter.value().add_buffer("e.csv", "Nom;Prénom;INE\nA;B;\n");
  const auto report = linter.value().run();
  REQUIRE(report.diagnostics.size() == 1);
  CHECK(report.diagnostics[0].code == "S001");
  CHECK_FALSE(report.files[0].skipped);
  CHECK(report.files[1].skipped);
  CHECK(report.files[2].skipped);
  CHECK(report.files[1].records == 0);
  CHECK_FALSE(scolint::Linter::create({.kinds = {"pronote"}}).ok());
}

TEST_CASE("per-rule severity overrides change the exit code", "[config]") {
  scolint::Options options;
  options.select = {"S001"};
  options.severities["S001"] = scolint::Severity::info;
  auto linter = scolint::Linter::create(options);
  REQUIRE(linter.ok());
  linter.value().add_buffer(
      "s.xml",
      R"(<STS_EDT><DONNEES><STRUCTURE><DIVISIONS><DIVISION CODE="3EME-EURO"/></DIVISIONS></STRUCTURE></DONNEES></STS_EDT>)");
  const auto report = linter.value().run();
  REQUIRE(report.diagnostics.size() == 1);
  CHECK(report.diagnostics[0].severity == scolint::Severity::info);
  CHECK(report.exit_code == 0);
}

TEST_CASE("existing_logins in scolint.toml is relative to the settings file", "[config]") {
  const std::string path = write_config("[lint]\nexisting_logins = \"comptes.csv\"\n");
  auto options = scolint::read_config(path, {});
  REQUIRE(options.ok());
  CHECK(options.value().existing_logins == (std::filesystem::path(path).parent_path() / "comptes.csv").string());
  CHECK(scolint::settings_as_toml(options.value()).find("existing_logins = ") != std::string::npos);
  // A list that cannot be read is an error of the options, not of the files.
  auto linter = scolint::Linter::create(options.value());
  REQUIRE_FALSE(linter.ok());
  CHECK(linter.error().code == scolint::ErrorCode::io_error);
}
