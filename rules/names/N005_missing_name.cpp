#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct MissingName {
  static constexpr model::Column reads[]{model::Column::names};
  static constexpr RuleInfo info{
      .code = "N005",
      .slug = "missing-name",
      .severity = Severity::error,
      .summary = {.fr = "nom ou prénom vide : pas de login ENT possible",
                  .en = "empty name or first name: no ENT login"},
      // {0} what is missing, {1} who ("l'élève « X »")
      .message = {.fr = "{1} n'a pas de {0} ; l'ENT ne peut pas lui calculer de login",
                  .en = "{1} has no {0}; the ENT cannot compute a login for them"},
      .hint = {.fr = "complétez la saisie dans {fiche} avant l'import dans l'ENT",
               .en = "complete the entry in {fiche} before the ENT import"},
      .reads = reads,
  };

  // Pupils who left are not checked: no account will be created for them.
  static void check(const model::Pupil& r, Reporter& out) {
    if (!r.left) check_record(named(r), out);
  }
  static void check(const model::Person& r, Reporter& out) { check_record(named(r), out); }
  static void check(const model::Staff& r, Reporter& out) { check_record(named(r), out); }

 private:
  static void check_record(const NamedRecord& record, Reporter& out) {
    static constexpr Phrase neither{"nom ni de prénom", "name and no first name"};
    static constexpr Phrase name{"nom", "name"};
    static constexpr Phrase first_name{"prénom", "first name"};
    const bool no_name = model::is_blank(record.nom->value);
    const bool no_first = model::is_blank(record.prenom->value);
    if (!no_name && !no_first) return;
    const std::string what = say(out.language(), no_name && no_first ? neither : no_name ? name : first_name);
    out.report(
        {.location = record.location, .args = {what, record.who(out.language(), false)}, .record = record.ref()});
  }
};

}  // namespace

SCOLINT_RULE(N005, MissingName)

}  // namespace scolint::rules
