#include <map>
#include <set>
#include <string>
#include <vector>

#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

// A pupil's option (OPTIONS_ELEVE: CODE_MATIERE, CODE_MODALITE_ELECT) that
// the run's Nomenclature.xml does not hold: GEPI's import cannot name the
// subject or the way it was chosen (init_xml2/step3.php and its 2019-09
// commits, docs/field.md), nor can the ENT's groups built from options.
struct OptionNotInNomenclature {
  static constexpr rules::Phrase modality_variant[]{
      {.fr = "la modalité d'élection {0} d'une option (matière {1}, élève {2} et d'autres peut-être) n'est pas dans "
             "les modalités de la nomenclature (Nomenclature.xml)",
       .en = "election modality {0} of an option (subject {1}, pupil {2} and perhaps others) is not among the "
             "nomenclature's modalities (Nomenclature.xml)"}};
  static constexpr RuleInfo info{
      .code = "X011",
      .slug = "option-not-in-nomenclature",
      .severity = Severity::warning,
      .summary = {.fr = "option d'élève (matière ou modalité) absente de la nomenclature",
                  .en = "pupil's option (subject or modality) missing from the nomenclature"},
      // {0} the code, {1} the subject (for a modality), {2} the first pupil with it
      .message = {.fr = "la matière {0} d'une option (élève {2} et d'autres peut-être) n'est pas dans les matières "
                        "de la nomenclature (Nomenclature.xml) : les logiciels qui lisent les options ne sauront pas "
                        "la nommer",
                  .en = "subject {0} of an option (pupil {2} and perhaps others) is not among the nomenclature's "
                        "subjects (Nomenclature.xml): software reading the options will not be able to name it"},
      .variants = modality_variant,
      .hint = {.fr = "exportez la nomenclature le même jour que les élèves ; sinon corrigez l'option dans SIECLE-BEE "
                     "(matière ou modalité fermée)",
               .en = "export the nomenclature on the same day as the pupils; otherwise correct the option in "
                     "SIECLE-BEE (a closed subject or modality)"},
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    if (dataset.option_uses.empty()) return;
    std::set<std::string_view> subjects;
    for (const model::Subject& s : dataset.subjects) {
      // SIECLE's Nomenclature.xml, an AAF drop's MatiereEducNat (not STS-Web's own list: X008's).
      if (s.origin == model::Origin::siecle_nomenclatures || s.origin == model::Origin::aaf) {
        subjects.insert(model::trim(s.code));
      }
    }
    std::set<std::string_view> modalities;
    for (const model::Modality& m : dataset.modalities) modalities.insert(model::trim(m.code));
    ByIdentifier records(dataset);
    std::set<std::string_view> said_subjects;
    std::set<std::string_view> said_modalities;
    for (const model::OptionUse& option : dataset.option_uses) {
      const std::string_view subject = model::trim(option.code_matiere);
      const std::string_view modality = model::trim(option.modalite);
      if (!subjects.empty() && !subject.empty() && !subjects.contains(subject) &&
          said_subjects.insert(subject).second) {
        out.report({.location = option.location,
                    .args = {std::string(subject),
                             {},
                             records.pupil_name(option.eleve_id, option.location.file, out.language())},
                    .record = model::RecordRef::subject(subject)});
      }
      if (!modalities.empty() && !modality.empty() && !modalities.contains(modality) &&
          said_modalities.insert(modality).second) {
        out.report({.location = option.location,
                    .args = {std::string(modality), std::string(subject),
                             records.pupil_name(option.eleve_id, option.location.file, out.language())},
                    .record = model::RecordRef::text("CODE_MODALITE_ELECT=" + std::string(modality)),
                    .variant = 1});
      }
    }
  }

  // Low-memory mode: the pupils the options name (each option's first pupil).
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    if (first.rest->option_uses.empty()) return;
    std::vector<std::uint64_t> ids;
    for (const model::OptionUse& option : first.rest->option_uses) ids.push_back(low_memory::key_of(option.eleve_id));
    const low_memory::KeySet named(std::move(ids));
    for (std::size_t i = 0; i < first.pupil_count; ++i) {
      if (named.contains(first.pupil(0, i))) keep.pupils[i] = true;
    }
  }
  static constexpr low_memory::Needs records_needed{
      .declared = true, .pupil_keys = {&low_memory::pupil_id}, .select = &select};
};

}  // namespace

SCOLINT_RULE(X011, OptionNotInNomenclature)

}  // namespace scolint::rules
