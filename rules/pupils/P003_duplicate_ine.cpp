#include <map>
#include <unordered_map>

#include "model/ine.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct DuplicateIne {
  static constexpr RuleInfo info{
      .code = "P003",
      .slug = "duplicate-ine",
      .severity = Severity::error,
      .summary = {.fr = "même INE sur deux fiches élèves", .en = "one INE on two pupil records"},
      // {0} INE, {1} ELEVE_ID, {2} other ELEVE_IDs
      .message = {.fr = "l'INE « {0} » de l'élève ELEVE_ID={1} est aussi celui de ELEVE_ID={2} ; un seul compte "
                        "ENT sera créé pour les deux",
                  .en = "INE \"{0}\" of pupil ELEVE_ID={1} is also that of ELEVE_ID={2}; one ENT account will be "
                        "created for both"},
      .hint = {.fr = "dans SIECLE-BEE, vérifiez les deux fiches : doublon à déscolariser ou INE mal recopié",
               .en = "in SIECLE-BEE, check both records: a duplicate to withdraw or a mistyped INE"},
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    std::unordered_map<std::string, std::map<std::string, const model::Pupil*>> by_ine;  // order: the engine sorts
    for (const model::Pupil& pupil : dataset.pupils) {
      const model::Field* ine = pupil.ine();
      if (pupil.left || ine == nullptr) continue;
      by_ine[model::normalise_ine(ine->value)].emplace(pupil.eleve_id, &pupil);
    }
    for (const auto& [ine, pupils] : by_ine) {
      if (pupils.size() < 2) continue;
      for (const auto& [id, pupil] : pupils) {
        Finding finding{.location = pupil->ine()->location, .record = "ELEVE_ID=" + id};
        std::string others;
        for (const auto& [other_id, other] : pupils) {
          if (other_id == id) continue;
          others += (others.empty() ? "" : ", ") + other_id;
          finding.related.push_back(other->ine()->location);
        }
        finding.args = {personal(PersonalKind::ine, ine), id, others};
        out.report(std::move(finding));
      }
    }
  }
};

}  // namespace

SCOLINT_RULE(P003, DuplicateIne)

}  // namespace scolint::rules
