#include <map>
#include <set>

#include "model/per_file.hpp"
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
    // By file: two schools' exports may give one ELEVE_ID to two pupils (model/per_file.hpp).
    std::map<model::Text, model::PerFile<const model::Pupil*>> left;
    for (const model::Pupil& pupil : dataset.pupils) {
      if (pupil.left) left[pupil.eleve_id].add(pupil.location.file, &pupil);
    }
    std::set<std::pair<std::string_view, model::Text>> reported;  // UAJ and ELEVE_ID: once for a school's files
    for (const model::Membership& membership : dataset.memberships) {
      if (membership.code.empty()) continue;
      const model::Pupil* const* found =
          model::pick_in(left, membership.eleve_id, membership.location.file, dataset.files);
      if (found == nullptr) continue;
      const model::Pupil& pupil = **found;
      const std::string_view uaj = model::uaj_of(dataset.files, pupil.location.file);
      if (!reported.emplace(uaj, membership.eleve_id).second) continue;
      out.report({.location = membership.location,
                  .args = {quoted_name(pupil, out.language()), pupil.date_sortie.str(), membership.code.str()},
                  .record = model::RecordRef::pupil(membership.eleve_id),
                  .related = {pupil.location}});
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
