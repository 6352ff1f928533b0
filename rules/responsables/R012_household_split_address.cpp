#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/text.hpp"
#include "rules/pupils_who_left.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

// One household's address stored twice: GEPI has a screen to merge the
// "adresses considérées à tort par Sconet comme différentes"
// (responsables/dedoublonnage_adresses.php, docs/field.md). The family gets
// two letters, two activation codes, and the ENT two addresses to keep.
struct HouseholdSplitAddress {
  static constexpr model::ExportKind needs[]{model::ExportKind::siecle_responsables};
  static constexpr RuleInfo info{
      .code = "R012",
      .slug = "household-split-address",
      .severity = Severity::info,
      .summary = {.fr = "responsables d'un même élève à la même adresse saisie deux fois (deux ADRESSE_ID)",
                  .en = "responsables of one pupil at the same address typed twice (two ADRESSE_IDs)"},
      // {0} the first responsable, {1} the second, {2} the pupil
      .message = {.fr = "{0} et {1}, responsables de l'élève {2}, ont la même adresse enregistrée deux fois ; la "
                        "famille recevra deux courriers",
                  .en = "{0} and {1}, responsables of pupil {2}, have the same address recorded twice; the family "
                        "will get two letters"},
      .hint = {.fr = "dans SIECLE-BEE, rattachez le second responsable à l'adresse du premier (« même adresse "
                     "que… ») plutôt qu'à une copie",
               .en = "in SIECLE-BEE, attach the second responsable to the first one's address (\"same address "
                     "as…\") rather than to a copy"},
      .needs = needs,
  };

  // Folded lines, postal code and town; empty when there is no street line.
  static std::string address_key(const model::Address& a) {
    if (model::is_blank(a.ligne1) && model::is_blank(a.ligne2) && model::is_blank(a.ligne3) &&
        model::is_blank(a.ligne4)) {
      return {};
    }
    std::string key;
    for (const model::Text& part :
         {a.ligne1, a.ligne2, a.ligne3, a.ligne4, a.code_postal, a.libelle_postal, a.commune_etrangere, a.ll_pays}) {
      key += model::fold_identity(part.view());
      key += '\x1f';
    }
    return key;
  }

  // ADRESSE_ID → the key of its address, for the addresses another ADRESSE_ID
  // repeats. SIECLE's only: an AAF relation or a CSV row carries its own
  // address, which the readers give an identifier each (two parents at one
  // address are two of them there, by construction).
  static std::unordered_map<std::string_view, std::string> repeated(const model::Dataset& dataset) {
    std::unordered_map<std::string, std::set<std::string_view>> ids;
    for (const model::Address& a : dataset.addresses) {
      const auto file = a.location.file;
      if (file >= dataset.files.size() || dataset.files[file].kind != model::ExportKind::siecle_responsables) continue;
      if (std::string key = address_key(a); !key.empty()) ids[std::move(key)].insert(a.adresse_id.view());
    }
    std::unordered_map<std::string_view, std::string> out;
    for (const auto& [key, of] : ids) {
      if (of.size() < 2) continue;
      for (const std::string_view id : of) out.emplace(id, key);
    }
    return out;
  }

  static void check(const model::Dataset& dataset, Reporter& out) {
    const auto twice = repeated(dataset);
    if (twice.empty()) return;
    std::unordered_map<std::string_view, const model::Person*> persons;
    for (const model::Person& p : dataset.persons) {
      if (twice.contains(p.adresse_id.view())) persons.emplace(p.personne_id.view(), &p);
    }
    const TextSet left = pupils_who_left(dataset);
    // Per pupil, their responsables at a repeated address, in link order.
    std::vector<std::pair<std::string_view, const model::ResponsableLink*>> links;
    for (const model::ResponsableLink& link : dataset.links) {
      if (persons.contains(link.personne_id.view()) && !left.contains(link.eleve_id.view())) {
        links.emplace_back(link.eleve_id.view(), &link);
      }
    }
    std::stable_sort(links.begin(), links.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    ByIdentifier records(dataset);
    std::set<std::pair<std::string_view, std::string_view>> said;  // ADRESSE_ID pairs: once for all siblings
    for (std::size_t i = 0; i < links.size(); ++i) {
      for (std::size_t j = i + 1; j < links.size() && links[j].first == links[i].first; ++j) {
        const model::Person& a = *persons.at(links[i].second->personne_id.view());
        const model::Person& b = *persons.at(links[j].second->personne_id.view());
        if (a.adresse_id == b.adresse_id || twice.at(a.adresse_id.view()) != twice.at(b.adresse_id.view())) continue;
        // A pair of views, not std::minmax's pair of references to the temporaries.
        const std::string_view x = a.adresse_id.view();
        const std::string_view y = b.adresse_id.view();
        if (!said.insert(x < y ? std::pair{x, y} : std::pair{y, x}).second) continue;
        out.report({.location = b.location,
                    .args = {quoted_name(a, out.language()), quoted_name(b, out.language()),
                             records.pupil_name(links[i].first, links[i].second->location.file, out.language())},
                    .record = model::RecordRef::responsable(b.personne_id),
                    .related = {a.location}});
      }
    }
  }

  // Low-memory mode: the links of the responsables at a repeated address.
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    const auto twice = repeated(*first.rest);
    std::vector<std::uint64_t> ids;
    for (const model::Person& p : first.rest->persons) {
      if (twice.contains(p.adresse_id.view())) ids.push_back(low_memory::key_of(p.personne_id));
    }
    const low_memory::KeySet persons(std::move(ids));
    for (std::size_t i = 0; i < first.link_count; ++i) {
      if (persons.contains(first.link(0, i))) keep.links[i] = true;
    }
  }
  static constexpr low_memory::Needs records_needed{
      .declared = true, .link_keys = {&low_memory::link_person_id}, .select = &select};
};

}  // namespace

SCOLINT_RULE(R012, HouseholdSplitAddress)

}  // namespace scolint::rules
