#include "rules/rule_kit.hpp"
#include "rules/structures/structure_text.hpp"

namespace scolint::rules {
namespace {

struct DivisionCodeInvalidCharacter {
  // Characters accepted beyond letters, digits, space, - and _.
  static constexpr OptionSpec options[]{{.name = "extra_characters", .text = true, .default_text = ""}};
  static constexpr RuleInfo info{
      .code = "S004",
      .slug = "division-code-invalid-character",
      .severity = Severity::warning,
      .summary = {.fr = "code de division avec un caractère autre que lettre, chiffre, espace, - ou _",
                  .en = "division code with a character other than letter, digit, space, - or _"},
      // {0} code, {1} the first rejected character
      .message = {.fr = "le code de division « {0} » contient « {1} » ; les outils en aval (emploi du temps, ENT) "
                        "n'acceptent que lettres sans accent, chiffres, espace, - et _",
                  .en = "division code \"{0}\" contains \"{1}\"; downstream tools (timetable, ENT) accept only "
                        "unaccented letters, digits, space, - and _"},
      .hint = {.fr = "renommez la division dans STS-Web (Structures > Divisions) avant la bascule, puis refaites "
                     "les exports",
               .en = "rename the division in STS-Web (Structures > Divisions) before the rollover, then export "
                     "again"},
      .options = options,
  };

  static void check(const model::Division& division, Reporter& out) {
    if (division.origin == model::Origin::ent_csv) return;  // an ENT or ONDE class never goes through STS-Web
    const std::string extra = out.text_option("extra_characters");
    const std::string rejected =
        model::first_rejected(division.code, [&extra](char32_t c) { return is_allowed_code_character(c, extra); });
    if (rejected.empty()) return;
    out.report({.location = division.location,
                .args = {division.code.str(), rejected},
                .record = model::RecordRef::structure(true, division.code)});
  }
};

}  // namespace

SCOLINT_RULE(S004, DivisionCodeInvalidCharacter)

}  // namespace scolint::rules
