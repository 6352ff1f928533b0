#include <catch2/catch.hpp>

#include <array>

#include "io/zip_archive.hpp"
#include "support.hpp"

using namespace scolint::test;

namespace {
const std::string good_sts = sts_divisions(R"(<DIVISION CODE="3EME-EURO"/>)");

std::vector<std::string> codes(const scolint::Report& report) {
  std::vector<std::string> out;
  for (const auto& d : report.diagnostics) out.push_back(d.code);
  return out;
}
}  // namespace

TEST_CASE("a broken file gives exit 2 and the other files are still linted", "[engine]") {
  const std::vector<std::pair<std::string, std::string>> broken{
      {"empty", ""},
      {"junk", std::string("\x00\x01\x02\xff", 4)},
      {"truncated", "<?xml version=\"1.0\"?><BEE_ELEVES><DONNEES><ELEVES><ELEVE ELEVE_ID=\"1\">"},
      {"csv", "COLONNE1;COLONNE2\nA;B\n"},
      {"root", "<CLASSEUR/>"},
      {"encoding", "<?xml version=\"1.0\" encoding=\"X-NOPE\"?><BEE_ELEVES/>"},
      {"utf8", "<?xml version=\"1.0\"?><BEE_ELEVES><X>Ir\xe8ne</X></BEE_ELEVES>"},
  };
  for (const auto& [name, bytes] : broken) {
    INFO(name);
    const auto report = lint({{"a.xml", bytes}, {"b.xml", good_sts}}, {.select = {"S001"}});
    CHECK(report.exit_code == 2);
    REQUIRE(report.diagnostics.size() == 2);
    CHECK(report.diagnostics[0].location.file == "a.xml");
    CHECK(report.diagnostics[0].code[0] == 'F');
    CHECK(report.diagnostics[1].code == "S001");
    CHECK(report.files[0].failed);
    CHECK_FALSE(report.files[1].failed);
  }
}

TEST_CASE("no declared entity is expanded and no external entity is loaded", "[engine][security]") {
  const std::string xxe =
      R"(<?xml version="1.0"?><!DOCTYPE BEE_ELEVES [<!ENTITY s SYSTEM "file:///etc/passwd">]>)"
      R"(<BEE_ELEVES><DONNEES><ELEVES><ELEVE ELEVE_ID="1"><PRENOM>&s;</PRENOM></ELEVE></ELEVES></DONNEES></BEE_ELEVES>)";
  const auto report = lint({{"x.xml", xxe}});
  REQUIRE_FALSE(report.diagnostics.empty());
  CHECK(report.diagnostics[0].code == "F003");
  CHECK(report.exit_code == 2);
  for (const auto& d : report.diagnostics) CHECK(d.message.find("root:") == std::string::npos);
}

TEST_CASE("a DOCTYPE that only names a DTD is accepted", "[engine][security]") {
  const std::string doc =
      R"(<?xml version="1.0"?><!DOCTYPE STS_EDT SYSTEM "sts.dtd"><STS_EDT><DONNEES><STRUCTURE><DIVISIONS><DIVISION CODE="6 A"/></DIVISIONS></STRUCTURE></DONNEES></STS_EDT>)";
  const auto report = lint({{"s.xml", doc}}, {.select = {"F"}});
  CHECK(report.exit_code == 0);
  CHECK(report.diagnostics.empty());
}

TEST_CASE("ISO-8859-15, ISO-8859-1, windows-1252 and UTF-8 decode to the same text", "[engine][encoding]") {
  auto doc = [](const std::string& encoding, const std::string& name) {
    return "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>" +
           responsables(person("1", name, "Zo\xe9 Et L\xe9o")).substr(38);
  };
  // Œ is 0xBC in Latin-9 and 0x8C in windows-1252; ISO-8859-1 has no Œ.
  for (const auto& [encoding, name] : std::vector<std::pair<std::string, std::string>>{
           {"ISO-8859-15", "\xbcUVRARD"}, {"windows-1252", "\x8cUVRARD"}, {"ISO-8859-1", "OEUVRARD"}}) {
    INFO(encoding);
    const auto found = findings("N001", {{"r.xml", doc(encoding, name)}});
    REQUIRE(found.size() == 1);
    CHECK(found[0].predicted_login == "zoe_et_leo.oeuvrard");
    CHECK(found[0].message.find("Zoé Et Léo") != std::string::npos);
  }
  const auto utf8 = findings("N001", {{"r.xml", responsables(person("1", "ŒUVRARD", "Zoé Et Léo"))}});
  REQUIRE(utf8.size() == 1);
  CHECK(utf8[0].predicted_login == "zoe_et_leo.oeuvrard");
}

TEST_CASE("records keep the line and column of their element", "[engine]") {
  const auto found = findings("S001", {{"s.xml", sts_divisions("\n\n   <DIVISION CODE=\"TROP-LONGUE\"/>")}});
  REQUIRE(found.size() == 1);
  CHECK(found[0].location.line == 3);
  CHECK(found[0].location.column == 4);
}

TEST_CASE("exit codes follow fail-on", "[engine]") {
  const scolint::test::Files warning_only{
      {"e.xml", eleves(pupil("1", "A", "B", "01/01/2014") + pupil("2", "A", "B", "01/01/2014"))}};
  CHECK(lint(warning_only, {.select = {"P004"}}).exit_code == 0);
  CHECK(lint(warning_only, {.select = {"P004"}, .fail_on = scolint::Severity::warning}).exit_code == 1);
  CHECK(lint({{"s.xml", good_sts}}, {.select = {"S001"}}).exit_code == 1);
}

TEST_CASE("output is sorted and deterministic whatever the input order", "[engine]") {
  const auto a = lint({{"b.xml", good_sts}, {"a.xml", good_sts}}, {.select = {"S001"}});
  const auto b = lint({{"a.xml", good_sts}, {"b.xml", good_sts}}, {.select = {"S001"}});
  REQUIRE(codes(a) == codes(b));
  REQUIRE(a.diagnostics.size() == 1);  // one problem: the same division in two files
  CHECK(a.diagnostics[0].location.file == "a.xml");
  CHECK(a.diagnostics[0].related.size() == 1);
  CHECK(a.diagnostics[0].fingerprint == b.diagnostics[0].fingerprint);
}

TEST_CASE("unknown rules, profiles and option keys are errors", "[engine]") {
  CHECK_FALSE(scolint::Linter::create({.select = {"Z999"}}).ok());
  CHECK_FALSE(scolint::Linter::create({.ignore = {"nonsense"}}).ok());
  CHECK_FALSE(scolint::Linter::create({.login_profile = "pronote"}).ok());
  scolint::Options options;
  options.rule_options["S001.nope"] = "1";
  CHECK_FALSE(scolint::Linter::create(options).ok());
  CHECK(scolint::Linter::create({.select = {"S", "division-missing-in-sts"}}).ok());
}

TEST_CASE("a missing file and a directory without exports are F001", "[engine]") {
  auto linter = scolint::Linter::create({});
  REQUIRE(linter.ok());
  linter.value().add_path(SCOLINT_SOURCE_DIR "/testdata/no-such-file.xml");
  linter.value().add_path(SCOLINT_SOURCE_DIR "/tests/e2e");
  const auto report = linter.value().run();
  CHECK(report.exit_code == 2);
  REQUIRE(report.diagnostics.size() == 2);
  CHECK(report.diagnostics[0].code == "F001");
  CHECK(report.diagnostics[1].code == "F001");
}

TEST_CASE("a ZIP member stops at the inflation cap instead of filling memory", "[engine][zip]") {
  const std::string archive = SCOLINT_SOURCE_DIR "/testdata/golden/zip-archive/ExportXML_ElevesSansAdresses.zip";
  auto members = scolint::io::zip_export_members(archive);
  REQUIRE(members.ok());
  REQUIRE(members.value() == std::vector<std::string>{"ElevesSansAdresses.xml"});
  auto source = scolint::io::open_zip_member(archive, "ElevesSansAdresses.xml", 1000);
  REQUIRE(source.ok());
  std::array<char, 4096> buffer{};
  std::size_t total = 0;
  bool stopped = false;
  for (int i = 0; i < 100 && !stopped; ++i) {
    auto got = source.value()->read(buffer);
    if (!got) {
      stopped = got.error().detail == "zip-too-large";
      break;
    }
    if (got.value() == 0) break;
    total += got.value();
  }
  CHECK(stopped);
  CHECK(total == 1000);
}

TEST_CASE("archives are linted member by member, named archive!member", "[engine][zip]") {
  auto linter = scolint::Linter::create({.select = {"P001"}});
  REQUIRE(linter.ok());
  linter.value().add_path(SCOLINT_SOURCE_DIR "/testdata/golden/zip-archive/ExportXML_ElevesSansAdresses.zip");
  const auto report = linter.value().run();
  REQUIRE(report.diagnostics.size() == 2);
  CHECK(report.diagnostics[0].location.file.ends_with("ExportXML_ElevesSansAdresses.zip!ElevesSansAdresses.xml"));
  CHECK(report.files.size() == 1);
  CHECK(report.exit_code == 1);
}

TEST_CASE("a run updates the caller's progress counters as it reads", "[engine][progress]") {
  scolint::Progress progress;
  auto linter = scolint::Linter::create({.threads = 2, .split_min_bytes = 0, .progress = &progress});
  REQUIRE(linter);
  linter.value().add_path(SCOLINT_SOURCE_DIR "/testdata/demo");
  const scolint::Report report = linter.value().run();
  CHECK(progress.files.load() == report.files.size());
  CHECK(progress.files_read.load() == report.files.size());  // a split file counts once
  CHECK(progress.records.load() == report.records);
  std::uint64_t bytes = 0;
  for (const auto& file : report.files) bytes += file.bytes;
  CHECK(progress.bytes.load() >= bytes);  // the parts of a split file read their head again
  CHECK(progress.checking.load());
}
