#include <unordered_map>

#include "rules/responsables/legal_responsables.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct ResponsableIncomplete {
  static constexpr model::ExportKind needs[]{model::ExportKind::siecle_responsables};
  static constexpr RuleInfo info{
      .code = "R003",
      .slug = "responsable-incomplete",
      .severity = Severity::error,
      .summary = {.fr = "responsable légal sans adresse, code postal ou commune : compte parent inactivable",
                  .en = "legal responsable without address, postal code or commune: parent account cannot be activated"},
      // {0} PERSONNE_ID, {1} what is missing
      .message = {.fr = "le responsable légal PERSONNE_ID={0} n'a pas {1} ; il ne pourra pas activer son compte "
                        "ENT, qui les demande à la première connexion",
                  .en = "legal responsable PERSONNE_ID={0} has no {1}; they will not be able to activate their "
                        "ENT account, which asks for them at first login"},
      .hint = {.fr = "complétez l'adresse du responsable dans SIECLE-BEE (fiche responsable > Adresse), puis "
                     "refaites l'export",
               .en = "complete the responsable's address in SIECLE-BEE, then export again"},
      .needs = needs,
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    const bool fr = out.language() == Language::fr;
    std::unordered_map<model::Text, const model::Address*> addresses;
    for (const auto& address : dataset.addresses) addresses.emplace(address.adresse_id, &address);
    const TextSet legal = legal_responsables(dataset);
    TextSet reported;
    for (const model::Person& person : dataset.persons) {
      if (!legal.contains(person.personne_id) || !reported.insert(person.personne_id)) continue;
      // A SIECLE CSV extraction carries no address: nothing to judge there.
      if (dataset.files[person.location.file].kind == model::ExportKind::siecle_csv) continue;
      const auto it = addresses.find(person.adresse_id);
      std::vector<std::string> missing;
      if (it == addresses.end()) {
        missing.push_back(fr ? "d'adresse" : "address");
      } else {
        const model::Address& a = *it->second;
        if (model::is_blank(a.ligne1 + a.ligne2 + a.ligne3 + a.ligne4)) missing.push_back(fr ? "de ligne d'adresse" : "address line");
        if (is_french(a) && model::is_blank(a.code_postal)) missing.push_back(fr ? "de code postal" : "postal code");
        if (model::is_blank(a.libelle_postal) && model::is_blank(a.commune_etrangere)) missing.push_back(fr ? "de commune" : "commune");
      }
      if (missing.empty()) continue;
      std::string what;
      for (std::size_t i = 0; i < missing.size(); ++i) {
        what += (i == 0 ? "" : i + 1 == missing.size() ? (fr ? " ni " : " or ") : ", ") + missing[i];
      }
      out.report({.location = person.location, .args = {person.personne_id.str(), what},
                  .record = "PERSONNE_ID=" + person.personne_id});
    }
  }

  // Low-memory mode: legal_responsables() sets aside the links of pupils who left.
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    low_memory::keep_left_pupils(first, keep);
  }
  static constexpr low_memory::Needs records_needed{.declared = true, .select = &select};
};

}  // namespace

SCOLINT_RULE(R003, ResponsableIncomplete)

}  // namespace scolint::rules
