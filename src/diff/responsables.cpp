// Responsables between two exports: added, removed, typed again under a new
// PERSONNE_ID, and the links to their children that changed.
#include <algorithm>
#include <deque>
#include <map>
#include <set>

#include "diff/compare.hpp"
#include "model/personal.hpp"
#include "model/text.hpp"

namespace scolint::changes {
namespace {

struct PersonEntry {
  const model::Person* person = nullptr;
  std::string_view key;  // PERSONNE_ID, or "~" + folded names for a CSV row identified by its line
  std::vector<std::pair<std::string_view, bool>> children;  // pupil keys (PupilEntry::key), legal link
};

std::string name_key(const model::Person& person) {
  if (model::is_blank(person.usage_name().value) || model::is_blank(person.prenom.value)) return {};
  return model::fold_identity(person.usage_name().value) + '|' + model::fold_identity(person.prenom.value);
}

struct PersonTable {
  std::vector<PersonEntry> list;
  std::unordered_map<std::string_view, std::uint32_t> by_key;
  std::unordered_map<std::string, std::string_view> key_of_id;  // model::run_key of a line identifier → its key
  // (pupil key, person key) → legal, for the links of compared files.
  std::map<std::pair<std::string_view, std::string_view>, bool> links;
  std::unordered_map<std::string_view, const model::Address*> addresses;
  std::deque<std::string>* keys;  // where the keys of rows known by their line live (the Comparison's)

  [[nodiscard]] const PersonEntry* find(std::string_view key) const {
    const auto it = by_key.find(key);
    return it == by_key.end() ? nullptr : &list[it->second];
  }
  [[nodiscard]] std::string_view key_of(std::string_view personne_id, const model::SourceLocation& at) const {
    if (key_of_id.empty()) return personne_id;
    const auto it = key_of_id.find(file_key(personne_id, at.file));
    return it == key_of_id.end() ? personne_id : it->second;
  }

  PersonTable(const Side& side, const PupilTable& pupils, std::deque<std::string>& storage) : keys(&storage) {
    for (const model::Person& person : side.records.persons) {
      if (!side.counts(person.location.file, Records::responsables) || person.personne_id.empty()) continue;
      std::string_view key = person.personne_id;
      if (is_line_identifier(person.personne_id, person.location.line)) {
        std::string name = name_key(person);
        if (name.empty()) continue;
        key = keys->emplace_back("~" + name);
        key_of_id.emplace(file_key(person.personne_id, person.location.file), key);
      }
      if (by_key.try_emplace(key, static_cast<std::uint32_t>(list.size())).second) list.push_back({&person, key, {}});
    }
    for (const model::ResponsableLink& link : side.records.links) {
      // A link may stand in the pupils' file (AAF Eleve) or the responsables'.
      if (!side.counts(link.location.file, Records::responsables) &&
          !side.counts(link.location.file, Records::pupils)) {
        continue;
      }
      const std::string_view child = pupils.key_of(link.eleve_id, link.location);
      const std::string_view parent = key_of(link.personne_id, link.location);
      if (!links.try_emplace({child, parent}, link.legal()).second) continue;
      if (const auto it = by_key.find(parent); it != by_key.end())
        list[it->second].children.emplace_back(child, link.legal());
    }
    for (const model::Address& address : side.records.addresses) {
      if (side.counts(address.location.file, Records::responsables))
        addresses.try_emplace(address.adresse_id, &address);
    }
  }
  PersonTable(const PersonTable&) = delete;
  PersonTable& operator=(const PersonTable&) = delete;
};

std::string person_name(const model::Person& person) {
  return model::personal_name(person.usage_name().value, person.prenom.value);
}

// A name key with what else must match: one of the same children, or the address.
std::string joined_key(std::string_view name, std::string_view what, std::string_view value) {
  std::string key(name);
  key.append(what).append(value);
  return key;
}

std::string address_key(const PersonTable& table, const model::Person& person) {
  const auto it = table.addresses.find(person.adresse_id);
  if (it == table.addresses.end()) return {};
  const model::Address& a = *it->second;
  std::string key;
  for (const model::Text& line : {a.ligne1, a.ligne2, a.ligne3, a.ligne4, a.code_postal, a.libelle_postal}) {
    key += model::fold_identity(line.view());
    key += '|';
  }
  return key.size() > 6 ? key : std::string{};
}

}  // namespace

void compare_responsables(Comparison& c) {
  const PersonTable before(c.before, c.old_pupils, c.person_keys);
  const PersonTable after(c.after, c.new_pupils, c.person_keys);
  if (before.list.empty() && after.list.empty()) return;

  // A responsable's division: their first child's, as in lint reports.
  auto subject_in = [&](const PersonEntry& entry, const PupilTable& pupils) {
    Subject subject{"responsable", entry.person->personne_id.str(), person_name(*entry.person)};
    for (const auto& [child, legal] : entry.children) {
      if (const PupilEntry* pupil = pupils.find(child); pupil != nullptr && !pupil->division.empty()) {
        subject.division = std::string(pupil->division);
        break;
      }
    }
    return subject;
  };
  auto legal_of_any = [](const PersonEntry& entry) {
    return std::any_of(entry.children.begin(), entry.children.end(), [](const auto& child) { return child.second; });
  };
  // Every child came (or went) with the responsable: the pupils' changes say it.
  auto with_children = [](const PersonEntry& entry, const std::unordered_set<std::string_view>& moved) {
    if (entry.children.empty()) return false;
    for (const auto& [child, legal] : entry.children) {
      if (!moved.contains(child)) return false;
    }
    return true;
  };

  // The same responsable under a new PERSONNE_ID: the same name with one of
  // the same children, else with the same postal address.
  std::map<std::string, std::vector<const PersonEntry*>> come_by_key;
  std::vector<const PersonEntry*> gone;
  for (const PersonEntry& entry : after.list) {
    if (before.find(entry.key) != nullptr) continue;
    const std::string name = name_key(*entry.person);
    if (name.empty()) continue;
    for (const auto& [child, legal] : entry.children) come_by_key[joined_key(name, "|child|", child)].push_back(&entry);
    if (std::string address = address_key(after, *entry.person); !address.empty()) {
      come_by_key[joined_key(name, "|address|", address)].push_back(&entry);
    }
  }
  std::set<const PersonEntry*> matched;
  // How many OLD records each key names: a key must name one person on each side.
  std::map<std::string, std::uint32_t> gone_keys;
  auto keys_of_gone = [&](const PersonEntry& entry) {
    std::vector<std::string> keys;
    const std::string name = name_key(*entry.person);
    if (name.empty()) return keys;
    for (const auto& [child, legal] : entry.children)
      keys.push_back(joined_key(name, "|child|", c.pupil_in_new(child)));
    if (std::string address = address_key(before, *entry.person); !address.empty()) {
      keys.push_back(joined_key(name, "|address|", address));
    }
    return keys;
  };
  for (const PersonEntry& entry : before.list) {
    if (after.find(entry.key) != nullptr) continue;
    for (const std::string& key : keys_of_gone(entry)) ++gone_keys[key];
  }
  for (const PersonEntry& entry : before.list) {
    if (after.find(entry.key) != nullptr) continue;
    gone.push_back(&entry);
    for (const std::string& key : keys_of_gone(entry)) {
      const auto it = come_by_key.find(key);
      if (it == come_by_key.end() || it->second.size() != 1 || gone_keys[key] != 1 ||
          matched.contains(it->second.front())) {
        continue;
      }
      const PersonEntry& to = *it->second.front();
      matched.insert(&to);
      matched.insert(&entry);
      c.person_new_id.emplace(entry.key, to.key);
      c.person_old_id.emplace(to.key, entry.key);
      Draft draft{"responsable-id-changed", 0};
      draft.args = {c.quoted(person_name(*to.person)), entry.person->personne_id.str(), to.person->personne_id.str()};
      draft.subject = subject_in(to, c.new_pupils);
      draft.old_value = entry.person->personne_id.str();
      draft.new_value = to.person->personne_id.str();
      draft.record = model::RecordRef::responsable(to.person->personne_id);
      draft.in_new = to.person->location;
      draft.in_old = entry.person->location;
      c.drafts.push_back(std::move(draft));
      break;
    }
  }
  for (const PersonEntry* entry : gone) {
    // A contact or a person in charge gets no parent account: nothing is created or deactivated.
    if (matched.contains(entry) || !legal_of_any(*entry) || with_children(*entry, c.departed) || c.incomplete) continue;
    Draft draft{"responsable-removed", 0, {c.quoted(person_name(*entry->person))}, subject_in(*entry, c.old_pupils)};
    draft.record = model::RecordRef::responsable(entry->person->personne_id);
    draft.in_old = entry->person->location;
    c.drafts.push_back(std::move(draft));
  }
  for (const PersonEntry& entry : after.list) {
    if (before.find(entry.key) != nullptr || matched.contains(&entry) || !legal_of_any(entry) ||
        with_children(entry, c.arrived)) {
      continue;
    }
    Draft draft{"responsable-added", 0, {c.quoted(person_name(*entry.person))}, subject_in(entry, c.new_pupils)};
    draft.record = model::RecordRef::responsable(entry.person->personne_id);
    draft.in_new = entry.person->location;
    c.drafts.push_back(std::move(draft));
  }

  // Links between a responsable and a pupil that both sides hold.
  auto link_draft = [&](std::uint8_t variant, const PersonEntry& person, const PupilEntry& pupil, bool in_new) {
    Draft draft{"link-changed", variant, {c.quoted(person_name(*person.person)), c.quoted(pupil_name(*pupil.pupil))}};
    draft.subject = {"responsable", person.person->personne_id.str(), person_name(*person.person),
                     std::string(pupil.division)};
    draft.subject.related.push_back(pupil_subject(pupil));
    draft.record = model::RecordRef::link(pupil.pupil->eleve_id, person.person->personne_id);
    (in_new ? draft.in_new : draft.in_old) = person.person->location;
    c.drafts.push_back(std::move(draft));
  };
  for (const auto& [key, legal] : before.links) {
    const auto& [eleve, personne] = key;
    const PersonEntry* person_now = after.find(c.person_in_new(personne));
    const PupilEntry* pupil_now = c.new_pupils.find(c.pupil_in_new(eleve));
    if (person_now == nullptr || pupil_now == nullptr || pupil_now->pupil->left) continue;
    const auto now = after.links.find({pupil_now->key, person_now->key});
    if (now == after.links.end()) {
      link_draft(legal ? 1 : 4, *person_now, *pupil_now, true);
    } else if (now->second != legal) {
      link_draft(legal ? 0 : 2, *person_now, *pupil_now, true);
    }
  }
  for (const auto& [key, legal] : after.links) {
    const auto& [eleve, personne] = key;
    const auto old_person = c.person_old_id.find(personne);
    const auto old_pupil = c.pupil_old_id.find(eleve);
    const std::string_view personne_before = old_person == c.person_old_id.end() ? personne : old_person->second;
    const std::string_view eleve_before = old_pupil == c.pupil_old_id.end() ? eleve : old_pupil->second;
    const PersonEntry* person_now = after.find(personne);
    const PupilEntry* pupil_now = c.new_pupils.find(eleve);
    if (before.find(personne_before) == nullptr || c.old_pupils.find(eleve_before) == nullptr ||
        person_now == nullptr || pupil_now == nullptr || pupil_now->pupil->left) {
      continue;
    }
    if (!before.links.contains({eleve_before, personne_before})) link_draft(3, *person_now, *pupil_now, true);
  }
}

}  // namespace scolint::changes
