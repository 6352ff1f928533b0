#include "model/date.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct InvalidBirthDate {
  static constexpr model::Column reads[]{model::Column::pupil_birth_date};
  static constexpr RuleInfo info{
      .code = "P006",
      .slug = "invalid-birth-date",
      .severity = Severity::error,
      .summary = {.fr = "date de naissance d'élève absente, illisible ou impossible",
                  .en = "pupil birth date missing, unreadable or impossible"},
      // {0} name (ELEVE_ID if blank), {1} value or a word for "empty"
      .message = {.fr = "l'élève {0} a une date de naissance {1} ; elle sert à identifier l'élève et à "
                        "distinguer les homonymes",
                  .en = "pupil {0} has a birth date {1}; it identifies the pupil and tells homonyms apart"},
      .hint = {.fr = "corrigez la date (JJ/MM/AAAA) sur la fiche de l'élève dans SIECLE-BEE",
               .en = "fix the date (DD/MM/YYYY) on the pupil's record in SIECLE-BEE"},
      .reads = reads,
  };

  static void check(const model::Pupil& pupil, Reporter& out) {
    if (pupil.left) return;
    const std::string_view value = model::trim(pupil.date_naissance.value);
    if (!value.empty() && model::parse_siecle_date(value)) return;
    static constexpr Phrase empty{"vide", "that is empty"};
    static constexpr Phrase invalid{"invalide « {0} »", "\"{0}\" that is not a date"};
    const std::string shown = value.empty() ? say(out.language(), empty)
                                            : say(out.language(), invalid, {personal(PersonalKind::date, value)});
    const model::SourceLocation at = value.empty() ? pupil.location : pupil.date_naissance.in(pupil.location);
    out.report({.location = at,
                .args = {quoted_name(pupil, out.language()), shown},
                .record = model::RecordRef::pupil(pupil.eleve_id)});
  }
};

}  // namespace

SCOLINT_RULE(P006, InvalidBirthDate)

}  // namespace scolint::rules
