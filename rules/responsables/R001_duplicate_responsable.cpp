#include "rules/responsables/contact_facts.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct DuplicateResponsable {
  static constexpr OptionSpec options[]{{"max_related", 10, 1, 1000}};
  static constexpr RuleInfo info{
      .code = "R001",
      .slug = "duplicate-responsable",
      .severity = Severity::warning,
      .summary = {.fr = "responsable saisi deux fois (même nom, prénom et adresse, téléphone ou courriel)",
                  .en = "responsable entered twice (same name and address, phone or e-mail)"},
      // {0} nom prénom, {1} the other records (name and PERSONNE_ID), {2} what they share
      .message = {.fr = "le responsable « {0} » a une autre fiche avec {2} : {1} ; chaque fiche crée un compte parent",
                  .en = "responsable \"{0}\" has another record with {2}: {1}; each record creates a parent account"},
      .hint = {.fr = "dans SIECLE-BEE (Responsables), rattachez tous les enfants à une seule fiche et supprimez "
                     "l'autre avant la notification des comptes : une fiche supprimée après coup désactive le "
                     "compte déjà remis au parent",
               .en = "in SIECLE-BEE (Responsables), link every child to one record and delete the other before "
                     "accounts are notified: deleting it later deactivates the account the parent already has"},
      .options = options,
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    const auto cap = static_cast<std::size_t>(out.option("max_related"));
    for (const HomonymSet& set : homonym_sets(dataset)) {
      for (std::size_t i = 0; i < set.people.size(); ++i) {
        const std::size_t root = set.component[i];
        Finding finding{.location = set.people[i]->location,
                        .record = model::RecordRef::responsable(set.people[i]->personne_id)};
        std::string others;
        for (std::size_t j = 0; j < set.people.size(); ++j) {
          if (j == i || set.component[j] != root || finding.related.size() >= cap) continue;
          others += (others.empty() ? "" : ", ") + name_and_id(*set.people[j], out.language());
          finding.related.push_back(set.people[j]->location);
        }
        if (finding.related.empty()) continue;
        static constexpr Phrase same_address{"la même adresse", "the same address"};
        static constexpr Phrase same_phone{"le même téléphone", "the same phone number"};
        static constexpr Phrase same_email{"le même courriel", "the same e-mail"};
        std::string shared;
        switch (set.reason[root]) {
          case Shared::address: shared = say(out.language(), same_address); break;
          case Shared::phone: shared = say(out.language(), same_phone); break;
          case Shared::email: shared = say(out.language(), same_email); break;
          case Shared::none: break;
        }
        const model::Person& person = *set.people[i];
        finding.args = {model::personal_name(person.usage_name().value, person.prenom.value), others, shared};
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

SCOLINT_RULE(R001, DuplicateResponsable)

}  // namespace scolint::rules
