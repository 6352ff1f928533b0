#include <algorithm>
#include <map>

#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct ExportMismatch {
  static constexpr RuleInfo info{
      .code = "F010",
      .slug = "export-mismatch",
      .severity = Severity::warning,
      .summary = {.fr = "exports d'établissements (UAJ) ou d'années scolaires différents vérifiés ensemble",
                  .en = "exports of different establishments (UAJ) or school years linted together"},
      // {0} this file's UAJ/year, {1} the reference, {2} reference file
      .message = {.fr = "cet export est de {0}, mais {2} est de {1} : les vérifications croisées compareront des "
                        "données qui ne vont pas ensemble",
                  .en = "this export is from {0}, but {2} is from {1}: cross-checks will compare data that do not "
                        "belong together"},
      .hint = {.fr = "refaites les exports SIECLE et STS-Web pour le même établissement et la même année (après la "
                     "bascule, sur l'année en préparation)",
               .en = "export SIECLE and STS-Web again for the same establishment and school year (after the "
                     "rollover, for the year being prepared)"},
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    static constexpr Phrase uaj{"l'UAJ {0}", "UAJ {0}"};
    static constexpr Phrase uaj_year{"l'UAJ {0}, année {1}", "UAJ {0}, school year {1}"};
    auto describe = [&out](const model::ExportParameters& p) {
      return p.annee_scolaire.empty() ? say(out.language(), uaj, {p.uaj})
                                      : say(out.language(), uaj_year, {p.uaj, p.annee_scolaire});
    };
    // The reference is the first file, in path order, that says where it comes from.
    const model::FileRecord* reference = nullptr;
    std::vector<const model::FileRecord*> files;
    for (const auto& file : dataset.files) {
      if (!file.parameters.uaj.empty()) files.push_back(&file);
    }
    std::sort(files.begin(), files.end(), [](const auto* a, const auto* b) { return a->path < b->path; });
    for (const model::FileRecord* file : files) {
      if (reference == nullptr) {
        reference = file;
        continue;
      }
      const auto& p = file->parameters;
      const auto& r = reference->parameters;
      const bool same_year =
          p.annee_scolaire.empty() || r.annee_scolaire.empty() || p.annee_scolaire == r.annee_scolaire;
      if (p.uaj == r.uaj && same_year) continue;
      const auto id = static_cast<model::FileId>(file - dataset.files.data());
      out.report({.location = {id, 1, 1},
                  .args = {describe(p), describe(r), reference->path},
                  .record = model::RecordRef::text(p.uaj + "/" + p.annee_scolaire),
                  .key = file->path});
    }
  }

  static constexpr low_memory::Needs records_needed = low_memory::no_pupils;
};

}  // namespace

SCOLINT_RULE(F010, ExportMismatch)

}  // namespace scolint::rules
