// Reading one large SIECLE export with several threads (formats/split_plan.hpp):
// where a file is cut, how lines are counted, and that a split never changes
// the report, even when a cut lands somewhere it must not.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>

#include <scolint/report.hpp>

#include "formats/split_plan.hpp"
#include "support.hpp"

using namespace scolint::test;
using scolint::formats::count_byte;
using scolint::formats::count_line_breaks;
using scolint::formats::plan_split;

namespace {

// A pupils' export written as SIECLE writes it (Latin-9, one element per
// line), with findings all along: no INE every 7th pupil, an accent in every
// 5th name, twins every 11th, a division name too long for STS.
std::string siecle(int pupils, std::string_view eol = "\n") {
  std::string out = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>" + std::string(eol);
  auto line = [&](std::size_t indent, const std::string& text) {
    out += std::string(indent, ' ') + text + std::string(eol);
  };
  line(0, "<BEE_ELEVES VERSION=\"3.2\">");
  line(2, "<PARAMETRES>");
  line(4, "<UAJ>0999999F</UAJ>");
  line(4, "<DATE_EXPORT>02/09/2026</DATE_EXPORT>");
  line(2, "</PARAMETRES>");
  line(2, "<DONNEES>");
  line(4, "<ELEVES>");
  for (int i = 0; i < pupils; ++i) {
    const std::string id = std::to_string(1000 + i);
    const int twin = i % 11 == 1 ? i - 1 : i;
    line(6, "<ELEVE ELEVE_ID=\"" + id + "\" ELENOET=\"" + id + "\">");
    if (i % 7 != 3) line(8, "<ID_NATIONAL>1234" + std::to_string(50000 + i) + "FG</ID_NATIONAL>");
    line(8, "<NOM_DE_FAMILLE>NOM" + std::to_string(twin) + (i % 5 == 0 ? "\xC9" : "") + "</NOM_DE_FAMILLE>");
    line(8, "<PRENOM>Pr\xE9nom" + std::to_string(twin % 13) + "</PRENOM>");
    line(8, "<DATE_NAISS>1" + std::to_string(twin % 9) + "/03/2014</DATE_NAISS>");
    line(8, "<CODE_SEXE>" + std::to_string(1 + i % 2) + "</CODE_SEXE>");
    line(8, "<CODE_MEF>10010012110</CODE_MEF>");
    line(8, "<DATE_ENTREE>01/09/2025</DATE_ENTREE>");
    line(6, "</ELEVE>");
  }
  line(4, "</ELEVES>");
  line(4, "<STRUCTURES>");
  for (int i = 0; i < pupils; ++i) {
    line(6, "<STRUCTURES_ELEVE ELEVE_ID=\"" + std::to_string(1000 + i) + "\">");
    line(8, std::string("<STRUCTURE><CODE_STRUCTURE>") + (i % 17 == 0 ? "3EME-EUROPE" : "3A") +
                "</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE>");
    line(6, "</STRUCTURES_ELEVE>");
  }
  line(4, "</STRUCTURES>");
  line(2, "</DONNEES>");
  line(0, "</BEE_ELEVES>");
  return out;
}

// An AAF drop with pupils, an establishment record among them (its UAI is
// the file's UAJ) and findings all along: classes and groups used in every
// part (each becomes a class record once), a bad relation every 9th pupil,
// an unknown attribute every 13th, a $ layout error every 10th.
std::string aaf(int pupils, std::string_view root = "<ficAlimMENESR>") {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE ficAlimMENESR SYSTEM \"ficAlimMENESR.dtd\">\n";
  out += std::string(root) + "\n";
  auto attr = [](const std::string& name, const std::string& value) {
    return "<attr name=\"" + name + "\"><value>" + value + "</value></attr>";
  };
  for (int i = 0; i < pupils; ++i) {
    const std::string id = std::to_string(9100000 + i);
    if (i == pupils / 2 + 3) {
      out += "<addRequest>\n<operationalAttributes>" + attr("categoriePersonne", "EtabEducNat") +
             "</operationalAttributes>\n<identifier><id>0999999F</id></identifier>\n<attributes>" +
             attr("ENTStructureUAI", "0999999F") + "</attributes>\n</addRequest>\n";
    }
    out += "<addRequest>\n<operationalAttributes>" + attr("categoriePersonne", "Eleve") + "</operationalAttributes>\n";
    out += "<identifier><id>" + id + "</id></identifier>\n<attributes>";
    out += attr("ENTPersonJointure", id) + attr("ENTPersonDateNaissance", "1" + std::to_string(i % 9) + "/03/2014");
    out += attr("sn", "NOM" + std::to_string(i % 37)) + attr("givenName", "Pr\xC3\xA9nom" + std::to_string(i % 13));
    out += attr("ENTEleveClasses", "0999999F$" + std::string(i % 3 == 0 ? "6A" : i % 3 == 1 ? "6B" : "5EME-EUROPE"));
    out += attr("ENTEleveGroupes", i % 10 == 4 ? "0999999F$LATIN$X" : "0999999F$LATIN");
    out += attr("ENTElevePersRelEleve", "92" + id + "$10$1$" + (i % 9 == 2 ? "3" : "1") + "$1$1");
    if (i % 13 == 5) out += attr("ENTInconnu", "x");
    out += "</attributes>\n</addRequest>\n";
  }
  return out + "</ficAlimMENESR>\n";
}

// The whole report as the CLI would print it.
std::string report_of(const Files& files, unsigned threads, std::uint64_t split_min_bytes) {
  scolint::Options options;
  options.language = scolint::Language::en;
  options.threads = threads;
  options.split_min_bytes = split_min_bytes;
  const auto report = lint(files, options);
  return scolint::render_json(report) + scolint::render_text(report, {});
}

std::uint64_t breaks(const std::string& bytes) {
  return count_line_breaks(*scolint::io::memory_random_access(bytes), bytes.size()).value();
}

}  // namespace

TEST_CASE("bytes are counted eight at a time as std::count counts them", "[split]") {
  std::mt19937 random(7);
  for (const std::size_t size : {0U, 1U, 7U, 8U, 9U, 2039U, 2040U, 2041U, 4096U, 70000U}) {
    for (const int density : {0, 1, 50, 100}) {  // percent of '\n' bytes
      std::string bytes(size, 'a');
      for (char& byte : bytes) {
        const auto roll = static_cast<int>(random() % 100);
        byte = roll < density ? '\n' : static_cast<char>(random() % 256);
      }
      CAPTURE(size, density);
      CHECK(count_byte(bytes, '\n') == static_cast<std::uint64_t>(std::count(bytes.begin(), bytes.end(), '\n')));
      CHECK(count_byte(bytes, '\x80') == static_cast<std::uint64_t>(std::count(bytes.begin(), bytes.end(), '\x80')));
    }
  }
}

TEST_CASE("a SIECLE pupils' export is cut at pupil boundaries, at the start of a line", "[split]") {
  const std::string file = siecle(300);
  const auto plan = plan_split(*scolint::io::memory_random_access(file), 3);
  REQUIRE(plan);
  REQUIRE(plan->cuts.size() == 2);
  CHECK(plan->cuts[0] < plan->cuts[1]);
  for (const auto cut : plan->cuts) {
    CHECK(file[cut - 1] == '\n');
    CHECK(file.substr(cut, 13) == "      <ELEVE ");
  }
  CHECK(plan->head.ends_with("<ELEVES>\n"));
  CHECK(plan->head_lines == 8);
  CHECK(plan->open_path == std::vector<std::string>{"BEE_ELEVES", "DONNEES", "ELEVES"});
}

TEST_CASE("files whose records depend on earlier ones are not cut", "[split]") {
  auto planned = [](const std::string& bytes, unsigned parts = 2) {
    return plan_split(*scolint::io::memory_random_access(bytes), parts).has_value();
  };
  CHECK_FALSE(planned(siecle(50), 1));
  CHECK_FALSE(planned(sts_divisions("<DIVISION CODE=\"3A\"/>")));
  CHECK_FALSE(planned(responsables(person("1", "A", "B"))));
  CHECK_FALSE(planned("Nom;Prénom\nA;B\n"));
  CHECK_FALSE(planned("<BEE_ELEVES><DONNEES><ELEVES><ELEVE ELEVE_ID=\"1\"/></ELEVES></DONNEES></BEE_ELEVES>"));
  // A head that is not well-formed up to the container: read whole.
  CHECK_FALSE(planned("<BEE_ELEVES><PARAMETRES></BEE_ELEVES><ELEVES>\n<ELEVE A=\"1\"/>\n</ELEVES>"));
  // Records before the container would be read again by every part.
  std::string structures_first = siecle(50);
  const auto structures = structures_first.find("    <STRUCTURES>");
  const auto section = structures_first.substr(structures, structures_first.find("  </DONNEES>") - structures);
  structures_first.erase(structures, section.size());
  structures_first.insert(structures_first.find("    <ELEVES>"), section);
  CHECK(planned(siecle(50)));
  CHECK_FALSE(planned(structures_first));
}

TEST_CASE("an AAF drop is cut at addRequest boundaries, its root may carry attributes", "[split]") {
  for (const std::string_view root : {"<ficAlimMENESR>", "<ficAlimMENESR xmlns:xsi=\"urn:x\">"}) {
    const std::string file = aaf(200, root);
    const auto plan = plan_split(*scolint::io::memory_random_access(file), 2);
    REQUIRE(plan);
    REQUIRE(plan->cuts.size() == 1);
    CHECK(file.substr(plan->cuts[0], 12) == "<addRequest>");
    CHECK(file[plan->cuts[0] - 1] == '\n');
    CHECK(plan->head.ends_with(std::string(root) + "\n"));
    CHECK(plan->open_path == std::vector<std::string>{"ficAlimMENESR"});
  }
}

TEST_CASE("line breaks are counted as expat counts them", "[split]") {
  CHECK(breaks("") == 0);
  CHECK(breaks("a\nb\n") == 2);
  CHECK(breaks("a\r\nb\r\n") == 2);
  CHECK(breaks("a\rb\r") == 2);
  CHECK(breaks("\r\r\n\n") == 3);
  // A CR LF pair across the 1 MiB blocks the count reads.
  const std::string across = std::string((1U << 20U) - 1, 'x') + "\r\n" + "y\r";
  CHECK(breaks(across) == 2);
  const std::string lone = std::string((1U << 20U) - 1, 'x') + "\rz";
  CHECK(breaks(lone) == 1);
}

TEST_CASE("a split file gives the same report, byte for byte, as a file read whole", "[split][properties]") {
  const auto check = [](const std::string& bytes) {
    const Files files{{"ElevesSansAdresses.xml", bytes}, {"small.xml", siecle(3)}};
    const std::string whole = report_of(files, 1, 0);
    REQUIRE(whole.size() > 1000);
    for (const unsigned threads : {2U, 3U, 8U}) {
      INFO(threads << " threads");
      CHECK(report_of(files, threads, 0) == whole);
    }
  };
  SECTION("LF") { check(siecle(400)); }
  SECTION("CR LF") { check(siecle(400, "\r\n")); }
  SECTION("a cut inside a comment: the parts fail, the file is read whole") {
    std::string comment = "<!-- withdrawn pupils\n";
    for (int i = 0; i < 400; ++i) comment += "      <ELEVE ELEVE_ID=\"9" + std::to_string(i) + "\">\n";
    comment += "-->\n";
    std::string file = siecle(400);
    // Just before the pupil nearest the middle: the cut lands inside the comment.
    file.insert(file.rfind("      <ELEVE ", file.size() / 2), comment);
    const auto plan = plan_split(*scolint::io::memory_random_access(file), 2);
    REQUIRE(plan);
    const auto opens = file.find("<!--");
    CHECK(plan->cuts[0] > opens);
    CHECK(plan->cuts[0] < file.find("-->", opens));
    check(file);
  }
  SECTION("truncated: the last part fails, the error is at its place in the file") {
    const std::string file = siecle(400);
    check(file.substr(0, file.size() * 3 / 4));
  }
  SECTION("a pupil nested where no pupil belongs") {
    std::string file = siecle(400);
    const auto at = file.find("      <ELEVE ", file.size() / 2);
    file.insert(at, "      <AUTRE>\n");
    file.insert(file.find("    </ELEVES>"), "      </AUTRE>\n");
    check(file);
  }
  SECTION("the memberships written before the pupils (found by fuzz/xml_read): read whole") {
    std::string file = siecle(400);
    const auto structures = file.find("    <STRUCTURES>");
    const auto section = file.substr(structures, file.find("  </DONNEES>") - structures);
    file.erase(structures, section.size());
    file.insert(file.find("    <ELEVES>"), section);
    check(file);
  }
}

TEST_CASE("a split AAF drop gives the same report as a drop read whole", "[split][properties]") {
  const Files files{{"ENT_0999999F_Complet_20260902_Eleve_0000.xml", aaf(300)}};
  const std::string whole = report_of(files, 1, 0);
  // The findings the parts must not repeat or lose: a class record per code
  // (S001 on the long name, once), relations, unknown attributes, layouts.
  for (const char* code : {"\"S001\"", "\"A008\"", "\"A006\"", "\"A002\""}) {
    INFO(code);
    CHECK(whole.find(code) != std::string::npos);
  }
  CHECK(whole.find("(1 ") == std::string::npos);  // nothing reported as a single record by mistake
  for (const unsigned threads : {2U, 3U, 8U}) {
    INFO(threads << " threads");
    CHECK(report_of(files, threads, 0) == whole);
  }
}

TEST_CASE("a large file is read whole when the run has one thread or is below the threshold", "[split]") {
  const Files files{{"ElevesSansAdresses.xml", siecle(200)}};
  CHECK(report_of(files, 2, std::uint64_t{1} << 30U) == report_of(files, 1, 0));
}
