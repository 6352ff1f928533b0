#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "rules/responsables/contact_facts.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

// One parent typed twice, once for each of two siblings, with another e-mail
// or mobile: EduConnect attaches siblings to one parent account only when
// "nom, prénom, adresse mail et numéro de téléphone portable" are the same
// on each record (DANE Bordeaux, docs/field.md). R001 joins records that
// share an address, phone or e-mail; these share none.
struct SiblingParentContactsDiffer {
  static constexpr RuleInfo info{
      .code = "R013",
      .slug = "sibling-parent-contacts-differ",
      .severity = Severity::warning,
      .summary = {.fr = "même parent saisi deux fois pour des frères et sœurs, avec un e-mail ou un portable "
                        "différent : EduConnect ne les rattache pas",
                  .en = "one parent typed twice for siblings, with another e-mail or mobile: EduConnect does not "
                        "attach them"},
      // {0} the parent, {1} one child, {2} the other, {3} the responsable they share
      .message = {.fr = "{0} a deux fiches, l'une comme parent de l'élève {1}, l'autre de l'élève {2} (qui ont aussi "
                        "{3} pour responsable), avec un e-mail ou un téléphone portable différent : EduConnect ne "
                        "rattachera pas les deux enfants au même compte",
                  .en = "{0} is typed twice, as parent of pupil {1} and of pupil {2} (who also share {3}), with "
                        "another e-mail or mobile phone: EduConnect will not attach both children to one account"},
      .hint = {.fr = "dans SIECLE-BEE, gardez une seule fiche pour ce parent et rattachez-lui les deux enfants ; à "
                     "défaut, donnez le même e-mail et le même portable aux deux fiches",
               .en = "in SIECLE-BEE, keep one record for this parent and attach both children to it; failing that, "
                     "give both records the same e-mail and mobile"},
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    const std::vector<HomonymSet> sets = homonym_sets(dataset);
    if (sets.empty()) return;
    // The children of the namesakes, then those children's responsables
    // (PERSONNE_ID and ELEVE_ID views): two passes over the links, maps of
    // the few records concerned only.
    std::unordered_map<std::string_view, std::vector<std::string_view>> children;
    for (const HomonymSet& set : sets) {
      for (const model::Person* person : set.people) children.try_emplace(person->personne_id.view());
    }
    std::unordered_map<std::string_view, std::set<std::string_view>> of_pupil;
    // Legal links only: a grandfather of the father's name, a contact, is not the father typed twice.
    for (const model::ResponsableLink& link : dataset.links) {
      if (!link.legal()) continue;
      if (const auto it = children.find(link.personne_id.view()); it != children.end()) {
        it->second.push_back(link.eleve_id.view());
        of_pupil.try_emplace(link.eleve_id.view());
      }
    }
    for (const model::ResponsableLink& link : dataset.links) {
      if (!link.legal()) continue;
      if (const auto it = of_pupil.find(link.eleve_id.view()); it != of_pupil.end()) {
        it->second.insert(link.personne_id.view());
      }
    }
    ByIdentifier records(dataset);
    for (const HomonymSet& set : sets) {
      for (std::size_t i = 0; i < set.people.size(); ++i) {
        for (std::size_t j = i + 1; j < set.people.size(); ++j) {
          if (set.component[i] == set.component[j]) continue;  // one person already: R001's
          const model::Person& p = *set.people[i];
          const model::Person& q = *set.people[j];
          if (email_key(p.mel) == email_key(q.mel) && phone_key(p.tel_portable) == phone_key(q.tel_portable)) continue;
          report_siblings(p, q, children, of_pupil, records, out);
        }
      }
    }
  }

  // Reports p and q when a child of each are siblings: they share another responsable.
  static void report_siblings(const model::Person& p, const model::Person& q,
                              std::unordered_map<std::string_view, std::vector<std::string_view>>& children,
                              std::unordered_map<std::string_view, std::set<std::string_view>>& of_pupil,
                              ByIdentifier& records, Reporter& out) {
    const auto& of_p = children[p.personne_id.view()];
    const auto& of_q = children[q.personne_id.view()];
    for (const std::string_view a : of_p) {
      for (const std::string_view b : of_q) {
        // A record already parent of both children is not the other one's double.
        if (a == b || std::find(of_p.begin(), of_p.end(), b) != of_p.end() ||
            std::find(of_q.begin(), of_q.end(), a) != of_q.end()) {
          continue;
        }
        for (const std::string_view shared : of_pupil[a]) {
          if (shared == p.personne_id.view() || shared == q.personne_id.view() || !of_pupil[b].contains(shared)) {
            continue;
          }
          out.report({.location = q.location,
                      .args = {quoted_name(q, out.language()), records.pupil_name(a, p.location.file, out.language()),
                               records.pupil_name(b, q.location.file, out.language()),
                               records.person_name(shared, q.location.file, out.language())},
                      .record = model::RecordRef::responsable(q.personne_id),
                      .related = {p.location}});
          return;
        }
      }
    }
  }

  static constexpr low_memory::Needs records_needed{
      .declared = true, .link_keys = {&low_memory::link_person_id}, .select = &keep_homonyms_links};
};

}  // namespace

SCOLINT_RULE(R013, SiblingParentContactsDiffer)

}  // namespace scolint::rules
