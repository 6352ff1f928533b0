#include <map>
#include <set>
#include <string>
#include <vector>

#include "rules/pupils/mef_key.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

// A pupil's MEF that the MEF nomenclature of the run (SIECLE's
// Nomenclature.xml, an AAF drop's MefEducNat) does not hold: GEPI stops on
// "Code MEF inconnu" (init_xml2/step3.php, docs/field.md); the ENT shows no
// level or track label for these pupils.
struct MefNotInNomenclature {
  static constexpr std::size_t named = 3;
  static constexpr RuleInfo info{
      .code = "X009",
      .slug = "mef-not-in-nomenclature",
      .severity = Severity::warning,
      .summary = {.fr = "MEF d'élèves absent de la nomenclature des MEF",
                  .en = "pupils' MEF missing from the MEF nomenclature"},
      // {0} the MEF code, {1} how many pupils, {2} who (the first few)
      .message = {.fr = "le MEF {0} de {1} élève(s) ({2}) n'est pas dans la nomenclature des MEF de l'export "
                        "(Nomenclature.xml, MefEducNat) : leur niveau et leur formation n'auront pas de libellé",
                  .en = "MEF {0} of {1} pupil(s) ({2}) is not in the export's MEF nomenclature (Nomenclature.xml, "
                        "MefEducNat): their level and track will have no label"},
      .hint = {.fr = "exportez la nomenclature du même jour que les élèves ; si le MEF a été fermé, affectez ces "
                     "élèves à un MEF ouvert dans SIECLE-BEE",
               .en = "export the nomenclature on the same day as the pupils; if the MEF was closed, give these "
                     "pupils an open MEF in SIECLE-BEE"},
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    if (dataset.mefs.empty()) return;  // no nomenclature in the run: nothing to compare with
    std::set<std::string_view> known;
    for (const model::Mef& mef : dataset.mefs) known.insert(model::trim(mef.code));
    std::map<std::string_view, std::vector<const model::Pupil*>> unknown;  // by code, pupils in export order
    std::set<std::string_view> seen;                                       // a pupil in two files is one
    for (const model::Pupil& pupil : dataset.pupils) {
      const std::string_view code = model::trim(pupil.code_mef);
      if (pupil.left || code.empty() || known.contains(code) || !seen.insert(pupil.eleve_id.view()).second) continue;
      unknown[code].push_back(&pupil);
    }
    for (const auto& [code, pupils] : unknown) {
      std::vector<std::string> names;
      for (std::size_t i = 0; i < pupils.size() && i < named; ++i)
        names.push_back(quoted_name(*pupils[i], out.language()));
      std::string who = join_words(names, out.language());
      if (pupils.size() > named) who += "…";
      Finding finding{.location = pupils.front()->location,
                      .args = {std::string(code), std::to_string(pupils.size()), who},
                      .record = model::RecordRef::pupil(pupils.front()->eleve_id),
                      .key = std::string(code)};
      for (std::size_t i = 1; i < pupils.size() && finding.related.size() < 10; ++i) {
        finding.related.push_back(pupils[i]->location);
      }
      out.report(std::move(finding));
    }
  }

  // Low-memory mode: the pupils whose MEF the nomenclatures (kept whole) lack.
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    if (first.rest->mefs.empty()) return;
    std::vector<std::uint64_t> codes;
    for (const model::Mef& mef : first.rest->mefs) codes.push_back(low_memory::key_of(model::trim(mef.code)));
    const low_memory::KeySet known(std::move(codes));
    for (std::size_t i = 0; i < first.pupil_count; ++i) {
      const std::uint64_t key = first.pupil(0, i);
      if (key != 0 && !first.pupil_left(i) && !known.contains(key)) keep.pupils[i] = true;
    }
  }
  static constexpr low_memory::Needs records_needed{.declared = true, .pupil_keys = {&mef_key}, .select = &select};
};

}  // namespace

SCOLINT_RULE(X009, MefNotInNomenclature)

}  // namespace scolint::rules
