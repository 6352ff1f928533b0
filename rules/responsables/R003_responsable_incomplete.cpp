#include <string>
#include <unordered_map>
#include <vector>

#include "rules/responsables/legal_responsables.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct ResponsableIncomplete {
  static constexpr model::ExportKind needs[]{model::ExportKind::siecle_responsables};
  static constexpr model::Column reads[]{model::Column::responsable_address};
  static constexpr RuleInfo info{
      .code = "R003",
      .slug = "responsable-incomplete",
      .severity = Severity::error,
      .summary = {.fr = "responsable légal sans adresse, code postal ou commune : compte parent inactivable",
                  .en =
                      "legal responsable without address, postal code or commune: parent account cannot be activated"},
      // {0} name (PERSONNE_ID if blank), {1} what is missing
      .message = {.fr = "le responsable légal {0} n'a pas {1} ; il ne pourra pas activer son compte "
                        "ENT, qui les demande à la première connexion",
                  .en = "legal responsable {0} has no {1}; they will not be able to activate their "
                        "ENT account, which asks for them at first login"},
      .hint = {.fr = "complétez l'adresse du responsable dans SIECLE-BEE (fiche responsable > Adresse), puis "
                     "refaites l'export",
               .en = "complete the responsable's address in SIECLE-BEE, then export again"},
      .needs = needs,
      .reads = reads,
  };

  using Addresses = std::unordered_map<model::Text, const model::Address*>;

  // What the person's address lacks, in the report's words.
  static std::vector<std::string> missing_parts(const model::Person& person, const Addresses& addresses,
                                                Language language) {
    static constexpr Phrase address{"d'adresse", "address"};
    static constexpr Phrase line{"de ligne d'adresse", "address line"};
    static constexpr Phrase postal_code{"de code postal", "postal code"};
    static constexpr Phrase commune{"de commune", "commune"};
    const auto it = addresses.find(person.adresse_id);
    std::vector<std::string> missing;
    if (it == addresses.end()) {
      missing.push_back(say(language, address));
    } else {
      const model::Address& a = *it->second;
      if (model::is_blank(a.ligne1 + a.ligne2 + a.ligne3 + a.ligne4)) missing.push_back(say(language, line));
      if (is_french(a) && model::is_blank(a.code_postal)) missing.push_back(say(language, postal_code));
      if (model::is_blank(a.libelle_postal) && model::is_blank(a.commune_etrangere)) {
        missing.push_back(say(language, commune));
      }
    }
    return missing;
  }

  static Addresses addresses_of(const model::Dataset& dataset) {
    Addresses addresses;
    for (const auto& address : dataset.addresses) addresses.emplace(address.adresse_id, &address);
    return addresses;
  }

  static void check(const model::Dataset& dataset, Reporter& out) {
    static constexpr Phrase nor{" ni ", " or "};
    const Addresses addresses = addresses_of(dataset);
    const TextSet legal = legal_responsables(dataset);
    TextSet reported;
    for (const model::Person& person : dataset.persons) {
      if (lacks_any(dataset, person.location, reads) || !legal.contains(person.personne_id) ||
          !reported.insert(person.personne_id)) {
        continue;
      }
      const std::vector<std::string> missing = missing_parts(person, addresses, out.language());
      if (missing.empty()) continue;
      const std::string what = join_words(missing, out.language(), nor);
      out.report({.location = person.location,
                  .args = {quoted_name(person, out.language()), what},
                  .record = model::RecordRef::responsable(person.personne_id)});
    }
  }

  // Low-memory mode: every link of a responsable whose address lacks
  // something and who has a legal link (the selection keeps their pupils: one
  // who left does not make a responsable legal; and the finding's subject
  // names all their children).
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    const model::Dataset& rest = *first.rest;
    const Addresses addresses = addresses_of(rest);
    std::vector<std::uint64_t> ids;
    for (const model::Person& person : rest.persons) {
      if (rest.files[person.location.file].lacks(model::Column::responsable_address)) continue;
      // Whether something is missing, in whichever words.
      if (!missing_parts(person, addresses, Language::fr).empty())
        ids.push_back(low_memory::key_of(person.personne_id));
    }
    const low_memory::KeySet incomplete(std::move(ids));
    std::vector<std::uint64_t> legal;
    for (std::size_t i = 0; i < first.link_count; ++i) {
      if (first.link_legal(i) && incomplete.contains(first.link(1, i))) legal.push_back(first.link(1, i));
    }
    low_memory::keep_links_of(first, 1, std::move(legal), keep);
  }
  static constexpr low_memory::Needs records_needed{
      .declared = true, .link_keys = {&low_memory::link_pupil_id, &low_memory::link_person_id}, .select = &select};
};

}  // namespace

SCOLINT_RULE(R003, ResponsableIncomplete)

}  // namespace scolint::rules
