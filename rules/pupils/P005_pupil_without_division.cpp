
#include <unordered_map>

#include "model/pseudo_division.hpp"
#include "rules/crosscheck/structure_sets.hpp"
#include "rules/rule_kit.hpp"
#include "rules/text_set.hpp"

namespace scolint::rules {
namespace {

using model::is_pseudo_division;

// A placement's division key, 0 for a group, a blank code or a pseudo-division.
std::uint64_t real_division(const model::Membership& membership) {
  return is_pseudo_division(membership.code.view()) ? 0 : low_memory::placement_division(membership);
}

// A pupil placed in a pseudo-division only.
constexpr rules::Phrase pseudo_only[]{
    {.fr = "l'élève {0} n'est affecté qu'à la pseudo-division « {1} », qui n'est pas une classe ; il n'apparaîtra "
           "dans aucune classe de l'ENT",
     .en = "pupil {0} is placed only in the pseudo-division \"{1}\", which is not a class; they will appear in no "
           "ENT class"}};

struct PupilWithoutDivision {
  static constexpr model::ExportKind needs[]{model::ExportKind::siecle_eleves};
  static constexpr model::Column reads[]{model::Column::pupil_division};
  static constexpr RuleInfo info{
      .code = "P005",
      .slug = "pupil-without-division",
      .severity = Severity::warning,
      .summary = {.fr = "élève présent affecté à aucune division", .en = "current pupil in no division"},
      // {0} name (ELEVE_ID if blank)
      .message = {.fr = "l'élève {0} n'est affecté à aucune division ; il n'apparaîtra dans aucune "
                        "classe de l'ENT",
                  .en = "pupil {0} is in no division; they will appear in no ENT class"},
      .variants = pseudo_only,
      .hint = {.fr = "affectez l'élève à sa division dans SIECLE-BEE (Gestion des élèves > Affectation), puis "
                     "refaites l'export",
               .en = "place the pupil in their division in SIECLE-BEE, then export again"},
      .needs = needs,
      .reads = reads,
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    // Hash sets: a million pupils would make two trees of a million nodes.
    TextSet placed(dataset.pupils.size());
    std::unordered_map<std::string_view, model::Text> pseudo;  // the few pupils in `Inactifs`
    for (const model::Membership& membership : dataset.memberships) {
      if (membership.type != 'D' || membership.code.empty()) continue;
      if (is_pseudo_division(membership.code.view())) {
        pseudo.try_emplace(membership.eleve_id.view(), membership.code);
      } else {
        placed.insert(membership.eleve_id);
      }
    }
    // Nobody placed at all: an export made before the placement, which F013
    // says once instead of once per pupil.
    if (placed.size() == 0 && pseudo.empty() && division_coverage(dataset).unplaced()) return;
    TextSet reported;  // one pupil in two exports is reported once
    for (const model::Pupil& pupil : dataset.pupils) {
      if (pupil.left || lacks_any(dataset, pupil.location, reads) || placed.contains(pupil.eleve_id) ||
          !reported.insert(pupil.eleve_id)) {
        continue;
      }
      Finding finding{.location = pupil.location,
                      .args = {quoted_name(pupil, out.language())},
                      .record = model::RecordRef::pupil(pupil.eleve_id)};
      if (const auto it = pseudo.find(pupil.eleve_id.view()); it != pseudo.end()) {
        finding.variant = 1;
        finding.args.push_back(it->second.str());
      }
      out.report(std::move(finding));
    }
  }

  // Low-memory mode: the current pupils no real division placement names.
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    std::vector<std::uint64_t> ids;
    for (std::size_t i = 0; i < first.membership_count; ++i) {
      if (first.membership(1, i) != 0) ids.push_back(first.membership(0, i));  // a division with a code
    }
    const low_memory::KeySet placed(std::move(ids));
    for (std::size_t i = 0; i < first.pupil_count; ++i) {
      if (!first.pupil_left(i) && !placed.contains(first.pupil(0, i))) keep.pupils[i] = true;
    }
    low_memory::keep_division_coverage(first, 0, 1, 0, keep);  // whether F013 speaks instead
  }
  static constexpr low_memory::Needs records_needed{
      .declared = true,
      .pupil_keys = {&low_memory::pupil_id},
      .membership_keys = {&low_memory::membership_pupil_id, &real_division},
      .select = &select};
};

}  // namespace

SCOLINT_RULE(P005, PupilWithoutDivision)

}  // namespace scolint::rules
