#include "model/ine.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct IneCheckKey {
  // The BEA key is the UAI key (verified); the RNIE one is a hypothesis that
  // one dummy value contradicts (formats/SIECLE_STS.md §4): opt-in, so that
  // a wrong guess cannot flood a real export with warnings.
  static constexpr OptionSpec options[]{{"rnie", 0, 0, 1}};
  static constexpr RuleInfo info{
      .code = "P010",
      .slug = "ine-check-key",
      .severity = Severity::warning,
      .summary = {.fr = "INE dont la clé de contrôle ne correspond pas (algorithme non officiel)",
                  .en = "INE whose check key does not match (unofficial algorithm)"},
      // {0} value, {1} expected key, {2} name (ELEVE_ID if blank)
      .message = {.fr = "l'INE « {0} » de l'élève {2} se termine par une clé différente de « {1} » : "
                        "erreur de saisie probable",
                  .en = "INE \"{0}\" of pupil {2} does not end with the expected key \"{1}\": probably "
                        "mistyped"},
      .hint = {.fr = "comparez l'INE avec un document officiel de l'élève (bulletin, relevé de notes) ou "
                     "récupérez la fiche de l'établissement précédent dans SIECLE-BEE",
               .en = "compare the INE with an official document of the pupil or transfer the record from the "
                     "previous school in SIECLE-BEE"},
      .options = options,
  };

  static void check(const model::Pupil& pupil, Reporter& out) {
    for (const model::Field* field : {&pupil.id_national, &pupil.ine_bea}) {
      const auto expected = model::ine_expected_key(field->value);
      if (!expected) continue;
      if (expected->size() == 2 && out.option("rnie") == 0) continue;  // RNIE keys are two letters
      const std::string value = model::normalise_ine(field->value);
      if (value.ends_with(*expected)) continue;
      out.report({.location = field->in(pupil.location),
                  .args = {personal(PersonalKind::ine, value), *expected, quoted_name(pupil, out.language())},
                  .record = model::RecordRef::pupil(pupil.eleve_id),
                  .key = value.size() == 11 && value[9] >= 'A' ? "rnie" : "bea"});
    }
  }
};

}  // namespace

SCOLINT_RULE(P010, IneCheckKey)

}  // namespace scolint::rules
