#include <map>

#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct LeftPupilInDivision {
  static constexpr RuleInfo info{
      .code = "P009",
      .slug = "left-pupil-in-division",
      .severity = Severity::info,
      .summary = {.fr = "élève sorti encore affecté à une division ou un groupe",
                  .en = "pupil who left still placed in a division or group"},
      // {0} name (ELEVE_ID if blank), {1} exit date, {2} structure
      .message = {.fr = "l'élève {0}, sorti le {1}, est encore affecté à « {2} »",
                  .en = "pupil {0}, who left on {1}, is still placed in \"{2}\""},
      .hint = {.fr = "vérifiez la date de sortie dans SIECLE-BEE : élève réellement parti (retirez l'affectation) "
                     "ou date saisie par erreur",
               .en = "check the exit date in SIECLE-BEE: pupil really gone (remove the placement) or date typed "
                     "by mistake"},
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    std::map<model::Text, const model::Pupil*> left;
    for (const model::Pupil& pupil : dataset.pupils) {
      if (pupil.left) left.emplace(pupil.eleve_id, &pupil);
    }
    std::map<model::Text, bool> reported;
    for (const model::Membership& membership : dataset.memberships) {
      const auto it = left.find(membership.eleve_id);
      if (it == left.end() || membership.code.empty() || reported[membership.eleve_id]) continue;
      reported[membership.eleve_id] = true;
      out.report(
          {.location = membership.location,
           .args = {quoted_name(*it->second, out.language()), it->second->date_sortie.str(), membership.code.str()},
           .record = model::RecordRef::pupil(membership.eleve_id),
           .related = {it->second->location}});
    }
  }

  // Low-memory mode: the pupils who left (the selection keeps their placements).
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    low_memory::keep_left_pupils(first, keep);
  }
  static constexpr low_memory::Needs records_needed{.declared = true, .select = &select};
};

}  // namespace

SCOLINT_RULE(P009, LeftPupilInDivision)

}  // namespace scolint::rules
