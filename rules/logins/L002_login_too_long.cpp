#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct LoginTooLong {
  static constexpr OptionSpec options[]{{"max_length", 40, 8, 255}};
  static constexpr RuleInfo info{
      .code = "L002",
      .slug = "login-too-long",
      .severity = Severity::warning,
      .summary = {.fr = "login ENT prévu de plus de 40 caractères",
                  .en = "predicted ENT login longer than 40 characters"},
      // {0} who ("l'élève « DAVID Léa »"), {1} login, {2} length, {3} limit
      .message = {.fr = "{0} aurait le login « {1} » ({2} caractères, plus de {3}) : difficile à saisir, parfois "
                        "tronqué",
                  .en = "{0} would get the login \"{1}\" ({2} characters, more than {3}): hard to type, sometimes "
                        "truncated"},
      .hint = {.fr = "vérifiez les prénoms et noms dans {fiche} : prénoms secondaires ou nom composé saisis "
                     "dans le mauvais champ ?",
               .en = "check the names in {fiche}: second first names or a compound name in the wrong field?"},
      .options = options,
      .uses_logins = true,
  };

  // A record check: the engine predicted the login while reading (empty for
  // a blank name or a pupil who left). A person in two files gives one
  // finding, the second place joining it (same fingerprint).
  static void check(const model::Pupil& pupil, Reporter& out) {
    if (pupil.login.size() <= limit(out)) return;
    check(pupil.login, model::RecordRef::pupil(pupil.eleve_id),
          who(Who::pupil, quoted_name(pupil, out.language()), out.language(), false), pupil.location, out);
  }
  static void check(const model::Person& person, Reporter& out) {
    if (person.login.size() <= limit(out)) return;
    check(person.login, model::RecordRef::responsable(person.personne_id),
          who(Who::responsable, quoted_name(person, out.language()), out.language(), false), person.location, out);
  }
  static void check(const model::Staff& staff, Reporter& out) {
    if (staff.login.size() <= limit(out)) return;
    check(staff.login, model::RecordRef::staff(staff.id),
          who(Who::staff, quoted_name(staff, out.language()), out.language(), false), staff.location, out);
  }

  static std::size_t limit(const Reporter& out) { return static_cast<std::size_t>(out.option("max_length")); }

  static void check(model::Text login, model::RecordRef record, std::string who, model::SourceLocation location,
                    Reporter& out) {
    out.report({.location = location,
                .args = {std::move(who), personal(PersonalKind::login, login.str()), std::to_string(login.size()),
                         std::to_string(limit(out))},
                .record = std::move(record),
                .predicted_login = login.str()});
  }
};

}  // namespace

SCOLINT_RULE(L002, LoginTooLong)

}  // namespace scolint::rules
