// The JSON report writes its entries directly; these tests hold it to what
// nlohmann::ordered_json::dump writes for the same entries (the writer it
// replaced), byte for byte, on awkward strings: escapes, control characters,
// every kind of invalid UTF-8, characters up to U+10FFFF.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <ostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <scolint/report.hpp>

#include "report/json_text.hpp"

namespace {

using Json = nlohmann::ordered_json;

std::string dumped(const Json& value) { return value.dump(-1, ' ', false, Json::error_handler_t::replace); }

Json subject_json(const scolint::Subject& s) {
  Json out = Json::object();
  for (const auto& [key, value] : {std::pair{"kind", &s.kind}, std::pair{"id", &s.id}, std::pair{"name", &s.name},
                                   std::pair{"division", &s.division}, std::pair{"relation", &s.relation}}) {
    if (!value->empty()) out[key] = *value;
  }
  if (!s.related.empty()) {
    Json related = Json::array();
    for (const auto& r : s.related) related.push_back(subject_json(r));
    out[s.kind == "address" ? "residents" : "children"] = std::move(related);
  }
  if (s.more > 0) out["more"] = s.more;
  return out;
}

// Each entry of the report as nlohmann dumps it, indented as inside the document.
std::string reference_entry(const scolint::Diagnostic& d) {
  Json entry{{"code", d.code}, {"rule", d.rule}, {"severity", scolint::severity_name(d.severity)}};
  entry["file"] = d.location.file;
  entry["line"] = d.location.line;
  entry["column"] = d.location.column;
  entry["message"] = d.message;
  if (!d.hint.empty()) entry["hint"] = d.hint;
  if (!d.record.empty()) entry["record"] = d.record;
  if (!d.related.empty()) {
    Json related = Json::array();
    for (const auto& at : d.related)
      related.push_back(Json{{"file", at.file}, {"line", at.line}, {"column", at.column}});
    entry["related"] = std::move(related);
  }
  if (!d.predicted_login.empty()) entry["predicted_login"] = d.predicted_login;
  if (!d.division.empty()) entry["division"] = d.division;
  if (!d.subject.kind.empty()) entry["subject"] = subject_json(d.subject);
  entry["fingerprint"] = d.fingerprint;
  std::string out = "    ";
  for (const char c : entry.dump(2, ' ', false, Json::error_handler_t::replace)) {
    out += c;
    if (c == '\n') out += "    ";
  }
  return out;
}

// Strings a fuzzer would try: mostly text, with bytes from every UTF-8 class.
std::string awkward(std::mt19937& random) {
  static const std::vector<std::string> pieces{"DUPONT",
                                               "é",
                                               "« »",
                                               "\"",
                                               "\\",
                                               "\n",
                                               "\t",
                                               std::string(1, '\0'),
                                               "\x01",
                                               "\x1f",
                                               "\x7f",
                                               "€",
                                               "😀",
                                               "\xc3",                  // truncated sequence
                                               "\xc0\xaf",              // overlong "/"
                                               "\xe0\x80\xaf",          // overlong, three bytes
                                               "\xed\xa0\x80",          // surrogate
                                               "\xf4\x90\x80\x80",      // past U+10FFFF
                                               "\xf8\x88\x80\x80\x80",  // five bytes
                                               "\x80",
                                               "\xbf",
                                               "\xfe",
                                               "\xff",
                                               "\xef\xbf\xbd",
                                               "\xf4\x8f\xbf\xbf",
                                               "\xe2\x82",
                                               " ",
                                               "ELEVE_ID=12"};
  std::uniform_int_distribution<std::size_t> count(0, 6);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::string out;
  for (std::size_t i = count(random); i > 0; --i) out += pieces[pick(random)];
  return out;
}

}  // namespace

TEST_CASE("JSON strings are copied only when nlohmann would copy them", "[report][json]") {
  std::mt19937 random(20261123);
  for (int i = 0; i < 20000; ++i) {
    const std::string text = awkward(random);
    std::string written;
    scolint::report::append_json_string(written, text);
    INFO("input: " << dumped(Json::binary(std::vector<std::uint8_t>(text.begin(), text.end()))));
    REQUIRE(written == dumped(Json(text)));
  }
  CHECK(scolint::report::copies_verbatim("Zoé « Léa » 😀 \xf4\x8f\xbf\xbf"));
  CHECK_FALSE(scolint::report::copies_verbatim("\xed\xa0\x80"));
  CHECK_FALSE(scolint::report::copies_verbatim("a\"b"));
  CHECK_FALSE(scolint::report::copies_verbatim("\xe2\x82"));
}

TEST_CASE("JSON report entries are the bytes nlohmann would write", "[report][json]") {
  std::mt19937 random(7);
  scolint::Report report;
  std::string expected;
  for (int i = 0; i < 500; ++i) {
    scolint::Diagnostic d;
    d.code = "L001";
    d.rule = awkward(random);
    d.severity = static_cast<scolint::Severity>(i % 3);
    d.location = {awkward(random), static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i * 7 % 13)};
    d.message = awkward(random);
    if (i % 2 == 0) d.hint = awkward(random);
    if (i % 3 == 0) d.record = awkward(random);
    for (int r = 0; r < i % 4; ++r) d.related.push_back({awkward(random), 4000000000U, static_cast<std::uint32_t>(r)});
    if (i % 5 == 0) d.predicted_login = awkward(random);
    if (i % 7 == 0) d.division = awkward(random);
    if (i % 3 == 0) {
      d.subject = {.kind = i % 2 == 0 ? "responsable" : "address", .id = awkward(random), .name = awkward(random)};
      for (int c = 0; c < i % 4; ++c) {
        d.subject.related.push_back({.kind = "pupil",
                                     .id = awkward(random),
                                     .name = awkward(random),
                                     .division = awkward(random),
                                     .relation = c % 2 == 0 ? "mother" : ""});
      }
      d.subject.more = static_cast<std::uint32_t>(i % 5);
    } else if (i % 3 == 1) {
      d.subject = {.kind = "pupil", .id = awkward(random), .name = awkward(random), .division = awkward(random)};
    }
    d.fingerprint = "0123456789abcdef";
    expected += reference_entry(d);
    expected += i + 1 < 500 ? ",\n" : "\n";
    report.diagnostics.push_back(std::move(d));
  }
  const std::string json = scolint::render_json(report);
  const auto begin = json.find("  \"diagnostics\": [\n");
  REQUIRE(begin != std::string::npos);
  const auto entries = begin + std::string("  \"diagnostics\": [\n").size();
  const auto end = json.find("  ],\n  \"summary\"", entries);
  REQUIRE(end != std::string::npos);
  CHECK(json.substr(entries, end - entries) == expected);
  CHECK_NOTHROW(Json::parse(json));
}

namespace {
// Records the size of every write the report makes to its stream.
class CountingBuffer : public std::stringbuf {
 public:
  std::vector<std::streamsize> writes;

 protected:
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    writes.push_back(n);
    return std::stringbuf::xsputn(s, n);
  }
};
}  // namespace

TEST_CASE("the JSON report is written in bounded pieces, the same bytes as the whole", "[report][json]") {
  std::mt19937 random(11);
  scolint::Report report;
  std::string expected;
  constexpr int count = 3000;  // about 3 MB: several pieces of 1 MiB
  for (int i = 0; i < count; ++i) {
    scolint::Diagnostic d;
    d.code = "P001";
    d.rule = "pupil-without-ine";
    d.location = {"ElevesSansAdresses.xml", static_cast<std::uint32_t>(i + 1), 3};
    d.message = std::string(900, 'x') + awkward(random);
    d.fingerprint = std::to_string(i);
    expected += reference_entry(d);
    expected += i + 1 < count ? ",\n" : "\n";
    report.diagnostics.push_back(std::move(d));
  }
  CountingBuffer buffer;
  std::ostream out(&buffer);
  scolint::write_json(report, out);
  const std::string json = buffer.str();
  CHECK(json == scolint::render_json(report));
  const auto entries = json.find("  \"diagnostics\": [\n") + std::string("  \"diagnostics\": [\n").size();
  CHECK(json.substr(entries, json.find("  ],\n  \"summary\"") - entries) == expected);
  CHECK(buffer.writes.size() >= 3);
  for (const std::streamsize n : buffer.writes) CHECK(n < (std::streamsize{1} << 20) + 8192);
  CHECK(Json::parse(json)["diagnostics"].size() == count);
}
