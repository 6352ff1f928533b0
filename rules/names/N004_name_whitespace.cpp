#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

// What is wrong with the spacing of a name, or nothing.
std::string_view whitespace_problem(std::string_view value, Language language) {
  static constexpr Phrase tab{"une tabulation", "a tab"};
  static constexpr Phrase no_break{"une espace insécable", "a non-breaking space"};
  static constexpr Phrase invisible{"un caractère invisible", "an invisible character"};
  static constexpr Phrase two_spaces{"deux espaces de suite", "two spaces in a row"};
  static constexpr Phrase at_the_ends{"une espace au début ou à la fin", "a leading or trailing space"};
  std::size_t pos = 0;
  bool previous_space = false;
  while (pos < value.size()) {
    const char32_t c = model::next_code_point(value, pos);
    if (c == U'\t') return tab.in(language);
    if (c == U'\u00A0' || c == U'\u202F') return no_break.in(language);
    if (c == U'\u200B' || c == U'\uFEFF') return invisible.in(language);
    if (c == U' ' && previous_space) return two_spaces.in(language);
    previous_space = c == U' ';
  }
  if (value.front() == ' ' || value.back() == ' ') return at_the_ends.in(language);
  return {};
}

struct NameWhitespace {
  static constexpr RuleInfo info{
      .code = "N004",
      .slug = "name-whitespace",
      .severity = Severity::warning,
      .summary = {.fr = "espaces en trop, tabulation ou espace insécable dans un nom",
                  .en = "extra spaces, tab or non-breaking space in a name"},
      // {0} field label, {1} value, {2} problem, {3} whose ("du responsable « X »")
      .message = {.fr = "{0} « {1} » {3} contient {2} ; le login ENT et les recherches par nom en seront faussés",
                  .en = "{0} \"{1}\" {3} contains {2}; the ENT login and searches by name will be wrong"},
      .hint = {.fr = "corrigez la saisie dans {fiche} avant l'import dans l'ENT ; la cause est souvent un "
                     "copier-coller",
               .en = "fix the entry in {fiche} before the ENT import; the cause is often a copy-paste"},
  };

  static void check(const NamedRecord& record, Reporter& out) {
    for (const NameField& name : record.fields()) {
      const std::string_view problem = whitespace_problem(name.field->value, out.language());
      if (problem.empty()) continue;
      out.report(
          {.location = name.field->in(record.location),
           .args = {field_label(name.given_name, out.language()), personal(PersonalKind::name, name.field->value),
                    std::string(problem), record.who(out.language(), true)},
           .record = record.ref(),
           .key = name.given_name ? "prenom" : "nom"});
    }
  }
};

}  // namespace

SCOLINT_RULE(N004, NameWhitespace)

}  // namespace scolint::rules
