#include <algorithm>

#include "rules/responsables/contact_facts.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct HomonymResponsable {
  static constexpr RuleInfo info{
      .code = "R002",
      .slug = "homonym-responsable",
      .severity = Severity::info,
      .summary = {.fr = "responsables homonymes à des adresses différentes : le choix « homonyme » était-il juste ?",
                  .en = "homonym responsables at different addresses: was the \"homonym\" choice right?"},
      // {0} nom prénom, {1} the homonyms (name and PERSONNE_ID)
      .message = {.fr = "le responsable « {0} » a un homonyme sans adresse, téléphone ni courriel commun : {1} ; "
                        "vérifiez qu'il s'agit bien de deux personnes",
                  .en = "responsable \"{0}\" has a homonym with no address, phone or e-mail in common: {1}; check "
                        "that they really are two people"},
      .hint = {.fr = "dans SIECLE-BEE, comparez les deux fiches : si c'est la même personne, rattachez les enfants "
                     "à une seule fiche avant la notification des comptes",
               .en = "in SIECLE-BEE, compare both records: if it is the same person, link the children to one "
                     "record before accounts are notified"},
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    for (const HomonymSet& set : homonym_sets(dataset)) {
      for (std::size_t i = 0; i < set.people.size(); ++i) {
        // Grouped with another record: R001 says "duplicate", not "homonym".
        const auto same = std::count(set.component.begin(), set.component.end(), set.component[i]);
        if (same > 1) continue;
        Finding finding{.location = set.people[i]->location,
                        .record = model::RecordRef::responsable(set.people[i]->personne_id)};
        std::string others;
        for (std::size_t j = 0; j < set.people.size(); ++j) {
          if (set.component[j] == set.component[i]) continue;
          others += (others.empty() ? "" : ", ") + name_and_id(*set.people[j], out.language());
          finding.related.push_back(set.people[j]->location);
        }
        const model::Person& person = *set.people[i];
        finding.args = {model::personal_name(person.usage_name().value, person.prenom.value), others};
        out.report(std::move(finding));
      }
    }
  }

  // Low-memory mode: the links of every responsable who has a namesake (an
  // AAF relative's establishment is their children's).
  static constexpr low_memory::Needs records_needed{
      .declared = true, .link_keys = {&low_memory::link_person_id}, .select = &keep_homonyms_links};
};

}  // namespace

SCOLINT_RULE(R002, HomonymResponsable)

}  // namespace scolint::rules
