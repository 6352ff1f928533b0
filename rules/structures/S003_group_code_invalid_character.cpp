#include "rules/rule_kit.hpp"
#include "rules/structures/structure_text.hpp"

namespace scolint::rules {
namespace {

struct GroupCodeInvalidCharacter {
  // Characters accepted beyond letters, digits, space, - and _ (none for STS-Web, seed 002).
  static constexpr OptionSpec options[]{{.name = "extra_characters", .text = true, .default_text = ""}};
  static constexpr RuleInfo info{
      .code = "S003",
      .slug = "group-code-invalid-character",
      .severity = Severity::error,
      .summary = {.fr = "code de groupe avec un caractère autre que lettre, chiffre, espace, - ou _",
                  .en = "group code with a character other than letter, digit, space, - or _"},
      // {0} code, {1} the first rejected character
      .message = {.fr = "le code de groupe « {0} » contient « {1} » ; STS-Web n'accepte que lettres sans accent, "
                        "chiffres, espace, - et _",
                  .en = "group code \"{0}\" contains \"{1}\"; STS-Web accepts only unaccented letters, digits, "
                        "space, - and _"},
      .hint = {.fr = "renommez le groupe dans le logiciel d'emploi du temps (par exemple « . » ou « / » remplacés "
                     "par « _ »), puis refaites l'import dans STS-Web",
               .en = "rename the group in the timetable software (e.g. \".\" or \"/\" replaced by \"_\"), then "
                     "import into STS-Web again"},
      .options = options,
  };

  static void check(const model::Group& group, Reporter& out) {
    const std::string extra = out.text_option("extra_characters");
    const std::string rejected =
        model::first_rejected(group.code, [&extra](char32_t c) { return is_allowed_code_character(c, extra); });
    if (rejected.empty()) return;
    out.report({.location = group.location,
                .args = {group.code.str(), rejected},
                .record = model::RecordRef::structure(false, group.code)});
  }
};

}  // namespace

SCOLINT_RULE(S003, GroupCodeInvalidCharacter)

}  // namespace scolint::rules
