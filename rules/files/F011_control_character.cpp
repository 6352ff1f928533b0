#include <cstdio>

#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

// Characters that do not belong in any value. Tabs and non-breaking spaces
// in names are N004's business; elsewhere they are reported here.
bool unwanted(char32_t c, bool name) {
  if (c == U'\t' || c == U'\u00A0' || c == U'\u202F' || c == U'\u200B' || c == U'\uFEFF') return !name;
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;  // C0 and C1 controls (a windows-1252 file read as Latin-1)
  return c == U'\u200C' || c == U'\u200D' || c == U'\u2060' || c == U'\u00AD';
}

struct ControlCharacter {
  static constexpr RuleInfo info{
      .code = "F011",
      .slug = "control-character",
      .severity = Severity::warning,
      .summary = {.fr = "caractère de contrôle, invisible ou insécable dans une valeur (copier-coller)",
                  .en = "control, invisible or non-breaking character inside a value (copy-paste)"},
      // {0} element, {1} code point, {2} whose ("de l'élève « X »")
      .message = {.fr = "{0} {2} contient le caractère invisible {1} ; il casse les logins, les recherches et les "
                        "imports",
                  .en = "{0} {2} contains the invisible character {1}; it breaks logins, searches and imports"},
      .hint = {.fr = "retapez la valeur dans {fiche} au lieu de la coller",
               .en = "type the value again in {fiche} instead of pasting it"},
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    for (const auto& address : dataset.addresses) check(text_record(address), out);
  }

  static void check(const TextRecord& text, Reporter& out) {
    for (const TextField& field : text.fields()) {
      std::size_t pos = 0;
      while (pos < field.value.size()) {
        const char32_t c = model::next_code_point(field.value, pos);
        if (!unwanted(c, field.name)) continue;
        char code[12];
        std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
        out.report({.location = field.location,
                    .args = {std::string(field.label), code, text.whose(out.language())},
                    .record = text.ref(),
                    .key = std::string(field.label)});
        break;
      }
    }
  }

  static constexpr low_memory::Needs records_needed = low_memory::no_pupils;
};

}  // namespace

SCOLINT_RULE(F011, ControlCharacter)

}  // namespace scolint::rules
