#include "model/ine.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct MalformedIne {
  static constexpr RuleInfo info{
      .code = "P002",
      .slug = "malformed-ine",
      .severity = Severity::error,
      .summary = {.fr = "INE qui n'a aucune des formes connues (RNIE, BEA, base 36, SIFA)",
                  .en = "INE matching none of the known shapes (RNIE, BEA, base 36, SIFA)"},
      // {0} element name, {1} value, {2} name (ELEVE_ID if blank)
      .message = {.fr = "l'INE {0} « {1} » de l'élève {2} n'a aucune des formes connues (9 chiffres + 2 "
                        "lettres, 10 chiffres + 1 lettre, base 36, SIFA)",
                  .en = "INE {0} \"{1}\" of pupil {2} matches none of the known shapes (9 digits + 2 "
                        "letters, 10 digits + 1 letter, base 36, SIFA)"},
      .hint = {.fr = "ne saisissez jamais l'INE à la main : dans SIECLE-BEE, demandez l'immatriculation ou "
                     "récupérez la fiche de l'établissement précédent",
               .en = "never type the INE by hand: in SIECLE-BEE, request the registration or transfer the record "
                     "from the previous school"},
  };

  static void check(const model::Pupil& pupil, Reporter& out) {
    const std::pair<const char*, const model::Field*> fields[]{{"ID_NATIONAL", &pupil.id_national},
                                                               {"INE_BEA", &pupil.ine_bea}};
    for (const auto& [name, field] : fields) {
      if (model::is_blank(field->value) || model::ine_shape(field->value)) continue;
      out.report(
          {.location = field->in(pupil.location),
           .args = {name, personal(PersonalKind::ine, model::trim(field->value)), quoted_name(pupil, out.language())},
           .record = model::RecordRef::pupil(pupil.eleve_id),
           .key = name});
    }
  }
};

}  // namespace

SCOLINT_RULE(P002, MalformedIne)

}  // namespace scolint::rules
