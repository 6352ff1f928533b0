// Pupils between two exports: who arrived, left, moved, was renamed, or was
// typed again under a new ELEVE_ID. Divisions and a NEW too partial to
// import: divisions.cpp.
#include <algorithm>
#include <map>
#include <set>

#include "diff/compare.hpp"
#include "diff/divisions.hpp"
#include "model/identity.hpp"
#include "model/personal.hpp"
#include "model/pseudo_division.hpp"
#include "model/text.hpp"

namespace scolint::changes {
namespace {

using model::personal;
using model::PersonalKind;

std::string_view trimmed(const model::Field& field) { return model::trim(field.value); }

std::string_view ine_of(const model::Pupil& pupil) {
  const model::Field* ine = pupil.ine();
  return ine == nullptr ? std::string_view{} : model::trim(ine->value);
}

// The same person typed twice: folded birth name, first name, birth date (as P004 reads them).
using model::pupil_identity_key;

bool same_names(const model::Pupil& a, const model::Pupil& b) {
  return trimmed(a.usage_name()) == trimmed(b.usage_name()) && trimmed(a.birth_name()) == trimmed(b.birth_name()) &&
         trimmed(a.prenom) == trimmed(b.prenom);
}

}  // namespace

std::string pupil_name(const model::Pupil& pupil) {
  return model::personal_name(pupil.usage_name().value, pupil.prenom.value);
}

Subject pupil_subject(const PupilEntry& entry) {
  return {"pupil", entry.pupil->eleve_id.str(), pupil_name(*entry.pupil), std::string(entry.division)};
}

PupilTable PupilTable::of(const Side& side) {
  PupilTable table;
  struct Placed {
    std::string_view division;
    std::string_view pseudo;
  };
  std::unordered_map<std::string, Placed> placed;  // by model::run_key: "L2" of two CSV files are two rows
  for (const model::Membership& membership : side.records.memberships) {
    if (membership.type != 'D' || membership.code.empty() || !side.counts(membership.location.file, Records::pupils)) {
      continue;
    }
    Placed& place = placed[model::run_key(membership.eleve_id, membership.location)];
    if (model::is_pseudo_division(membership.code)) {
      if (place.pseudo.empty()) place.pseudo = membership.code;
    } else if (place.division.empty()) {
      place.division = membership.code;
    }
  }
  for (const model::Pupil& pupil : side.records.pupils) {
    if (!side.counts(pupil.location.file, Records::pupils) || pupil.eleve_id.empty()) continue;
    const auto found = placed.find(model::run_key(pupil.eleve_id, pupil.location));
    std::string_view key = pupil.eleve_id;
    if (is_line_identifier(pupil.eleve_id, pupil.location.line)) {
      // Names and birth date, else names and class (an ENT CSV may have no birth date).
      std::string identity = pupil_identity_key(pupil);
      if (identity.empty() && found != placed.end() && !found->second.division.empty()) {
        if (std::string names = model::pupil_name_key(pupil); !names.empty()) {
          identity = names
                         .append(
                             "\x1f"
                             "class\x1f")
                         .append(found->second.division);
        }
      }
      if (identity.empty()) continue;  // nothing to know them by from one export to the next
      key = table.keys->emplace_back("~" + identity);
      table.key_of_line_id.emplace(file_key(pupil.eleve_id, pupil.location.file), key);
    }
    const auto [it, inserted] = table.by_key.try_emplace(key, static_cast<std::uint32_t>(table.list.size()));
    if (!inserted) continue;
    PupilEntry entry{&pupil, key, {}, {}};
    if (found != placed.end()) {
      entry.division = found->second.division;
      if (entry.division.empty()) entry.pseudo = found->second.pseudo;
    }
    table.list.push_back(entry);
  }
  return table;
}

const PupilEntry* PupilTable::find(std::string_view key) const {
  const auto it = by_key.find(key);
  return it == by_key.end() ? nullptr : &list[it->second];
}

std::string_view PupilTable::key_of(std::string_view eleve_id, const model::SourceLocation& at) const {
  if (key_of_line_id.empty()) return eleve_id;
  const auto it = key_of_line_id.find(file_key(eleve_id, at.file));
  return it == key_of_line_id.end() ? eleve_id : it->second;
}

std::string_view Comparison::pupil_in_new(std::string_view key) const {
  const auto it = pupil_new_id.find(key);
  return it == pupil_new_id.end() ? key : it->second;
}

std::string_view Comparison::person_in_new(std::string_view key) const {
  const auto it = person_new_id.find(key);
  return it == person_new_id.end() ? key : it->second;
}

void compare_pupils(Comparison& c) {
  const PupilTable& before = c.old_pupils;
  const PupilTable& after = c.new_pupils;
  if (before.list.empty() && after.list.empty() && c.before.records.divisions.empty() &&
      c.after.records.divisions.empty()) {
    return;
  }
  // Who NEW no longer holds under the same ELEVE_ID, and who it holds anew.
  std::vector<const PupilEntry*> gone;
  std::vector<const PupilEntry*> come;
  for (const PupilEntry& entry : before.list) {
    if (after.find(entry.key) == nullptr) gone.push_back(&entry);
  }
  for (const PupilEntry& entry : after.list) {
    if (before.find(entry.key) == nullptr) come.push_back(&entry);
  }
  // The same pupil under a new ELEVE_ID: by INE, else by name and birth date
  // when that names one pupil on each side.
  std::unordered_map<std::string_view, const PupilEntry*> come_by_ine;
  std::unordered_map<std::string, std::vector<const PupilEntry*>> come_by_identity;
  std::unordered_map<std::string, std::uint32_t> gone_identities;
  for (const PupilEntry* entry : come) {
    if (const std::string_view ine = ine_of(*entry->pupil); !ine.empty()) come_by_ine.try_emplace(ine, entry);
    if (std::string key = pupil_identity_key(*entry->pupil); !key.empty())
      come_by_identity[std::move(key)].push_back(entry);
  }
  for (const PupilEntry* entry : gone) {
    if (std::string key = pupil_identity_key(*entry->pupil); !key.empty()) ++gone_identities[std::move(key)];
  }
  std::unordered_set<const PupilEntry*> matched;
  struct Renumbered {
    const PupilEntry* from;
    const PupilEntry* to;
    bool by_ine;
  };
  std::vector<Renumbered> renumbered;
  for (const PupilEntry* entry : gone) {
    const PupilEntry* to = nullptr;
    bool by_ine = false;
    if (const std::string_view ine = ine_of(*entry->pupil); !ine.empty()) {
      const auto it = come_by_ine.find(ine);
      if (it != come_by_ine.end() && !matched.contains(it->second)) {
        to = it->second;
        by_ine = true;
      }
    }
    if (to == nullptr) {
      const std::string key = pupil_identity_key(*entry->pupil);
      const auto it = key.empty() ? come_by_identity.end() : come_by_identity.find(key);
      if (it != come_by_identity.end() && it->second.size() == 1 && gone_identities[key] == 1 &&
          !matched.contains(it->second.front())) {
        to = it->second.front();
      }
    }
    if (to == nullptr) continue;
    matched.insert(to);
    matched.insert(entry);
    c.pupil_new_id.emplace(entry->key, to->key);
    c.pupil_old_id.emplace(to->key, entry->key);
    renumbered.push_back({entry, to, by_ine});
  }

  std::uint64_t missing = 0;
  for (const PupilEntry* entry : gone) missing += current(*entry) && !matched.contains(entry) ? 1U : 0U;
  const DivisionsSeen old_divisions = divisions_of(c.before, before);
  const DivisionsSeen new_divisions = divisions_of(c.after, after);
  const bool unplaced = check_export_whole(c, old_divisions, new_divisions, missing);
  compare_divisions(c, old_divisions, new_divisions, unplaced);

  const std::string no_division = c.words("sans division", "no division");
  auto division_or_none = [&](std::string_view division) {
    return division.empty() ? no_division : std::string(division);
  };
  // Where a pupil is placed, in words: their division, `Inactifs`, or none.
  auto placement = [&](const PupilEntry& entry) {
    return entry.division.empty() && !entry.pseudo.empty() ? std::string(entry.pseudo)
                                                           : division_or_none(entry.division);
  };
  for (const Renumbered& pair : renumbered) {
    Draft draft{"pupil-id-changed", pair.by_ine ? std::uint8_t{0} : std::uint8_t{1}};
    draft.args = {c.quoted(pupil_name(*pair.to->pupil)), pair.from->pupil->eleve_id.str(),
                  pair.to->pupil->eleve_id.str(), personal(PersonalKind::ine, ine_of(*pair.to->pupil))};
    draft.subject = pupil_subject(*pair.to);
    draft.old_value = pair.from->pupil->eleve_id.str();
    draft.new_value = pair.to->pupil->eleve_id.str();
    draft.record = model::RecordRef::pupil(pair.to->pupil->eleve_id);
    draft.in_new = pair.to->pupil->location;
    draft.in_old = pair.from->pupil->location;
    c.drafts.push_back(std::move(draft));
  }
  for (const PupilEntry& was : before.list) {
    const PupilEntry* now = after.find(was.key);
    if (now == nullptr) {
      if (matched.contains(&was)) continue;
      c.departed.insert(was.key);  // also one who had left already: their responsables go with them
      if (!current(was)) continue;
      if (c.incomplete) continue;
      Draft draft{
          "pupil-left", 0, {c.quoted(pupil_name(*was.pupil)), division_or_none(was.division)}, pupil_subject(was)};
      draft.old_value = std::string(was.division);
      draft.record = model::RecordRef::pupil(was.pupil->eleve_id);
      draft.in_old = was.pupil->location;
      c.drafts.push_back(std::move(draft));
      continue;
    }
    const model::Pupil& a = *was.pupil;
    const model::Pupil& b = *now->pupil;
    auto draft_for = [&](std::string_view kind, std::uint8_t variant) {
      Draft draft{kind, variant, {c.quoted(pupil_name(b))}, pupil_subject(*now)};
      draft.record = model::RecordRef::pupil(b.eleve_id);
      draft.in_new = b.location;
      draft.in_old = a.location;
      return draft;
    };
    if (current(was) && !current(*now)) {
      c.departed.insert(was.key);
      Draft draft = draft_for("pupil-left", 1);
      draft.subject.division = std::string(was.division);
      draft.args.push_back(division_or_none(was.division));
      draft.args.push_back(personal(PersonalKind::date, model::trim(b.date_sortie)));
      draft.new_value = personal(PersonalKind::date, model::trim(b.date_sortie));
      c.drafts.push_back(std::move(draft));
      continue;
    }
    if (!current(was) && current(*now)) {
      c.arrived.insert(now->key);
      Draft draft = draft_for("pupil-arrived", 2);
      draft.args.emplace_back();
      draft.args.push_back(division_or_none(now->division));
      draft.old_value = personal(PersonalKind::date, model::trim(a.date_sortie));
      c.drafts.push_back(std::move(draft));
      continue;
    }
    if (!current(*now)) continue;
    if (!same_names(a, b)) {
      // The name the ENT shows (usage name and first name) changed, only its
      // case or accents, or only the birth name behind it.
      const bool shown = pupil_name(a) != pupil_name(b);
      const bool folded = model::fold_identity(a.usage_name().value) == model::fold_identity(b.usage_name().value) &&
                          model::fold_identity(a.prenom.value) == model::fold_identity(b.prenom.value);
      const std::uint8_t variant = !shown ? 1 : folded ? 2 : 0;
      Draft draft = draft_for("pupil-renamed", variant);
      if (variant == 1) {
        draft.old_value = personal(PersonalKind::name, trimmed(a.birth_name()));
        draft.new_value = personal(PersonalKind::name, trimmed(b.birth_name()));
        draft.args.push_back(draft.old_value);
        draft.args.push_back(draft.new_value);
      } else {
        draft.old_value = pupil_name(a);
        draft.new_value = pupil_name(b);
        draft.args.push_back(c.quoted(draft.old_value));
        draft.args.push_back(c.quoted(draft.new_value));
      }
      c.drafts.push_back(std::move(draft));
    }
    const std::string_view ine_a = ine_of(a);
    const std::string_view ine_b = ine_of(b);
    if (ine_a != ine_b) {
      const std::uint8_t variant = ine_a.empty() ? 2 : ine_b.empty() ? 1U : 0U;
      Draft draft = draft_for("ine-changed", variant);
      draft.args.push_back(personal(PersonalKind::ine, ine_a));
      draft.args.push_back(personal(PersonalKind::ine, ine_b));
      draft.old_value = personal(PersonalKind::ine, ine_a);
      draft.new_value = personal(PersonalKind::ine, ine_b);
      c.drafts.push_back(std::move(draft));
    }
    if ((was.division != now->division || (now->division.empty() && was.pseudo != now->pseudo)) &&
        !(c.incomplete && now->division.empty())) {
      const auto renamed = c.division_renamed.find(was.division);
      if (renamed != c.division_renamed.end() && renamed->second == now->division) continue;
      const std::uint8_t variant = !now->division.empty() ? 0 : now->pseudo.empty() ? 1 : 2;
      Draft draft = draft_for("pupil-moved", variant);
      if (now->division.empty()) draft.subject.division = std::string(was.division);  // filed where they were
      draft.args.push_back(placement(was));
      draft.args.push_back(placement(*now));
      draft.old_value = std::string(was.division);
      draft.new_value = std::string(now->division);
      c.drafts.push_back(std::move(draft));
    }
  }
  for (const PupilEntry& now : after.list) {
    if (before.find(now.key) != nullptr || matched.contains(&now) || !current(now)) continue;
    c.arrived.insert(now.key);
    Draft draft{"pupil-arrived", now.division.empty() ? std::uint8_t{1} : std::uint8_t{0}};
    draft.args = {c.quoted(pupil_name(*now.pupil)), "", std::string(now.division)};
    draft.subject = pupil_subject(now);
    draft.new_value = std::string(now.division);
    draft.record = model::RecordRef::pupil(now.pupil->eleve_id);
    draft.in_new = now.pupil->location;
    c.drafts.push_back(std::move(draft));
  }
}

}  // namespace scolint::changes
