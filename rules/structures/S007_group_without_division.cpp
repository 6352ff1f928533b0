#include "rules/rule_kit.hpp"
#include "rules/structures/structure_text.hpp"

namespace scolint::rules {
namespace {

struct GroupWithoutDivision {
  static constexpr RuleInfo info{
      .code = "S007",
      .slug = "group-without-division",
      .severity = Severity::warning,
      .summary = {.fr = "groupe STS-Web rattaché à aucune division", .en = "STS-Web group attached to no division"},
      // {0} code
      .message = {.fr = "le groupe « {0} » n'est rattaché à aucune division ; l'ENT ne saura pas à quelles "
                        "classes il appartient",
                  .en = "group \"{0}\" is attached to no division; the ENT will not know which classes it "
                        "belongs to"},
      .hint = {.fr = "dans STS-Web (Structures > Groupes) ou le logiciel d'emploi du temps, rattachez le groupe à "
                     "ses divisions, puis refaites l'export",
               .en = "in STS-Web (Structures > Groups) or the timetable software, attach the group to its "
                     "divisions, then export again"},
  };

  static void check(const model::Group& group, Reporter& out) {
    if (group.origin != model::Origin::sts || !group.divisions.empty()) return;
    out.report({.location = group.location,
                .args = {group.code.str()},
                .record = model::RecordRef::structure(false, group.code)});
  }
};

}  // namespace

SCOLINT_RULE(S007, GroupWithoutDivision)

}  // namespace scolint::rules
