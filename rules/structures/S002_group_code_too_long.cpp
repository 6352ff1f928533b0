#include "rules/rule_kit.hpp"
#include "rules/structures/structure_text.hpp"

namespace scolint::rules {
namespace {

struct GroupCodeTooLong {
  static constexpr OptionSpec options[]{{"max_length", 8, 1, 255}};  // seed 002: "8 caractères maximum"
  static constexpr RuleInfo info{
      .code = "S002",
      .slug = "group-code-too-long",
      .severity = Severity::error,
      .summary = {.fr = "code de groupe de plus de 8 caractères", .en = "group code longer than 8 characters"},
      // {0} code, {1} length, {2} limit
      .message = {.fr = "le code de groupe « {0} » fait {1} caractères ; STS-Web et l'ENT en acceptent {2} au plus",
                  .en = "group code \"{0}\" is {1} characters long; STS-Web and the ENT accept at most {2}"},
      .hint = {.fr = "raccourcissez le nom du groupe dans le logiciel d'emploi du temps (ou STS-Web > Structures > "
                     "Groupes), puis refaites l'import dans STS-Web",
               .en = "shorten the group name in the timetable software (or STS-Web > Structures > Groups), then "
                     "import into STS-Web again"},
      .options = options,
  };

  static void check(const model::Group& group, Reporter& out) {
    const auto length = model::code_point_count(group.code);
    const auto limit = static_cast<std::size_t>(out.option("max_length"));
    if (length <= limit) return;
    out.report({.location = group.location,
                .args = {group.code.str(), std::to_string(length), std::to_string(limit)},
                .record = model::RecordRef::structure(false, group.code)});
  }
};

}  // namespace

SCOLINT_RULE(S002, GroupCodeTooLong)

}  // namespace scolint::rules
