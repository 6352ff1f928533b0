#include <catch2/catch.hpp>

#include "support.hpp"

using namespace scolint::test;

namespace {
const std::string siecle = eleves(pupil("1", "UN", "A", "01/01/2014") + pupil("2", "DEUX", "B", "01/01/2014"),
                                  in_division("1", "3 B") + in_division("2", "3 B"));
}

TEST_CASE("X001 fires once per SIECLE division unknown to STS, counting pupils and suggesting a near match", "[rules][X001]") {
  const auto found = findings("X001", {{"e.xml", siecle}, {"s.xml", sts_divisions(R"(<DIVISION CODE="3B"/>)")}},
                              {.language = scolint::Language::en});
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("(2 pupil(s)") != std::string::npos);
  CHECK(found[0].message.find("STS-Web has \"3B\"") != std::string::npos);
}

TEST_CASE("X001 is quiet when STS defines the division", "[rules][X001]") {
  CHECK_FALSE(fires("X001", {{"e.xml", siecle}, {"s.xml", sts_divisions(R"(<DIVISION CODE="3 B"/>)")}}));
}

TEST_CASE("X001 does not run without an STS export, and says so", "[rules][X001]") {
  scolint::Options options;
  options.select = {"X001"};
  const auto report = lint({{"e.xml", siecle}}, options);
  CHECK(report.diagnostics.empty());
  REQUIRE(report.skipped_checks.size() == 1);
  CHECK(report.skipped_checks[0].code == "X001");
  CHECK(report.skipped_checks[0].missing == std::vector<std::string>{"sts-emp"});
}
