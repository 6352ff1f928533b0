#include <map>
#include <string>

#include "rules/pupils/shared_ine.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

// One INE on two children: entcore merges the pupils of one INE into one
// account, and Pix stopped reconciling on the INE alone after such merges
// (docs/field.md). Unlike P003 (one person typed twice, or nothing to tell
// them apart), the names say these are two people.
struct IneOfTwoChildren {
  static constexpr RuleInfo info{
      .code = "P013",
      .slug = "ine-of-two-children",
      .severity = Severity::error,
      .summary = {.fr = "même INE pour deux enfants différents : l'ENT les fusionne en un seul compte",
                  .en = "one INE for two different children: the ENT merges them into one account"},
      // {0} INE, {1} name, {2} birth date, {3} the others (name, ELEVE_ID, birth date)
      .message = {.fr = "l'INE « {0} » de l'élève {1}, né(e) le {2}, est aussi celui de {3}, un autre enfant ; "
                        "l'ENT fusionne les élèves d'un même INE : les deux n'auraient qu'un compte",
                  .en = "INE \"{0}\" of pupil {1}, born {2}, is also that of {3}, another child; the ENT merges the "
                        "pupils of one INE: both would share one account"},
      .hint = {.fr = "comparez l'INE avec un document officiel de chaque élève (bulletin, relevé de notes) et "
                     "corrigez celui qui est faux dans SIECLE-BEE (fiche de l'élève), avant l'import dans l'ENT",
               .en = "compare the INE with an official document of each pupil (report card, transcript) and fix "
                     "the wrong one in SIECLE-BEE (the pupil's record), before the ENT import"},
  };

  static std::string born(const model::Pupil& pupil) {
    const std::string_view date = model::trim(pupil.date_naissance.value);
    return date.empty() ? std::string("?") : personal(PersonalKind::date, date);
  }

  static constexpr Phrase born_on{", né(e) le ", ", born "};

  static void check(const model::Dataset& dataset, Reporter& out) {
    for_each_shared_ine(dataset, [&](const std::string& ine, const auto& pupils) {
      for (const auto& [id, pupil] : pupils) {
        Finding finding{.location = pupil->ine()->in(pupil->location), .record = model::RecordRef::pupil(id)};
        std::string others;
        for (const auto& [other_id, other] : pupils) {
          if (other_id == id || !different_people(*pupil, *other)) continue;
          others += (others.empty() ? "" : ", ") +
                    who(Who::pupil, name_and_id(*other, out.language()), out.language(), false) +
                    say(out.language(), born_on) + born(*other);
          finding.related.push_back(other->ine()->in(other->location));
        }
        if (others.empty()) continue;
        finding.args = {personal(PersonalKind::ine, ine), quoted_name(*pupil, out.language()), born(*pupil), others};
        out.report(std::move(finding));
      }
    });
  }

  // Low-memory mode: the pupils whose INE another pupil shares (as P003).
  static constexpr low_memory::Needs records_needed{
      .declared = true, .pupil_keys = {&shared_ine_key}, .select = &low_memory::keep_shared};
};

}  // namespace

SCOLINT_RULE(P013, IneOfTwoChildren)

}  // namespace scolint::rules
