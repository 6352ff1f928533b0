#include "rules/rule_kit.hpp"
#include "rules/structures/structure_text.hpp"

namespace scolint::rules {
namespace {

struct DivisionCodeTooLong {
  static constexpr OptionSpec options[]{{"max_length", 8, 1, 255}};  // seed 002: "8 caractères maximum"
  static constexpr RuleInfo info{
      .code = "S001",
      .slug = "division-code-too-long",
      .severity = Severity::error,
      .summary = {.fr = "code de division de plus de 8 caractères", .en = "division code longer than 8 characters"},
      // {0} code, {1} length, {2} limit
      .message = {.fr = "le code de division « {0} » fait {1} caractères ; STS-Web et l'ENT en acceptent {2} au plus",
                  .en = "division code \"{0}\" is {1} characters long; STS-Web and the ENT accept at most {2}"},
      .hint = {.fr = "renommez la division dans STS-Web (Structures > Divisions) avant le profilage des "
                     "nomenclatures, puis refaites les exports",
               .en = "rename the division in STS-Web (Structures > Divisions) before profiling the nomenclatures, "
                     "then export again"},
      .options = options,
  };

  static void check(const model::Division& division, Reporter& out) {
    if (division.origin == model::Origin::ent_csv) return;  // an ENT or ONDE class never goes through STS-Web
    // Code points, not bytes: "3ÈME EUR" is 8 characters but 9 UTF-8 bytes.
    const auto length = model::code_point_count(division.code);
    const auto limit = static_cast<std::size_t>(out.option("max_length"));
    if (length <= limit) return;
    out.report({.location = division.location,
                .args = {division.code.str(), std::to_string(length), std::to_string(limit)},
                .record = model::RecordRef::structure(true, division.code)});
  }
};

}  // namespace

SCOLINT_RULE(S001, DivisionCodeTooLong)

}  // namespace scolint::rules
