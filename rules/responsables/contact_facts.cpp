#include "rules/responsables/contact_facts.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>

#include "model/text.hpp"
#include "rules/duplicate_keys.hpp"
#include "rules/low_memory_kit.hpp"
#include "rules/scope.hpp"

namespace scolint::rules {
namespace {

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

template <typename Facts>
void join_on(UnionFind& groups, const std::vector<const model::Person*>& people, Shared why, Facts facts) {
  std::unordered_map<std::string, std::size_t> first_with;
  for (std::size_t i = 0; i < people.size(); ++i) {
    for (const std::string& fact : facts(*people[i])) {
      if (fact.empty()) continue;
      const auto [it, inserted] = first_with.emplace(fact, i);
      if (!inserted) groups.join(it->second, i, why);
    }
  }
}

// The identity key of a responsable: folded nom + prénom; none for ENT
// guests, who are not responsables (their account is no parent's).
std::string name_key(const model::Dataset& dataset, const model::Person& person) {
  const std::string name = model::fold_identity(person.usage_name().value);
  const std::string first = model::fold_identity(person.prenom.value);
  if (name.empty() || first.empty()) return {};
  if (dataset.files[person.location.file].kind == model::ExportKind::ent_invites_csv) return {};
  return name + '\x1f' + first;
}

}  // namespace

std::string phone_key(std::string_view phone) {
  std::string digits;
  for (const char c : phone) {
    if (c >= '0' && c <= '9') digits += c;
  }
  if (digits.starts_with("0033")) {
    digits = "0" + digits.substr(4);
  } else if (digits.starts_with("33") && digits.size() == 11) {
    digits = "0" + digits.substr(2);
  }
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

void keep_homonyms_links(const rules::low_memory::FirstRead& first, const rules::Reporter& /*rule*/,
                         rules::low_memory::Keep& keep) {
  const model::Dataset& rest = *first.rest;
  std::vector<std::uint64_t> persons;
  for_each_shared_key(
      rest.persons, [&](const model::Person& p) { return name_key(rest, p); },
      [&](const std::string&, const std::vector<const model::Person*>& all) {
        for (const model::Person* person : all) persons.push_back(rules::low_memory::key_of(person->personne_id));
      });
  low_memory::keep_links_of(first, 0, std::move(persons), keep);
}

std::vector<HomonymSet> homonym_sets(const model::Dataset& dataset) {
  // Grouped by sorting hashes (16 bytes a responsable), not in a map of a
  // million name keys (a million map nodes and strings, twice: R001 and R002).
  auto key_of_name = [&dataset](const model::Person& person) { return name_key(dataset, person); };
  std::vector<std::vector<const model::Person*>> namesakes;
  std::vector<std::string_view> compared;
  for_each_shared_key(dataset.persons, key_of_name,
                      [&](const std::string&, const std::vector<const model::Person*>& all) {
                        // One record per PERSONNE_ID: the same person in two files is one person.
                        std::map<std::string_view, const model::Person*> distinct;
                        for (const model::Person* person : all) distinct.emplace(person->personne_id, person);
                        if (distinct.size() < 2) return;
                        auto& people = namesakes.emplace_back();
                        for (const auto& [id, person] : distinct) {
                          people.push_back(person);
                          compared.push_back(id);
                        }
                      });
  // Compared within one establishment: a parent is typed twice in one
  // school's SIECLE, and a namesake in another school is nobody's mistake.
  const PersonScopes scopes(dataset, std::move(compared));
  std::vector<HomonymSet> sets;
  for (const auto& people : namesakes) {
    std::map<std::string_view, HomonymSet> by_scope;
    for (const model::Person* person : people) {
      for (const std::string_view scope : scopes.of(*person)) by_scope[scope].people.push_back(person);
    }
    for (auto& [scope, set] : by_scope) {
      if (set.people.size() >= 2) sets.push_back(std::move(set));
    }
  }
  if (sets.empty()) return sets;

  // Only the addresses of homonyms are looked up.
  std::unordered_map<std::string_view, const model::Address*> addresses;
  for (const HomonymSet& set : sets) {
    for (const model::Person* person : set.people) {
      if (!person->adresse_id.empty()) addresses.emplace(person->adresse_id, nullptr);
    }
  }
  for (const auto& address : dataset.addresses) {
    const auto it = addresses.find(address.adresse_id);
    if (it != addresses.end() && it->second == nullptr) it->second = &address;
  }
  for (HomonymSet& set : sets) {
    UnionFind groups(set.people.size());
    // A placeholder ("0000000000", "XXXXXXXXXX" address lines) is no evidence
    // that two records are one person: it never joins them.
    const model::Placeholders& placeholders = dataset.placeholders;
    using model::ContactField;
    auto real = [&](const model::SourceLocation& at, ContactField field, std::string_view value,
                    const std::string& key) {
      return placeholders.contains(at.file, field, value) ? std::string() : key;
    };
    join_on(groups, set.people, Shared::address, [&](const model::Person& p) -> std::vector<std::string> {
      const auto it = addresses.find(p.adresse_id);
      if (it == addresses.end() || it->second == nullptr) return {};
      const model::Address& address = *it->second;
      return {real(address.location, ContactField::address_lines, model::address_lines(address), address_key(address))};
    });
    join_on(groups, set.people, Shared::phone, [&](const model::Person& p) {
      return std::vector<std::string>{
          real(p.location, ContactField::tel_personnel, p.tel_personnel, phone_key(p.tel_personnel)),
          real(p.location, ContactField::tel_portable, p.tel_portable, phone_key(p.tel_portable)),
          real(p.location, ContactField::tel_professionnel, p.tel_professionnel, phone_key(p.tel_professionnel))};
    });
    join_on(groups, set.people, Shared::email, [&](const model::Person& p) {
      return std::vector<std::string>{real(p.location, ContactField::mel, p.mel, email_key(p.mel))};
    });
    for (std::size_t i = 0; i < set.people.size(); ++i) set.component.push_back(groups.find(i));
    set.reason = groups.reason;
  }
  return sets;
}

}  // namespace scolint::rules
