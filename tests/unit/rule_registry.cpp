// Every rule is complete: a unique code, a slug matching its file name, a
// page with all the fixed headings, messages in both languages and an
// end-to-end case folder.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

#include <scolint/linter.hpp>

namespace fs = std::filesystem;

TEST_CASE("every rule has a unique code, a matching file and a complete page", "[registry]") {
  const auto rules = scolint::Linter::rules(scolint::Language::fr);
  REQUIRE(rules.size() >= 13);
  std::set<std::string> codes;
  for (const auto& rule : rules) {
    INFO(rule.code);
    CHECK(codes.insert(rule.code).second);
    CHECK_FALSE(rule.summary.empty());
    std::string stem = rule.code + "_" + rule.slug;
    for (char& c : stem) c = c == '-' ? '_' : c;
    bool found = false;
    for (const auto& entry : fs::recursive_directory_iterator(SCOLINT_SOURCE_DIR "/rules")) {
      found = found || entry.path().filename() == stem + ".cpp";
    }
    CHECK(found);
    const auto english = scolint::Linter::explain(rule.code, scolint::Language::en);
    REQUIRE(english.ok());
    CHECK(english.value().find("| severity | family |") != std::string::npos);
    for (const char* heading :
         {"## What it checks", "## Why it matters", "## Example (bad)", "## Fix", "## Options", "## Exceptions"}) {
      CHECK(english.value().find(heading) != std::string::npos);
    }
    const auto page = scolint::Linter::explain(rule.code, scolint::Language::fr);
    REQUIRE(page.ok());
    CHECK(page.value() != english.value());
    CHECK(page.value().rfind("# " + rule.code + " " + rule.slug + "\n", 0) == 0);
    for (const char* heading :
         {"## What it checks", "## Why it matters", "## Example (bad)", "## Fix", "## Options", "## Exceptions"}) {
      CHECK(page.value().find(heading) != std::string::npos);
    }
    // "Why it matters" cites a seed document, a format constraint (STYLE.md) or
    // what a real importer does (docs/field.md, with the importer's source).
    CHECK((page.value().find("seed") != std::string::npos || page.value().find("formats/") != std::string::npos ||
           page.value().find("field.md") != std::string::npos || rule.code[0] == 'F'));
    if (rule.code != "F001" && rule.code != "F002" && rule.code != "F003" && rule.code != "F004") {
      CHECK(fs::exists(fs::path(SCOLINT_SOURCE_DIR "/testdata/cases") / rule.code / "expected.txt"));
    }
  }
  CHECK_FALSE(scolint::Linter::explain("Z999", scolint::Language::fr).ok());
  CHECK(scolint::Linter::explain("division-code-too-long", scolint::Language::fr).ok());
}
