// The table of report formats (include/scolint/report.hpp): what --format,
// --output's extension, the C API and docs/output.md all read.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <scolint/report.hpp>

#include "support.hpp"

using namespace scolint::test;

TEST_CASE("every format of the table writes what its own renderer writes", "[formats]") {
  const Files files{
      {"sts.xml",
       R"(<STS_EDT><DONNEES><STRUCTURE><DIVISIONS><DIVISION CODE="3EME-EURO"/></DIVISIONS></STRUCTURE></DONNEES></STS_EDT>)"}};
  const scolint::Report report = lint(files);
  scolint::TextStyle style;
  style.language = scolint::Language::en;
  const auto written = [&](std::string_view format) {
    std::ostringstream out;
    REQUIRE(scolint::write_report(report, format, style, out));
    return std::move(out).str();
  };
  CHECK(written("text") == scolint::render_text(report, style));
  CHECK(written("json") == scolint::render_json(report));
  CHECK(written("sarif") == scolint::render_sarif(report, scolint::Language::en));
  CHECK(written("github") == scolint::render_github(report));
  CHECK(written("gitlab") == scolint::render_gitlab(report));
  CHECK(written("junit") == scolint::render_junit(report));
  CHECK(written("csv") == scolint::render_csv(report, scolint::Language::en));
  CHECK(written("html") == scolint::render_html(report, scolint::Language::en));
  std::set<std::string_view> names;
  for (const auto& format : scolint::report_formats()) names.insert(format.name);
  CHECK(names.size() == 8);
  CHECK(scolint::report_formats().front().name == "text");
  std::ostringstream out;
  CHECK_FALSE(scolint::write_report(report, "pdf", style, out));
  CHECK(out.str().empty());
}

TEST_CASE("an --output path's extension names its format", "[formats]") {
  CHECK(scolint::format_of_path("report.json") == "json");
  CHECK(scolint::format_of_path("out/REPORT.SARIF") == "sarif");
  CHECK(scolint::format_of_path("page.htm") == "html");
  CHECK(scolint::format_of_path("page.html") == "html");
  CHECK(scolint::format_of_path("junit.xml") == "junit");
  CHECK(scolint::format_of_path("findings.csv") == "csv");
  CHECK(scolint::format_of_path("report.txt") == "text");
  CHECK(scolint::format_of_path("report") == "text");
  CHECK(scolint::format_of_path("dir.json/report") == "text");
  CHECK(scolint::format_of_path(".json") == "text");  // a hidden file's name, not an extension
}

TEST_CASE("docs/output.md lists every format as the table says", "[formats][docs]") {
  std::ifstream in(std::string(SCOLINT_SOURCE_DIR) + "/docs/output.md");
  std::stringstream docs;
  docs << in.rdbuf();
  for (const auto& format : scolint::report_formats()) {
    std::string row = "| `" + std::string(format.name) + "` | ";
    std::string extensions(format.extensions);
    std::string shown;
    for (std::size_t at = 0; at < extensions.size();) {
      const auto space = extensions.find(' ', at);
      const auto end = space == std::string::npos ? extensions.size() : space;
      shown += (shown.empty() ? "`" : ", `") + extensions.substr(at, end - at) + "`";
      at = end + 1;
    }
    row += (shown.empty() ? "—" : shown) + " | " + std::string(format.description) + " |";
    INFO(row);
    CHECK(docs.str().find(row) != std::string::npos);
  }
}
