#include <set>

#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct SubjectNotInNomenclature {
  static constexpr RuleInfo info{
      .code = "X008",
      .slug = "subject-not-in-nomenclature",
      .severity = Severity::warning,
      .summary = {.fr = "matière d'un service absente de la nomenclature de l'export",
                  .en = "service subject missing from the export's nomenclature"},
      // {0} subject code, {1} structure code
      .message = {.fr = "la matière {0} du service de « {1} » n'est pas dans la nomenclature des matières de "
                        "l'export ; l'ENT ne saura pas la nommer",
                  .en = "subject {0} of the service of \"{1}\" is not in the export's subject nomenclature; the "
                        "ENT will not be able to name it"},
      .hint = {.fr = "utilisez une matière nationale ou académique, ou définissez-la dans SIECLE-Nomenclatures, "
                     "puis refaites l'export STS-Web",
               .en = "use a national or academic subject, or define it in SIECLE-Nomenclatures, then export "
                     "STS-Web again"},
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    // Per file: an STS export carries its own MATIERES.
    std::set<std::pair<model::FileId, model::Text>> subjects;
    std::set<model::FileId> with_nomenclature;
    for (const model::Subject& subject : dataset.subjects) {
      if (subject.origin != model::Origin::sts) continue;
      subjects.insert({subject.location.file, subject.code});
      with_nomenclature.insert(subject.location.file);
    }
    std::set<std::pair<model::FileId, model::Text>> reported;
    for (const model::Service& service : dataset.services) {
      const model::FileId file = service.location.file;
      if (service.code_matiere.empty() || !with_nomenclature.contains(file) ||
          subjects.contains({file, service.code_matiere}) || !reported.insert({file, service.code_matiere}).second) {
        continue;
      }
      out.report({.location = service.location,
                  .args = {service.code_matiere.str(), service.structure_code.str()},
                  .record = model::RecordRef::subject(service.code_matiere)});
    }
  }

  static constexpr low_memory::Needs records_needed = low_memory::no_pupils;
};

}  // namespace

SCOLINT_RULE(X008, SubjectNotInNomenclature)

}  // namespace scolint::rules
