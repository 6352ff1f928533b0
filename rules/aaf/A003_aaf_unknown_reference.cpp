#include <set>

#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct AafUnknownReference {
  static constexpr RuleInfo info{
      .code = "A003",
      .slug = "aaf-unknown-reference",
      .severity = Severity::error,
      .summary = {.fr =
                      "classe ou groupe AAF rattaché à une structure absente du fichier EtabEducNat : ignoré par l'ENT",
                  .en = "AAF class or group attached to a structure absent from EtabEducNat: ignored by the ENT"},
      // {0} class or group code, {1} structure id, {2} the pupil's name (its id if blank)
      .message = {.fr = "la classe ou le groupe « {0} » de l'élève {2} renvoie à la structure {1}, absente des "
                        "fichiers EtabEducNat : l'ENT l'ignore sans le dire",
                  .en = "class or group \"{0}\" of pupil {2} refers to structure {1}, absent from the EtabEducNat "
                        "files: the ENT silently ignores it"},
      .hint = {.fr = "le premier champ doit être l'identifiant de la structure (ENTStructureJointure), pas l'UAI : "
                     "signalez-le à l'académie",
               .en = "the first field must be the structure id (ENTStructureJointure), not the UAI: report it to the "
                     "academy"},
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    // Without an EtabEducNat file in the run there is nothing to compare with.
    if (dataset.aaf_structures.empty()) return;
    std::set<model::Text, std::less<>> known;
    ByIdentifier records(dataset);
    for (const auto& structure : dataset.aaf_structures) known.insert(structure.id);
    for (const model::Membership& membership : dataset.memberships) {
      if (membership.scope.empty() || known.contains(membership.scope)) continue;
      out.report({.location = membership.location,
                  .args = {membership.code.str(), membership.scope.str(),
                           records.pupil_name(membership.eleve_id, membership.location.file, out.language())},
                  .record = model::RecordRef::pupil(membership.eleve_id),
                  .key = membership.scope + "$" + membership.code});
    }
  }

  // Low-memory mode: the placements whose structure no EtabEducNat record gives.
  static std::uint64_t scope_key(const model::Membership& membership) {
    return membership.scope.empty() ? 0 : low_memory::key_of(membership.scope);
  }
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    if (first.rest->aaf_structures.empty()) return;
    std::vector<std::uint64_t> ids;
    for (const auto& structure : first.rest->aaf_structures) ids.push_back(low_memory::key_of(structure.id));
    const low_memory::KeySet known(std::move(ids));
    for (std::size_t i = 0; i < first.membership_count; ++i) {
      const std::uint64_t scope = first.membership(0, i);
      if (scope != 0 && !known.contains(scope)) keep.memberships[i] = true;
    }
  }
  static constexpr low_memory::Needs records_needed{
      .declared = true, .membership_keys = {&scope_key}, .select = &select};
};

}  // namespace

SCOLINT_RULE(A003, AafUnknownReference)

}  // namespace scolint::rules
