#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "rules/pupils/repeated_rows.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

// One pupil's row written identically more than once in a file: harmless
// (importers keep one; Pix drops identical rows since PR #16423), said once.
struct RepeatedPupilRow {
  static constexpr RuleInfo info{
      .code = "P015",
      .slug = "repeated-pupil-row",
      .severity = Severity::info,
      .summary = {.fr = "même ligne d'élève répétée à l'identique dans un fichier : un seul élève",
                  .en = "same pupil row repeated identically in a file: one pupil"},
      // {0} the pupil, {1} how many times, {2} the lines
      .message = {.fr = "l'élève {0} figure {1} fois à l'identique dans le fichier (lignes {2}) : les imports n'en "
                        "gardent qu'un (Pix écarte les lignes identiques)",
                  .en = "pupil {0} appears {1} times identically in the file (lines {2}): imports keep one (Pix "
                        "drops identical rows)"},
      .hint = {.fr = "rien à corriger dans les données ; si la répétition vient de l'extraction, refaites-la pour un "
                     "fichier propre",
               .en = "nothing to correct in the data; if the extraction repeated it, extract again for a clean file"},
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    std::map<const model::Pupil*, std::vector<const model::Pupil*>> groups;  // first row → its repeats
    // Rows with an identifier: the same ELEVE_ID again in one file with the same values.
    for_each_repeated_id(dataset, [&](const std::vector<const model::Pupil*>& pupils) {
      const std::string values = row_values(*pupils.front(), {});
      bool same = true;
      for (const model::Pupil* p : pupils) same = same && row_values(*p, {}) == values;
      if (same) groups[pupils.front()].assign(pupils.begin() + 1, pupils.end());
    });
    const RepeatedRows rows(dataset);
    for (const auto& [repeat, first] : rows.all()) groups[first].push_back(repeat);
    for (auto& [first, repeats] : groups) {
      std::sort(repeats.begin(), repeats.end(),
                [](const auto* a, const auto* b) { return a->location.line < b->location.line; });
      std::string lines = std::to_string(first->location.line);
      Finding finding{.location = repeats.front()->location,
                      .record = model::RecordRef::pupil(first->eleve_id),
                      .related = {first->location}};
      for (const model::Pupil* p : repeats) {
        lines += ", " + std::to_string(p->location.line);
        if (p != repeats.front()) finding.related.push_back(p->location);
      }
      finding.args = {quoted_name(*first, out.language()), std::to_string(repeats.size() + 1), lines};
      out.report(std::move(finding));
    }
  }

  // Low-memory mode: the pupils whose file and ELEVE_ID (or file and values) another shares.
  static constexpr low_memory::Needs records_needed{
      .declared = true, .pupil_keys = {&repeat_key}, .select = &low_memory::keep_shared};
};

}  // namespace

SCOLINT_RULE(P015, RepeatedPupilRow)

}  // namespace scolint::rules
