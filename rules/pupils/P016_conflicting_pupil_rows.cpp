#include <map>
#include <string>
#include <vector>

#include "rules/pupils/repeated_rows.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

// One ELEVE_ID twice in a file with different values: which record an import
// keeps depends on the software (GEPI and Pix keep the last, others the
// first); Pix fails the import on it (PR #16423, docs/field.md).
struct ConflictingPupilRows {
  static constexpr RuleInfo info{
      .code = "P016",
      .slug = "conflicting-pupil-rows",
      .severity = Severity::error,
      .summary = {.fr = "même ELEVE_ID deux fois dans un fichier avec des données différentes",
                  .en = "same ELEVE_ID twice in a file with different data"},
      // {0} the pupil (first record), {1} the ELEVE_ID, {2} what differs
      .message = {.fr = "l'ELEVE_ID {1} ({0}) figure plusieurs fois dans le fichier avec des données différentes "
                        "({2}) : selon le logiciel, l'une ou l'autre fiche est importée, et Pix refuse le fichier",
                  .en = "ELEVE_ID {1} ({0}) appears several times in the file with different data ({2}): depending "
                        "on the software one record or the other is imported, and Pix refuses the file"},
      .hint = {.fr = "refaites l'export depuis SIECLE-BEE ; si la fiche reste en double, signalez-le à "
                     "l'assistance SIECLE",
               .en = "export again from SIECLE-BEE; if the record stays doubled, report it to SIECLE support"},
  };

  // The names of the values that differ between two records.
  static std::string differences(const model::Pupil& a, const model::Pupil& b, Language language) {
    static constexpr Phrase name{"nom", "name"};
    static constexpr Phrase first_name{"prénom", "first name"};
    static constexpr Phrase birth_date{"date de naissance", "birth date"};
    static constexpr Phrase exit_date{"date de sortie", "exit date"};
    static constexpr Phrase other_fields{"autres champs", "other fields"};
    std::vector<std::string> what;
    auto differ = [](const model::Field& x, const model::Field& y) {
      return model::trim(x.value) != model::trim(y.value);
    };
    if (differ(a.nom, b.nom) || differ(a.nom_de_famille, b.nom_de_famille) || differ(a.nom_usage, b.nom_usage)) {
      what.push_back(say(language, name));
    }
    if (differ(a.prenom, b.prenom)) what.push_back(say(language, first_name));
    if (differ(a.date_naissance, b.date_naissance)) what.push_back(say(language, birth_date));
    if (differ(a.id_national, b.id_national) || differ(a.ine_bea, b.ine_bea) || differ(a.ine_rnie, b.ine_rnie)) {
      what.emplace_back("INE");
    }
    if (model::trim(a.code_mef) != model::trim(b.code_mef)) what.emplace_back("MEF");
    if (model::trim(a.date_sortie) != model::trim(b.date_sortie)) what.push_back(say(language, exit_date));
    if (what.empty()) what.push_back(say(language, other_fields));
    return join_words(what, language);
  }

  static void check(const model::Dataset& dataset, Reporter& out) {
    for_each_repeated_id(dataset, [&](const std::vector<const model::Pupil*>& pupils) {
      const std::string values = row_values(*pupils.front(), {});
      const model::Pupil* other = nullptr;
      for (const model::Pupil* p : pupils) {
        if (other == nullptr && row_values(*p, {}) != values) other = p;
      }
      if (other == nullptr) return;  // identical: P015's
      Finding finding{.location = other->location,
                      .args = {quoted_name(*pupils.front(), out.language()), pupils.front()->eleve_id.str(),
                               differences(*pupils.front(), *other, out.language())},
                      .record = model::RecordRef::pupil(pupils.front()->eleve_id),
                      .related = {pupils.front()->location}};
      out.report(std::move(finding));
    });
  }

  // Low-memory mode: the pupils whose file and ELEVE_ID another shares (P015's key column).
  static constexpr low_memory::Needs records_needed{
      .declared = true, .pupil_keys = {&repeat_key}, .select = &low_memory::keep_shared};
};

}  // namespace

SCOLINT_RULE(P016, ConflictingPupilRows)

}  // namespace scolint::rules
