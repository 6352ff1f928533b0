// Properties the whole engine must keep, whatever the inputs (issue #8).
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <scolint/report.hpp>

#include "support.hpp"

namespace fs = std::filesystem;
using namespace scolint::test;

namespace {

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// A finding, without the file's position in the run: what must not change.
std::vector<std::string> findings_of(const scolint::Report& report, const std::string& file) {
  std::vector<std::string> out;
  for (const auto& d : report.diagnostics) {
    if (d.location.file == file) {
      out.push_back(d.code + " " + std::to_string(d.location.line) + ":" + std::to_string(d.location.column) + " " +
                    d.message);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("a good file's findings are the same alone or beside broken files, in any order", "[properties]") {
  const std::string demo = slurp(SCOLINT_SOURCE_DIR "/testdata/demo/ElevesSansAdresses.xml");
  const std::vector<std::pair<std::string, std::string>> broken{
      {"empty.xml", ""},
      {"junk.xml", std::string("\x00\xff\xfe\x01", 4)},
      {"truncated.xml", demo.substr(0, demo.size() / 3)},
      {"bomb.xml", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY a \"aaaa\">]><BEE_ELEVES>&a;</BEE_ELEVES>"},
      {"csv.csv", "Nom;Prénom\nA;\"B\n"},
  };
  // The truncated copy has the same pupils: cross-record rules (duplicates)
  // would legitimately change, so compare record rules only.
  const scolint::Options options{.select = {"S", "P001", "P002", "P006", "N", "F005", "F011"}};
  const auto alone = findings_of(lint({{"good.xml", demo}}, options), "good.xml");
  REQUIRE_FALSE(alone.empty());
  Files files{{"good.xml", demo}};
  files.insert(files.end(), broken.begin(), broken.end());
  for (const unsigned threads : {1U, 2U}) {
    for (int rotation = 0; rotation < static_cast<int>(files.size()); ++rotation) {
      INFO("rotation " << rotation << ", " << threads << " thread(s)");
      std::rotate(files.begin(), files.begin() + 1, files.end());
      scolint::Options threaded = options;
      threaded.threads = threads;
      const auto together = lint(files, threaded);
      CHECK(findings_of(together, "good.xml") == alone);
      CHECK(together.exit_code == 2);
    }
  }
}

TEST_CASE("reports are byte-identical whatever the number of threads", "[properties]") {
  // split_min_bytes 0: every SIECLE pupils' export is also read in parts.
  auto run = [](unsigned threads) {
    auto linter =
        scolint::Linter::create({.language = scolint::Language::en, .threads = threads, .split_min_bytes = 0});
    REQUIRE(linter);
    // Every kind of input, good and broken, so that files, findings, related
    // places and file problems all have to merge in the same order.
    for (const char* dir : {"demo", "demo-csv", "demo-aaf", "malformed", "golden/zip-archive"}) {
      linter.value().add_path(std::string(SCOLINT_SOURCE_DIR "/testdata/") + dir);
    }
    const scolint::Report report = linter.value().run();
    return scolint::render_json(report) + scolint::render_text(report, {}) +
           scolint::render_sarif(report, scolint::Language::en);
  };
  const std::string one = run(1);
  REQUIRE(one.size() > 10000);
  for (const unsigned threads : {2U, 3U, 8U}) {
    INFO(threads << " threads");
    CHECK(run(threads) == one);
  }
}

TEST_CASE("input files are never written: bytes and timestamps unchanged", "[properties]") {
  const fs::path dir = fs::temp_directory_path() / ("scolint-readonly-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  for (const auto& entry : fs::directory_iterator(SCOLINT_SOURCE_DIR "/testdata/demo")) {
    fs::copy_file(entry.path(), dir / entry.path().filename(), fs::copy_options::overwrite_existing);
  }
  fs::copy_file(SCOLINT_SOURCE_DIR "/testdata/golden/zip-archive/ExportXML_ElevesSansAdresses.zip", dir / "archive.zip",
                fs::copy_options::overwrite_existing);
  std::map<std::string, std::pair<std::string, struct timespec>> before;
  for (const auto& entry : fs::directory_iterator(dir)) {
    struct stat info {};
    REQUIRE(::stat(entry.path().c_str(), &info) == 0);
    before[entry.path().string()] = {slurp(entry.path()), info.st_mtim};
  }
  auto linter = scolint::Linter::create({});
  REQUIRE(linter.ok());
  linter.value().add_path(dir.string());
  const auto report = linter.value().run();
  CHECK(report.files.size() == before.size());
  for (const auto& [path, state] : before) {
    INFO(path);
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    CHECK(slurp(path) == state.first);
    CHECK(info.st_mtim.tv_sec == state.second.tv_sec);
    CHECK(info.st_mtim.tv_nsec == state.second.tv_nsec);
  }
  fs::remove_all(dir);
}

TEST_CASE("a FIFO given as input is refused at once, never read", "[properties]") {
  const fs::path fifo = fs::temp_directory_path() / ("scolint-fifo-" + std::to_string(::getpid()));
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  auto linter = scolint::Linter::create({});
  REQUIRE(linter.ok());
  linter.value().add_path(fifo.string());
  const auto report = linter.value().run();  // would block forever if the FIFO were opened for reading
  REQUIRE(report.diagnostics.size() == 1);
  CHECK(report.diagnostics[0].code == "F001");
  CHECK(report.exit_code == 2);
  fs::remove(fifo);
}
