#include "rules/names/couple_detection.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

// Letters of any script, space, hyphen and apostrophes are what names are
// made of; white space problems are N004's, joining symbols N001's.
bool is_name_character(char32_t c) {
  return model::is_letter(c) || c == U' ' || c == U'-' || c == U'\'' || c == U'\u2019' || c == U'\t' ||
         c == U'\u00A0' || c == U'\u202F' || c == U'\u200B' || c == U'\uFEFF';
}

struct UnexpectedCharacterInName {
  static constexpr RuleInfo info{
      .code = "N003",
      .slug = "unexpected-character-in-name",
      .severity = Severity::warning,
      .summary = {.fr = "chiffre ou symbole dans un nom (autre que lettre, espace, - et ')",
                  .en = "digit or symbol in a name (other than letter, space, - and ')"},
      // {0} field label, {1} value, {2} character, {3} whose ("du responsable « X »")
      .message = {.fr = "{0} « {1} » {3} contient « {2} », qui n'a pas sa place dans un nom et passera dans le "
                        "login ENT",
                  .en = "{0} \"{1}\" {3} contains \"{2}\", which has no place in a name and will reach the ENT "
                        "login"},
      .hint = {.fr = "corrigez la saisie dans {fiche} avant l'import dans l'ENT",
               .en = "fix the entry in {fiche} before the ENT import"},
  };

  static void check(const NamedRecord& record, Reporter& out) {
    for (const NameField& name : record.fields()) {
      const std::string_view value = name.field->value;
      // The character first: almost every name has none, and the
      // exclusions below cost more.
      const std::string rejected = model::first_rejected(value, is_name_character);
      if (rejected.empty()) continue;
      if (find_couple(value, name.given_name).sign != CoupleSign::none) continue;
      // "M." and "MME." are civilities: N002's business.
      bool civility = false;
      std::size_t pos = 0;
      while (pos < value.size()) {
        const auto end = value.find(' ', pos);
        civility = civility || is_civility(value.substr(pos, end == std::string::npos ? end : end - pos));
        pos = end == std::string::npos ? value.size() : end + 1;
      }
      if (civility) continue;
      out.report(
          {.location = name.field->in(record.location),
           .args = {field_label(name.given_name, out.language()), personal(PersonalKind::name, model::trim(value)),
                    rejected, record.who(out.language(), true)},
           .record = record.ref(),
           .key = name.given_name ? "prenom" : "nom"});
    }
  }
};

}  // namespace

SCOLINT_RULE(N003, UnexpectedCharacterInName)

}  // namespace scolint::rules
