#include <set>

#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct AafUnknownReference {
  static constexpr RuleInfo info{
      .code = "A003",
      .slug = "aaf-unknown-reference",
      .severity = Severity::error,
      .summary = {.fr = "classe ou groupe AAF rattaché à une structure absente du fichier EtabEducNat : ignoré par l'ENT",
                  .en = "AAF class or group attached to a structure absent from EtabEducNat: ignored by the ENT"},
      // {0} class or group code, {1} structure id, {2} pupil id
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
    for (const auto& id : dataset.aaf_structures) known.insert(id.value);
    for (const model::Membership& membership : dataset.memberships) {
      if (membership.scope.empty() || known.contains(membership.scope)) continue;
      out.report({.location = membership.location,
                  .args = {membership.code.str(), membership.scope.str(), membership.eleve_id.str()},
                  .record = "ELEVE_ID=" + membership.eleve_id,
                  .key = membership.scope + "$" + membership.code});
    }
  }
};

}  // namespace

SCOLINT_RULE(A003, AafUnknownReference)

}  // namespace scolint::rules
