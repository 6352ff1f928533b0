#include <set>
#include <vector>

#include "rules/pupils/mef_key.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

// A pupil without a MEF (module élémentaire de formation: level and track):
// GEPI lists them on import ("élèves sans MEF", init_xml2/step3.php,
// docs/field.md), and the AAF's ENTEleveMEF comes out empty: no level in the
// ENT, no class level for the tools that group by it.
struct PupilWithoutMef {
  static constexpr RuleInfo info{
      .code = "P014",
      .slug = "pupil-without-mef",
      .severity = Severity::warning,
      .summary = {.fr = "élève sans MEF (niveau et formation) alors que l'export en donne aux autres",
                  .en = "pupil without a MEF (level and track) where the export gives the others one"},
      // {0} the pupil
      .message = {.fr = "l'élève {0} n'a pas de MEF (CODE_MEF) : ni l'ENT ni les logiciels de vie scolaire ne "
                        "connaîtront son niveau et sa formation (GEPI : « élèves sans MEF »)",
                  .en = "pupil {0} has no MEF (CODE_MEF): neither the ENT nor the school-life software will know "
                        "their level and track (GEPI: \"élèves sans MEF\")"},
      .hint = {.fr = "dans SIECLE-BEE, renseignez la formation (MEF) de l'élève (Scolarité du moment), puis "
                     "refaites l'export",
               .en = "in SIECLE-BEE, fill in the pupil's track (MEF) (Scolarité du moment), then export again"},
  };

  // The files that say pupils' MEFs (SIECLE's CODE_MEF, AAF's ENTEleveMEF):
  // an export that gives none (an ENT CSV, ONDE) is not one to judge.
  static std::vector<bool> files_with_mef(const model::Dataset& dataset) {
    std::vector<bool> files(dataset.files.size());
    for (const model::Pupil& pupil : dataset.pupils) {
      if (!pupil.code_mef.empty() && pupil.location.file < files.size()) files[pupil.location.file] = true;
    }
    return files;
  }

  static void check(const model::Dataset& dataset, Reporter& out) {
    const std::vector<bool> files = files_with_mef(dataset);
    for (const model::Pupil& pupil : dataset.pupils) {
      if (pupil.left || !model::is_blank(pupil.code_mef) || pupil.location.file >= files.size() ||
          !files[pupil.location.file]) {
        continue;
      }
      out.report({.location = pupil.location,
                  .args = {quoted_name(pupil, out.language())},
                  .record = model::RecordRef::pupil(pupil.eleve_id)});
    }
  }

  // Low-memory mode: the MEF key column X009 shares (0: no MEF).
  // The first pupil with a MEF of each file is kept too: check() finds the
  // files that give MEFs from the pupils it sees.
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    std::set<model::FileId> files;
    for (std::size_t i = 0; i < first.pupil_count; ++i) {
      if (first.pupil(0, i) != 0 && files.insert(first.pupil_file(i)).second) keep.pupils[i] = true;
    }
    for (std::size_t i = 0; i < first.pupil_count; ++i) {
      if (first.pupil(0, i) == 0 && !first.pupil_left(i) && files.contains(first.pupil_file(i))) keep.pupils[i] = true;
    }
  }
  static constexpr low_memory::Needs records_needed{.declared = true, .pupil_keys = {&mef_key}, .select = &select};
};

}  // namespace

SCOLINT_RULE(P014, PupilWithoutMef)

}  // namespace scolint::rules
