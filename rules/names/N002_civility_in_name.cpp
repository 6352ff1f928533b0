#include "rules/names/couple_detection.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

// One civility word in a name field. Two are N001's business (a couple).
// A bare "M" is left alone: it is also an initial.
std::string single_civility(std::string_view value) {
  std::string found;
  int count = 0;
  for_each_word(value, [&](std::string_view word, std::size_t) {
    if (!is_civility(word)) return;
    ++count;
    if (word != "M" && word != "m") found = std::string(word);
  });
  return count == 1 ? found : std::string();
}

struct CivilityInName {
  static constexpr RuleInfo info{
      .code = "N002",
      .slug = "civility-in-name",
      .severity = Severity::error,
      .summary = {.fr = "civilité (M., MME, MONSIEUR…) écrite dans le nom ou le prénom",
                  .en = "civility (M., MME, MONSIEUR...) written in the name or first name"},
      // {0} field label, {1} value, {2} civility, {3} whose ("du responsable « X »")
      .message = {.fr = "{0} « {1} » {3} contient la civilité « {2} », qui entrera dans le login ENT",
                  .en = "{0} \"{1}\" {3} contains the civility \"{2}\", which will go into the ENT login"},
      .hint = {.fr = "dans {fiche}, retirez la civilité du nom ou du prénom et choisissez-la dans "
                     "le champ Civilité, avant l'import dans l'ENT",
               .en = "in {fiche}, remove the civility from the name and pick it in the Civility "
                     "field, before the ENT import"},
  };

  static void check(const NamedRecord& record, Reporter& out) {
    for (const NameField& name : record.fields()) {
      const std::string civility = single_civility(name.field->value);
      if (civility.empty()) continue;
      // N001 already reports a field with two civilities or a joining word.
      if (find_couple(name.field->value, name.given_name).sign != CoupleSign::none) continue;
      out.report(
          {.location = name.field->in(record.location),
           .args = {field_label(name.given_name, out.language()),
                    personal(PersonalKind::name, model::trim(name.field->value)), civility,
                    record.who(out.language(), true)},
           .record = record.ref(),
           .key = name.given_name ? "prenom" : "nom",
           .predicted_login = model::predict_login(out.login_profile(), record.prenom->value, record.nom->value)});
      return;
    }
  }
};

}  // namespace

SCOLINT_RULE(N002, CivilityInName)

}  // namespace scolint::rules
