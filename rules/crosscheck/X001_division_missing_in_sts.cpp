#include <map>
#include <set>

#include "rules/crosscheck/structure_sets.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct DivisionMissingInSts {
  static constexpr model::ExportKind needs[]{model::ExportKind::sts_emp, model::ExportKind::siecle_eleves};
  static constexpr RuleInfo info{
      .code = "X001",
      .slug = "division-missing-in-sts",
      .severity = Severity::error,
      .summary = {.fr = "division d'élèves SIECLE absente de STS-Web : les enseignants ne voient pas ces élèves",
                  .en = "SIECLE pupils' division unknown to STS-Web: teachers will not see these pupils"},
      // {0} division code, {1} pupil count, {2} suggestion or empty
      .message = {.fr = "la division « {0} » ({1} élève(s) dans SIECLE) n'existe pas dans STS-Web ; leurs "
                        "enseignants ne les verront pas dans l'ENT{2}",
                  .en = "division \"{0}\" ({1} pupil(s) in SIECLE) does not exist in STS-Web; their teachers will "
                        "not see them in the ENT{2}"},
      .hint = {.fr = "créez ou renommez la division dans STS-Web (Structures > Divisions), ou corrigez "
                     "l'affectation des élèves dans SIECLE-BEE, puis refaites les deux exports",
               .en = "create or rename the division in STS-Web (Structures > Divisions), or fix the pupils' "
                     "placement in SIECLE-BEE, then export both again"},
      .needs = needs,
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    std::set<model::Text, std::less<>> sts;
    std::map<std::string, model::Text> sts_by_fold;  // folded code → STS spelling, for "did you mean"
    for (const model::Division& division : dataset.divisions) {
      if (division.origin != model::Origin::sts) continue;
      sts.insert(division.code);
      sts_by_fold.emplace(model::fold_identity(division.code), division.code);
    }
    const TextSet left = pupils_who_left(dataset);
    struct Missing {
      model::SourceLocation first;
      std::set<model::Text> pupils;
    };
    std::map<model::Text, Missing> missing;
    for (const model::Membership& membership : dataset.memberships) {
      if (membership.type != 'D' || membership.code.empty() || sts.contains(membership.code)) continue;
      if (left.contains(membership.eleve_id)) continue;                        // no account, nobody to see
      if (!on_siecle_side(dataset.files[membership.location.file])) continue;  // an ONDE or ENT class
      auto [it, inserted] = missing.try_emplace(membership.code, Missing{membership.location, {}});
      it->second.pupils.insert(membership.eleve_id);
    }
    static constexpr Phrase sts_has{" (STS-Web a « {0} »)", " (STS-Web has \"{0}\")"};
    for (const auto& [code, entry] : missing) {
      std::string suggestion;
      if (const auto near = sts_by_fold.find(model::fold_identity(code)); near != sts_by_fold.end()) {
        suggestion = say(out.language(), sts_has, {near->second});
      }
      out.report({.location = entry.first,
                  .args = {code.str(), std::to_string(entry.pupils.size()), suggestion},
                  .record = model::RecordRef::structure(true, code)});
    }
  }

  // Low-memory mode: every placement in a division STS-Web does not have (their
  // pupils are counted; the selection keeps those pupils too).
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    low_memory::keep_placements_outside(first, 0, low_memory::sts_structures(first.rest->divisions, 'D', false), keep);
  }
  static constexpr low_memory::Needs records_needed{
      .declared = true, .membership_keys = {&low_memory::placement_division}, .select = &select};
};

}  // namespace

SCOLINT_RULE(X001, DivisionMissingInSts)

}  // namespace scolint::rules
