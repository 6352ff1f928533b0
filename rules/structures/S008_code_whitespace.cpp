#include "rules/rule_kit.hpp"
#include "rules/structures/structure_text.hpp"

namespace scolint::rules {
namespace {

bool badly_spaced(std::string_view raw) {
  if (raw.empty()) return false;
  return raw.front() == ' ' || raw.back() == ' ' || raw.find("  ") != std::string::npos ||
         raw.find('\t') != std::string::npos || raw.find("\xc2\xa0") != std::string::npos;
}

struct CodeWhitespace {
  static constexpr RuleInfo info{
      .code = "S008",
      .slug = "code-whitespace",
      .severity = Severity::warning,
      .summary = {.fr = "espaces en trop au début, à la fin ou au milieu d'un code de division ou de groupe",
                  .en = "extra spaces at the start, end or middle of a division or group code"},
      // {0} "division"/"groupe", {1} code as written, between quotes
      .message = {.fr = "le code de {0} « {1} » a des espaces en trop (début, fin, doubles ou insécables) ; "
                        "il ne correspondra pas au même code écrit sans elles",
                  .en = "{0} code \"{1}\" has extra spaces (leading, trailing, double or non-breaking); it will "
                        "not match the same code written without them"},
      .hint = {.fr = "renommez la structure dans STS-Web (Structures) ou le logiciel d'emploi du temps, puis "
                     "refaites les exports",
               .en = "rename the structure in STS-Web (Structures) or the timetable software, then export again"},
  };

  static void check(const model::Division& division, Reporter& out) {
    check_code(true, division.raw_code, division.code, division.location, out);
  }
  static void check(const model::Group& group, Reporter& out) {
    check_code(false, group.raw_code, group.code, group.location, out);
  }

 private:
  static void check_code(bool division, std::string_view raw, std::string_view code, model::SourceLocation at,
                         Reporter& out) {
    if (!badly_spaced(raw)) return;
    static constexpr Phrase kinds[]{{"groupe", "group"}, {"division", "division"}};
    out.report({.location = at,
                .args = {say(out.language(), kinds[division ? 1 : 0]), std::string(raw)},
                .record = model::RecordRef::structure(division, code)});
  }
};

}  // namespace

SCOLINT_RULE(S008, CodeWhitespace)

}  // namespace scolint::rules
