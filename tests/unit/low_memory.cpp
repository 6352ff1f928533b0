// Low-memory mode (Options::low_memory): two reads, the same report.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <scolint/report.hpp>

#include "engine/session.hpp"
#include "model/record_texts.hpp"
#include "rules/low_memory.hpp"
#include "rules/low_memory_kit.hpp"
#include "rules/rule_registry.hpp"
#include "support.hpp"

using namespace scolint::test;
namespace lm = scolint::rules::low_memory;

namespace {

// The same inputs, linted normally and in low-memory mode, in every format
// that shows findings, related places and file summaries.
std::pair<std::string, std::string> both_reports(const Files& files, scolint::Options options) {
  auto run = [&](bool low_memory) {
    options.low_memory = low_memory;
    const scolint::Report report = lint(files, options);
    return scolint::render_json(report) + scolint::render_sarif(report, scolint::Language::en);
  };
  return {run(false), run(true)};
}

std::string letters(int n) {  // names without digits: 0 → "A", 27 → "BB"
  std::string out;
  do {
    out += static_cast<char>('A' + n % 26);
    n /= 26;
  } while (n > 0);
  return out;
}

std::string birth_date(int i) {  // DD/MM/2012
  const int day = 1 + i % 28;
  return std::string(day < 10 ? "0" : "")
      .append(std::to_string(day))
      .append("/0")
      .append(std::to_string(1 + i % 9))
      .append("/2012");
}

// A pupils' export large enough for the scratch arenas to be freed many times
// (the sink frees one every 32 KiB), with every kind of cross-record finding
// a SIECLE pupils' export can give, next to STS-Web and Structures exports.
Files generated_exports() {
  std::string pupils;
  std::string structures;
  for (int i = 0; i < 900; ++i) {
    const std::string id = std::to_string(1000 + i);
    std::string nom = "NOM" + letters(i);
    std::string prenom = "Prenom" + letters(i % 13);
    std::string born = birth_date(i);
    std::string ine = std::to_string(100000000 + i) + "AB";
    std::string extra;
    if (i % 40 == 39) {  // P004: the pupil of seven records before, entered again
      nom = "NOM" + letters(i - 7);
      prenom = "Prenom" + letters((i - 7) % 13);
      born = birth_date(i - 7);
    }
    if (i % 50 == 49) nom = "NOM" + letters(i - 13);  // L001: same login as another pupil, another birth date
    if (i % 45 == 44) ine = std::to_string(100000000 + i - 3) + "AB";   // P003
    if (i % 70 == 69) born = "01/01/1980";                              // P007
    if (i % 80 == 79) extra = "<DATE_SORTIE>30/06/2026</DATE_SORTIE>";  // P009 with its placement below
    pupils += pupil(id, nom, prenom, born, ine, extra);
    if (i % 60 == 59) continue;                                                        // P005: no placement
    const std::string division = i % 97 == 96 ? "ZZZ" : "D" + std::to_string(i % 30);  // ZZZ: X001, X005
    structures.append("<STRUCTURES_ELEVE ELEVE_ID=\"")
        .append(id)
        .append("\"><STRUCTURE><CODE_STRUCTURE>")
        .append(division)
        .append("</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE>");
    if (i % 3 == 0) {
      const std::string group = i % 91 == 90 ? "GX" : "G" + std::to_string(i % 4);  // GX: X003
      structures.append("<STRUCTURE><CODE_STRUCTURE>")
          .append(group)
          .append("</CODE_STRUCTURE><TYPE_STRUCTURE>G</TYPE_STRUCTURE></STRUCTURE>");
    }
    structures += "</STRUCTURES_ELEVE>";
  }
  const std::string service =
      R"(<SERVICES><SERVICE CODE_MATIERE="061300"><ENSEIGNANTS><ENSEIGNANT ID="1"/></ENSEIGNANTS></SERVICE></SERVICES>)";
  std::string sts_divisions;
  std::string known = "<DIVISIONS>";
  for (int d = 0; d < 30; ++d) {
    sts_divisions += "<DIVISION CODE=\"D" + std::to_string(d) + "\">" + service + "</DIVISION>";
    known += "<DIVISION CODE_STRUCTURE=\"D" + std::to_string(d) + "\"/>";
  }
  sts_divisions += "<DIVISION CODE=\"D99\">" + service + "</DIVISION>";  // X002: services, no pupil
  known += "<DIVISION CODE_STRUCTURE=\"DS\"/></DIVISIONS><GROUPES>";     // DS: S006 (no pupil in SIECLE)
  std::string sts_groups;
  for (int g = 0; g < 4; ++g) {
    sts_groups.append("<GROUPE CODE=\"G")
        .append(std::to_string(g))
        .append(R"("><DIVISIONS_APPARTENANCE><DIVISION_APPARTENANCE CODE="D1"/></DIVISIONS_APPARTENANCE>)")
        .append(service)
        .append("</GROUPE>");
    known += "<GROUPE CODE_STRUCTURE=\"G" + std::to_string(g) + "\"/>";
  }
  sts_groups +=
      R"(<GROUPE CODE="GS"><DIVISIONS_APPARTENANCE><DIVISION_APPARTENANCE CODE="D1"/></DIVISIONS_APPARTENANCE>)" +
      service + "</GROUPE>";  // X004: services, no pupil
  known += "</GROUPES>";
  const std::string sts_file =
      R"(<?xml version="1.0" encoding="UTF-8"?><STS_EDT><DONNEES><INDIVIDUS><INDIVIDU ID="1"><FONCTION>ENS</FONCTION></INDIVIDU></INDIVIDUS><STRUCTURE><DIVISIONS>)" +
      sts_divisions + "</DIVISIONS><GROUPES>" + sts_groups + "</GROUPES></STRUCTURE></DONNEES></STS_EDT>";
  const std::string structures_file =
      R"(<?xml version="1.0" encoding="UTF-8"?><BEE_STRUCTURES><DONNEES>)" + known + "</DONNEES></BEE_STRUCTURES>";
  return {{"ElevesSansAdresses.xml", eleves(pupils, structures)},
          {"sts_emp.xml", sts_file},
          {"Structures.xml", structures_file}};
}

}  // namespace

TEST_CASE("every dataset check says what it needs of pupils and placements", "[low-memory]") {
  const auto registry = scolint::rules::RuleRegistry::with_all_rules();
  std::size_t checks = 0;
  for (const auto& rule : registry.rules()) {
    if (!rule.on_dataset) continue;
    INFO(rule.info.code);
    CHECK(rule.records_needed.declared);
    ++checks;
  }
  CHECK(checks >= 30);
}

TEST_CASE("low-memory mode gives the same report on a large generated export", "[low-memory]") {
  const Files files = generated_exports();
  REQUIRE(files[0].second.size() > std::size_t{200} << 10U);  // many scratch arenas freed on the way
  const scolint::Report normal = lint(files, {.language = scolint::Language::en});
  std::set<std::string> codes;
  for (const auto& d : normal.diagnostics) codes.insert(d.code);
  // The generator must give every cross-record finding the mode selects records for.
  for (const char* code :
       {"P004", "P005", "P007", "P009", "P013", "L001", "S006", "X001", "X002", "X003", "X004", "X005"}) {
    INFO(code);
    CHECK(codes.contains(code));
  }
  CHECK_FALSE(normal.low_memory.used);
  const scolint::Report two_reads = lint(files, {.language = scolint::Language::en, .low_memory = true});
  REQUIRE(two_reads.low_memory.used);
  // 900 pupils and their placements read first; the second read keeps those
  // the findings need, which is far from all of them.
  CHECK(two_reads.low_memory.records > 2000);
  CHECK(two_reads.low_memory.kept > 0);
  CHECK(two_reads.low_memory.kept < two_reads.low_memory.records / 2);
  for (const unsigned threads : {1U, 2U}) {
    INFO(threads << " thread(s)");
    // split_min_bytes 0: the pupils' export is also read in parts, twice.
    const auto [full, low] =
        both_reports(files, {.language = scolint::Language::en, .threads = threads, .split_min_bytes = 0});
    CHECK(low == full);
  }
}

TEST_CASE("low-memory mode gives the same report on every testdata folder", "[low-memory]") {
  for (const char* dir : {"demo", "demo-csv", "demo-aaf", "malformed", "golden/zip-archive", "cases"}) {
    INFO(dir);
    auto run = [&](bool low_memory) {
      auto linter = scolint::Linter::create(
          {.language = scolint::Language::en, .threads = 2, .split_min_bytes = 0, .low_memory = low_memory});
      REQUIRE(linter);
      linter.value().add_path(std::string(SCOLINT_SOURCE_DIR "/testdata/") + dir);
      return scolint::render_json(linter.value().run());
    };
    const std::string full = run(false);
    CHECK(run(true) == full);
  }
}

TEST_CASE("low-memory mode gives the same report rule by rule on every variant of the formats", "[low-memory]") {
  // One rule at a time: a rule whose selection misses a record it reads
  // (R002's AAF relatives need their children for their establishment) is
  // not hidden by what another rule selects.
  std::vector<std::string> codes;
  for (const auto& rule : scolint::Linter::rules(scolint::Language::en)) codes.push_back(rule.code);
  for (const char* dir : {"variants/aaf-2013-academy", "variants/aaf-delta", "variants/siecle-2018", "variants/onde",
                          "variants/ent-csv-admin", "variants/ent-csv-directory", "demo", "demo-aaf", "demo-csv"}) {
    for (const std::string& code : codes) {
      INFO(dir << " " << code);
      auto run = [&](bool low_memory) {
        auto linter = scolint::Linter::create({.language = scolint::Language::en,
                                               .select = {code},
                                               .threads = 2,
                                               .split_min_bytes = 0,
                                               .low_memory = low_memory});
        REQUIRE(linter);
        linter.value().add_path(std::string(SCOLINT_SOURCE_DIR "/testdata/") + dir);
        return scolint::render_json(linter.value().run());
      };
      CHECK(run(true) == run(false));
    }
  }
}

TEST_CASE("low-memory mode keeps the records of every file in file order", "[low-memory]") {
  // A pupils' export and, after it, a CSV extraction whose pupils share logins
  // with it: both are read twice, and L001's suffixes follow the records'
  // order, file by file, whichever read keeps them.
  Files files = generated_exports();
  std::string csv = "Nom de famille;Prénom 1;Date de naissance;INE;Division\n";
  for (int i = 0; i < 40; ++i) {
    csv.append("NOM")
        .append(letters(i * 7))
        .append(";Prenom")
        .append(letters((i * 7) % 13))
        .append(";01/02/2011;;6 A\n");
  }
  files.insert(files.begin() + 1, {"extraction.csv", csv});
  const scolint::Report normal = lint(files, {.language = scolint::Language::en, .select = {"L001"}});
  REQUIRE(normal.diagnostics.size() > 40);
  const auto [full, low] = both_reports(files, {.language = scolint::Language::en});
  CHECK(low == full);
}

TEST_CASE("low-memory mode with its scratch values freed between every two records", "[low-memory]") {
  // What the fuzz harnesses do: every value of a record not kept is freed at
  // the next between_records(), so a record kept with one Text still in the
  // scratch arena (a member for_each_text misses) is a use after free under
  // ASan, and a report difference otherwise.
  const auto registry = scolint::rules::RuleRegistry::with_all_rules();
  auto settings = scolint::engine::resolve_settings(registry, {.language = scolint::Language::en}).value();
  std::vector<scolint::engine::Input> inputs;
  for (const char* dir : {"demo", "demo-aaf", "demo-csv", "cases/A003", "cases/A004", "cases/P009", "cases/X005"}) {
    for (const auto& entry : std::filesystem::directory_iterator(std::string(SCOLINT_SOURCE_DIR "/testdata/") + dir)) {
      if (entry.path().filename() != "expected.txt") inputs.push_back({entry.path().string(), std::nullopt, false});
    }
  }
  std::sort(inputs.begin(), inputs.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  const std::string plain = scolint::render_json(scolint::engine::run_session(registry, settings, inputs));
  settings.low_memory = true;
  settings.scratch_bytes = 0;
  for (const unsigned threads : {1U, 2U}) {
    settings.threads = threads;
    settings.split_min_bytes = 0;
    const scolint::Report report = scolint::engine::run_session(registry, settings, inputs);
    CHECK(report.low_memory.used);
    CHECK(scolint::render_json(report) == plain);
  }
}

TEST_CASE("low-memory mode with no file giving records", "[low-memory]") {
  // Found by fuzz_zip: a run whose every file fails before reading had no key columns at all.
  for (const Files& files : {Files{{"empty.xml", ""}}, Files{{"archive.zip", "PK\x03\x04 not really"}}, Files{}}) {
    const auto [full, low] = both_reports(files, {.language = scolint::Language::en});
    CHECK(low == full);
  }
}

TEST_CASE("key columns stay empty until a key, and join in order", "[low-memory]") {
  const auto registry = scolint::rules::RuleRegistry::with_all_rules();
  const std::vector<const scolint::rules::Rule*> rules{registry.find("P007")};
  const lm::KeyPlan plan(rules);  // ELEVE_ID, then P007's birth date
  REQUIRE(plan.pupil_keys().size() == 2);
  scolint::model::TextArena texts;
  scolint::model::Pupil undated{};
  undated.eleve_id = texts.keep("12");
  scolint::model::Pupil dated = undated;
  dated.date_naissance.value = texts.keep("03/04/2012");
  scolint::model::Pupil left = dated;
  left.left = true;
  lm::KeyColumns first(plan);
  first.add(undated);
  CHECK(first.pupil_column(1).empty());  // no birth date yet: nothing stored
  lm::KeyColumns second(plan);
  second.add(left);  // P007 passes over pupils who left: no key
  second.add(dated);
  first.append(std::move(second));
  CHECK(first.pupils() == 3);
  const auto ids = first.pupil_column(0);
  REQUIRE(ids.size() == 3);
  CHECK(ids[0] == lm::key_of("12"));
  CHECK(ids[2] == lm::key_of("12"));
  const auto born = first.pupil_column(1);
  REQUIRE(born.size() == 3);  // filled with 0 up to the second part's key
  CHECK(born[0] == 0);
  CHECK(born[1] == 0);
  CHECK(born[2] != 0);
  CHECK(first.left() == std::vector<bool>{false, true, false});
  // An empty ELEVE_ID is a value like any other (the checks count it once), never "no key".
  CHECK(lm::key_of("") != 0);
}

TEST_CASE("selections: shared keys, and the closure over ELEVE_IDs", "[low-memory]") {
  const std::vector<std::uint64_t> keys{5, 0, 7, 5, 9};
  lm::FirstRead first;
  first.pupils[0] = keys;
  first.pupil_count = keys.size();
  lm::Keep keep{std::vector<bool>(5), {}, {}};
  lm::keep_shared_pupils(first, 0, {}, keep);
  CHECK(keep.pupils == std::vector<bool>{true, false, false, true, false});
  lm::keep_shared_pupils(first, 0, {9}, keep);  // a responsable's key meets the last pupil's
  CHECK(keep.pupils == std::vector<bool>{true, false, false, true, true});
  const std::vector<bool> left{false, true, false, false, true};
  first.left = &left;
  keep.pupils.assign(5, false);
  scolint::rules::low_memory::keep_left_pupils(first, keep);
  CHECK(keep.pupils == std::vector<bool>{false, true, false, false, true});

  // Pupils 12 and 13, placements of 12, 13 and 12: keeping the second
  // placement keeps pupil 13; naming 12 keeps pupil 12 and its two placements.
  const lm::KeyPlan plan;
  lm::KeyColumns columns(plan);
  scolint::model::TextArena texts;
  for (const char* id : {"12", "13"}) {
    scolint::model::Pupil p{};
    p.eleve_id = texts.keep(id);
    columns.add(p);
  }
  for (const char* id : {"12", "13", "12"}) {
    scolint::model::Membership m{};
    m.eleve_id = texts.keep(id);
    columns.add(m);
  }
  lm::Keep closed{std::vector<bool>(2), std::vector<bool>{false, true, false}, {}};
  lm::close_selection(plan, columns, {}, {}, closed);
  CHECK(closed.pupils == std::vector<bool>{false, true});
  CHECK(closed.memberships == std::vector<bool>{false, true, false});
  lm::close_selection(plan, columns, {lm::key_of("12")}, {}, closed);
  CHECK(closed.pupils == std::vector<bool>{true, true});
  CHECK(closed.memberships == std::vector<bool>{true, true, true});
}

TEST_CASE("a key function named by two checks is one column", "[low-memory]") {
  const auto registry = scolint::rules::RuleRegistry::with_all_rules();
  std::vector<const scolint::rules::Rule*> rules;
  for (const char* code : {"P005", "P008", "R008", "A004"}) rules.push_back(registry.find(code));
  const lm::KeyPlan plan(rules);
  // ELEVE_ID: the closure's, and every one of these checks' (who left is a bit apart).
  CHECK(plan.pupil_keys().size() == 1);
  CHECK(plan.column(&lm::pupil_id) == 0);
}

TEST_CASE("for_each_text visits every Text of every record", "[low-memory]") {
  // Counted against records.hpp (the size checks in record_texts.hpp stop the
  // build when a record changes): a Text missed would stay in the scratch
  // arena of low-memory reading after its record is kept.
  auto count = [](auto record) {
    int n = 0;
    scolint::model::for_each_text(record, [&n](scolint::model::Text&) { ++n; });
    return n;
  };
  CHECK(count(scolint::model::Pupil{}) == 14);
  CHECK(count(scolint::model::Membership{}) == 3);
  CHECK(count(scolint::model::Person{}) == 12);
  CHECK(count(scolint::model::Address{}) == 9);
  CHECK(count(scolint::model::ResponsableLink{}) == 5);
  CHECK(count(scolint::model::Division{}) == 3);
  scolint::model::Group group{};
  group.divisions.resize(3);
  CHECK(count(group) == 3 + 3);
  scolint::model::Service service{};
  service.teacher_ids.resize(2);
  CHECK(count(service) == 3 + 2);
  CHECK(count(scolint::model::Staff{}) == 9);
  CHECK(count(scolint::model::Subject{}) == 2);
  CHECK(count(scolint::model::Mef{}) == 2);
  CHECK(count(scolint::model::AafStructure{}) == 1);
}
