#include "rules/names/couple_detection.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct CoupleInOneRecord {
  static constexpr RuleInfo info{
      .code = "N001",
      .slug = "couple-in-one-record",
      .severity = Severity::error,
      .summary = {.fr = "deux personnes dans une même fiche (« Guy Et Yvette », « M. MME ») : un login ENT faux",
                  .en = "two people in one record (\"Guy Et Yvette\", \"M. MME\"): a wrong ENT login"},
      // {0} field label, {1} value, {2} why (joining word, symbol or civilities), {3} whose ("du responsable « X »")
      .message = {.fr = "{0} « {1} » {3} réunit deux personnes ({2}) ; le login ENT calculé une fois pour "
                        "toutes en gardera la trace",
                  .en = "{0} \"{1}\" {3} joins two people ({2}); the ENT login, computed once and never "
                        "updated, will keep it"},
      .hint = {.fr = "dans {fiche}, ne gardez qu'une personne par fiche : "
                     "créez une fiche pour l'autre (et, pour un responsable, rattachez-la à l'élève), avant l'import "
                     "dans l'ENT",
               .en = "in {fiche}, keep one person per record: create a record "
                     "for the other one (and, for a responsable, link it to the pupil), before the ENT import"},
  };

  static void check(const model::Pupil& pupil, Reporter& out) {
    check_names(pupil.location, pupil.prenom, pupil.usage_name(), model::RecordRef::pupil(pupil.eleve_id), out);
  }
  static void check(const model::Person& person, Reporter& out) {
    check_names(person.location, person.prenom, person.usage_name(), model::RecordRef::responsable(person.personne_id),
                out, &person.civilite);
  }
  static void check(const model::Staff& staff, Reporter& out) {
    check_names(staff.location, staff.prenom, staff.usage_name(), model::RecordRef::staff(staff.id), out);
  }

 private:
  static std::string reason(const CoupleMatch& match, Language language) {
    static constexpr Phrase between_first_names{"« {0} » entre deux prénoms", "\"{0}\" between two names"};
    static constexpr Phrase between_names{"« {0} » entre deux noms", "\"{0}\" between two names"};
    static constexpr Phrase two_civilities{"deux civilités : « {0} »", "two civilities: \"{0}\""};
    switch (match.sign) {
      case CoupleSign::conjunction: return say(language, between_first_names, {match.evidence});
      case CoupleSign::symbol: return say(language, between_names, {match.evidence});
      case CoupleSign::two_civilities: return say(language, two_civilities, {match.evidence});
      case CoupleSign::none: break;
    }
    return {};
  }

  // One finding per record: the person is fixed once, whichever field shows it.
  static void check_names(const model::SourceLocation& at, const model::Field& prenom, const model::Field& nom,
                          const model::RecordRef& record, Reporter& out, const model::Field* civilite = nullptr) {
    static constexpr Phrase first_name{"le prénom", "first name"};
    static constexpr Phrase name{"le nom", "name"};
    static constexpr Phrase civility{"la civilité", "civility"};
    const model::Field* field = &prenom;
    const Phrase* label = &first_name;
    CoupleMatch match = find_couple(prenom.value, true);
    if (match.sign == CoupleSign::none) {
      match = find_couple(nom.value, false);
      field = &nom;
      label = &name;
    }
    if (match.sign == CoupleSign::none && civilite != nullptr) {
      // LC_CIVILITE "M. MME": the record was typed for a couple.
      match = find_couple(civilite->value, false);
      field = civilite;
      label = &civility;
      if (match.sign != CoupleSign::two_civilities) match = {};
    }
    if (match.sign == CoupleSign::none) return;
    out.report({.location = field->in(at),
                .args = {say(out.language(), *label), personal(PersonalKind::name, model::trim(field->value)),
                         reason(match, out.language()), who(record, nom, prenom, out.language(), true)},
                .record = record,
                .predicted_login = model::predict_login(out.login_profile(), prenom.value, nom.value)});
  }
};

}  // namespace

SCOLINT_RULE(N001, CoupleInOneRecord)

}  // namespace scolint::rules
