#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>

#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

// Contact facts two records of the same person share. Values are normalised
// so "06 12 34 56 78" and "+33612345678" or "A@X.FR" and "a@x.fr" match.
std::string phone_key(std::string_view phone) {
  std::string digits;
  for (const char c : phone) {
    if (c >= '0' && c <= '9') digits += c;
  }
  if (digits.starts_with("0033")) digits = "0" + digits.substr(4);
  else if (digits.starts_with("33") && digits.size() == 11) digits = "0" + digits.substr(2);
  return digits.size() >= 9 ? digits : std::string();
}

std::string email_key(std::string_view email) {
  std::string out(model::trim(email));
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out.find('@') != std::string::npos ? out : std::string();
}

std::string address_key(const model::Address& address) {
  const std::string lines = model::fold_identity(address.ligne1 + address.ligne2 + address.ligne3 + address.ligne4);
  if (lines.empty()) return {};
  return lines + '\x1f' + std::string(model::trim(address.code_postal)) + '\x1f' +
         model::fold_identity(address.libelle_postal + address.commune_etrangere);
}

// Ordered by how strongly the shared fact points to one person; `none` sorts last.
enum class Shared : unsigned char { address, phone, email, none };

struct UnionFind {
  std::vector<std::size_t> parent;
  std::vector<Shared> reason;
  explicit UnionFind(std::size_t n) : parent(n), reason(n, Shared::none) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }
  void join(std::size_t a, std::size_t b, Shared why) {
    a = find(a);
    b = find(b);
    if (a == b) return;
    if (b < a) std::swap(a, b);
    parent[b] = a;
    reason[a] = std::min({reason[a], reason[b], why});
  }
};

struct DuplicateResponsable {
  static constexpr OptionSpec options[]{{"max_related", 10, 1, 1000}};
  static constexpr RuleInfo info{
      .code = "R001",
      .slug = "duplicate-responsable",
      .severity = Severity::warning,
      .summary = {.fr = "responsable saisi deux fois (même nom, prénom et adresse, téléphone ou courriel)",
                  .en = "responsable entered twice (same name and address, phone or e-mail)"},
      // {0} nom prénom, {1} PERSONNE_ID, {2} other PERSONNE_IDs, {3} what they share
      .message = {.fr = "le responsable « {0} » (PERSONNE_ID={1}) a une autre fiche avec {3} : PERSONNE_ID={2} ; "
                        "chaque fiche crée un compte parent",
                  .en = "responsable \"{0}\" (PERSONNE_ID={1}) has another record with {3}: PERSONNE_ID={2}; each "
                        "record creates a parent account"},
      .hint = {.fr = "dans SIECLE-BEE (Responsables), rattachez tous les enfants à une seule fiche et supprimez "
                     "l'autre avant la notification des comptes : une fiche supprimée après coup désactive le "
                     "compte déjà remis au parent",
               .en = "in SIECLE-BEE (Responsables), link every child to one record and delete the other before "
                     "accounts are notified: deleting it later deactivates the account the parent already has"},
      .options = options,
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    std::unordered_map<std::string, const model::Address*> addresses;
    for (const auto& address : dataset.addresses) addresses.emplace(address.adresse_id, &address);

    std::map<std::string, std::vector<const model::Person*>> by_name;
    for (const model::Person& person : dataset.persons) {
      const std::string name = model::fold_identity(person.usage_name().value);
      const std::string first = model::fold_identity(person.prenom.value);
      if (name.empty() || first.empty()) continue;
      by_name[name + '\x1f' + first].push_back(&person);
    }
    for (const auto& [key, homonyms] : by_name) {
      // One record per PERSONNE_ID: the same person in two files is not a duplicate.
      std::map<std::string, const model::Person*> distinct;
      for (const model::Person* person : homonyms) distinct.emplace(person->personne_id, person);
      if (distinct.size() < 2) continue;
      std::vector<const model::Person*> people;
      for (const auto& [id, person] : distinct) people.push_back(person);
      UnionFind groups(people.size());
      join_on(groups, people, Shared::address, [&](const model::Person& p) -> std::vector<std::string> {
        const auto it = addresses.find(p.adresse_id);
        if (it != addresses.end()) {
          if (auto folded = address_key(*it->second); !folded.empty()) return {folded};
        }
        return {};
      });
      join_on(groups, people, Shared::phone, [](const model::Person& p) {
        return std::vector<std::string>{phone_key(p.tel_personnel), phone_key(p.tel_portable),
                                        phone_key(p.tel_professionnel)};
      });
      join_on(groups, people, Shared::email, [](const model::Person& p) {
        return std::vector<std::string>{email_key(p.mel)};
      });
      report_groups(groups, people, out);
    }
  }

 private:
  template <typename Facts>
  static void join_on(UnionFind& groups, const std::vector<const model::Person*>& people, Shared why, Facts facts) {
    std::unordered_map<std::string, std::size_t> first_with;
    for (std::size_t i = 0; i < people.size(); ++i) {
      for (const std::string& fact : facts(*people[i])) {
        if (fact.empty()) continue;
        const auto [it, inserted] = first_with.emplace(fact, i);
        if (!inserted) groups.join(it->second, i, why);
      }
    }
  }

  static void report_groups(UnionFind& groups, const std::vector<const model::Person*>& people, Reporter& out) {
    const bool fr = out.language() == Language::fr;
    const auto cap = static_cast<std::size_t>(out.option("max_related"));
    for (std::size_t i = 0; i < people.size(); ++i) {
      const std::size_t root = groups.find(i);
      Finding finding{.location = people[i]->location, .record = "PERSONNE_ID=" + people[i]->personne_id};
      std::string others;
      for (std::size_t j = 0; j < people.size(); ++j) {
        if (j == i || groups.find(j) != root || finding.related.size() >= cap) continue;
        others += (others.empty() ? "" : ", ") + people[j]->personne_id;
        finding.related.push_back(people[j]->location);
      }
      if (finding.related.empty()) continue;
      std::string shared;
      switch (groups.reason[root]) {
        case Shared::address: shared = fr ? "la même adresse" : "the same address"; break;
        case Shared::phone: shared = fr ? "le même téléphone" : "the same phone number"; break;
        case Shared::email: shared = fr ? "le même courriel" : "the same e-mail"; break;
        case Shared::none: break;
      }
      const model::Person& person = *people[i];
      finding.args = {std::string(model::trim(person.usage_name().value)) + " " +
                          std::string(model::trim(person.prenom.value)),
                      person.personne_id, others, shared};
      out.report(std::move(finding));
    }
  }
};

}  // namespace

SCOLINT_RULE(R001, DuplicateResponsable)

}  // namespace scolint::rules
