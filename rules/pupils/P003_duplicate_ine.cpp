#include <map>
#include <string>

#include "rules/pupils/shared_ine.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct DuplicateIne {
  static constexpr RuleInfo info{
      .code = "P003",
      .slug = "duplicate-ine",
      .severity = Severity::error,
      .summary = {.fr = "même INE sur deux fiches élèves", .en = "one INE on two pupil records"},
      // {0} INE, {1} name, {2} the others' names (with their ELEVE_ID)
      .message = {.fr = "l'INE « {0} » de l'élève {1} est aussi celui de l'élève {2} ; un seul compte ENT sera créé "
                        "pour les deux",
                  .en = "INE \"{0}\" of pupil {1} is also that of pupil {2}; one ENT account will be created for "
                        "both"},
      .hint = {.fr = "dans SIECLE-BEE, vérifiez les deux fiches : doublon à déscolariser ou INE mal recopié",
               .en = "in SIECLE-BEE, check both records: a duplicate to withdraw or a mistyped INE"},
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    for_each_shared_ine(dataset, [&](const std::string& ine, const auto& pupils) {
      for (const auto& [id, pupil] : pupils) {
        Finding finding{.location = pupil->ine()->in(pupil->location), .record = model::RecordRef::pupil(id)};
        std::string others;
        for (const auto& [other_id, other] : pupils) {
          // Two children under one INE are P013's.
          if (other_id == id || different_people(*pupil, *other)) continue;
          others += (others.empty() ? "" : ", ") + name_and_id(*other, out.language());
          finding.related.push_back(other->ine()->in(other->location));
        }
        if (others.empty()) continue;
        finding.args = {personal(PersonalKind::ine, ine), quoted_name(*pupil, out.language()), others};
        out.report(std::move(finding));
      }
    });
  }

  // Low-memory mode: the pupils whose INE another pupil shares.
  static constexpr low_memory::Needs records_needed{
      .declared = true, .pupil_keys = {&shared_ine_key}, .select = &low_memory::keep_shared};
};

}  // namespace

SCOLINT_RULE(P003, DuplicateIne)

}  // namespace scolint::rules
