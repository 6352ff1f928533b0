#include "engine/subjects.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "engine/first_division.hpp"
#include "model/personal.hpp"
#include "model/text.hpp"

namespace scolint::engine {
namespace {

// "DAVID Léa": the name the ENT shows (nom d'usage, else nom de famille),
// then the first name, as the messages spell it.
std::string display_name(const model::Field& nom, const model::Field& prenom) {
  return model::personal_name(nom.value.view(), prenom.value.view());
}

}  // namespace

std::string relation_word(const model::ResponsableLink& link, model::ExportKind kind) {
  const std::string_view code = model::trim(link.code_parente.view());
  if (kind == model::ExportKind::aaf && code.size() == 1) {
    // The 2013 AAF files number the lien 1 (père) and 2 (mère): ENTElevePere
    // and ENTEleveMere name the same ids.
    if (code == "1") return "father";
    if (code == "2") return "mother";
    return {};
  }
  if (code == "10") return "mother";
  if (code == "20") return "father";
  if (code == "50") return "guardian";
  return {};
}

NamedSubjects::Span NamedSubjects::keep(std::string_view value) {
  const Span span{static_cast<std::uint32_t>(text_.size()), static_cast<std::uint32_t>(value.size())};
  text_.append(value);
  return span;
}

NamedSubjects::NamedSubjects(const std::vector<const model::RecordRef*>& records, const model::Dataset& dataset,
                             unsigned threads)
    : entries_(records.size()) {
  // What the findings name.
  std::unordered_set<std::string_view> persons_wanted, addresses_wanted, staff_wanted, pupils_wanted;
  for (const model::RecordRef* record : records) {
    switch (record->kind) {
      case model::RecordKind::pupil:
      case model::RecordKind::link: pupils_wanted.insert(record->pupil_id()); break;
      case model::RecordKind::responsable: persons_wanted.insert(record->id); break;
      case model::RecordKind::address: addresses_wanted.insert(record->id); break;
      case model::RecordKind::staff: staff_wanted.insert(record->id); break;
      default: break;
    }
  }
  if (pupils_wanted.empty() && persons_wanted.empty() && addresses_wanted.empty() && staff_wanted.empty()) return;
  // Responsables, and the residents of the addresses named (each once, in file order).
  std::unordered_map<std::string_view, const model::Person*> person_of;
  std::unordered_map<std::string_view, std::vector<const model::Person*>> residents;
  std::unordered_map<std::string_view, std::uint32_t> residents_more;
  if (!persons_wanted.empty() || !addresses_wanted.empty()) {
    for (const model::Person& person : dataset.persons) {
      if (persons_wanted.contains(person.personne_id.view())) person_of.try_emplace(person.personne_id.view(), &person);
      if (person.adresse_id.empty() || !addresses_wanted.contains(person.adresse_id.view())) continue;
      auto& living = residents[person.adresse_id.view()];
      if (std::any_of(living.begin(), living.end(),
                      [&](const model::Person* p) { return p->personne_id == person.personne_id; })) {
        continue;
      }
      if (living.size() < max_related_named) {
        living.push_back(&person);
      } else {
        ++residents_more[person.adresse_id.view()];
      }
    }
  }
  // A responsable's children, in link order, each once.
  struct Child {
    std::string_view eleve_id;
    std::string relation;
  };
  std::unordered_map<std::string_view, std::pair<std::vector<Child>, std::uint32_t>> children_of;
  if (!persons_wanted.empty()) {
    for (const model::ResponsableLink& link : dataset.links) {
      if (link.eleve_id.empty() || !persons_wanted.contains(link.personne_id.view())) continue;
      auto& [children, more] = children_of[link.personne_id.view()];
      if (std::any_of(children.begin(), children.end(),
                      [&](const Child& c) { return c.eleve_id == link.eleve_id.view(); })) {
        continue;
      }
      if (children.size() >= max_related_named) {
        ++more;
        continue;
      }
      const model::ExportKind kind = link.location.file < dataset.files.size() ? dataset.files[link.location.file].kind
                                                                               : model::ExportKind::unknown;
      children.push_back({link.eleve_id.view(), relation_word(link, kind)});
      pupils_wanted.insert(link.eleve_id.view());
    }
  }
  // The pupils (named, with their division) and staff.
  std::unordered_map<std::string_view, std::uint32_t> pupil_index;  // ELEVE_ID → named_
  FirstDivisions divisions;
  std::vector<std::size_t> slots;
  for (const model::Pupil& pupil : dataset.pupils) {
    if (!pupils_wanted.contains(pupil.eleve_id.view()) || pupil_index.contains(pupil.eleve_id.view())) continue;
    pupil_index.emplace(pupil.eleve_id.view(), static_cast<std::uint32_t>(named_.size()));
    named_.push_back({keep(pupil.eleve_id.view()), keep(display_name(pupil.usage_name(), pupil.prenom)), {}});
    slots.push_back(divisions.want(pupil.eleve_id.view()));
  }
  // Pupils named but absent from the files (a dangling link): their id only.
  for (const std::string_view id : pupils_wanted) {
    if (pupil_index.contains(id)) continue;
    pupil_index.emplace(id, static_cast<std::uint32_t>(named_.size()));
    named_.push_back({keep(id), {}, {}});
    slots.push_back(divisions.want(id));
  }
  divisions.find_in(dataset.memberships, threads);
  for (const auto& [id, index] : pupil_index) named_[index].division = keep(divisions.of(slots[index]));
  std::unordered_map<std::string_view, std::uint32_t> staff_index;
  for (const model::Staff& staff : dataset.staff) {
    if (!staff_wanted.contains(staff.id.view()) || staff_index.contains(staff.id.view())) continue;
    staff_index.emplace(staff.id.view(), static_cast<std::uint32_t>(named_.size()));
    named_.push_back({keep(staff.id.view()), keep(display_name(staff.usage_name(), staff.prenom)), {}});
  }
  std::unordered_map<std::string_view, std::uint32_t> person_index;
  auto person = [&](const model::Person& p) {
    const auto [it, inserted] =
        person_index.try_emplace(p.personne_id.view(), static_cast<std::uint32_t>(named_.size()));
    if (inserted) named_.push_back({keep(p.personne_id.view()), keep(display_name(p.usage_name(), p.prenom)), {}});
    return it->second;
  };

  for (std::size_t i = 0; i < records.size(); ++i) {
    const model::RecordRef& record = *records[i];
    Entry& entry = entries_[i];
    switch (record.kind) {
      case model::RecordKind::pupil:
      case model::RecordKind::link: entry.self = pupil_index.at(record.pupil_id()); break;
      case model::RecordKind::staff:
        if (const auto it = staff_index.find(record.id); it != staff_index.end()) entry.self = it->second;
        break;
      case model::RecordKind::responsable: {
        if (const auto it = person_of.find(record.id); it != person_of.end()) entry.self = person(*it->second);
        const auto children = children_of.find(record.id);
        if (children == children_of.end()) break;
        entry.related = static_cast<std::uint32_t>(related_.size());
        for (const Child& child : children->second.first)
          related_.push_back({pupil_index.at(child.eleve_id), keep(child.relation)});
        entry.related_count = static_cast<std::uint32_t>(children->second.first.size());
        entry.more = children->second.second;
        break;
      }
      case model::RecordKind::address: {
        const auto living = residents.find(record.id);
        if (living == residents.end()) break;
        entry.related = static_cast<std::uint32_t>(related_.size());
        for (const model::Person* resident : living->second) related_.push_back({person(*resident), {}});
        entry.related_count = static_cast<std::uint32_t>(living->second.size());
        if (const auto more = residents_more.find(record.id); more != residents_more.end()) entry.more = more->second;
        break;
      }
      default: break;
    }
  }
  text_.shrink_to_fit();
}

Subject NamedSubjects::named(std::uint32_t index, std::string kind) const {
  const Named& n = named_[index];
  return {.kind = std::move(kind),
          .id = std::string(text(n.id)),
          .name = std::string(text(n.name)),
          .division = std::string(text(n.division))};
}

Subject NamedSubjects::subject(std::size_t finding, const model::RecordRef& record) const {
  const Entry& entry = finding < entries_.size() ? entries_[finding] : Entry{};
  switch (record.kind) {
    case model::RecordKind::pupil:
    case model::RecordKind::link:
      // A link's finding is the pupil's business: their record is where it is fixed.
      if (entry.self != none) return named(entry.self, "pupil");
      return {.kind = "pupil", .id = std::string(record.pupil_id())};
    case model::RecordKind::staff:
      if (entry.self != none) return named(entry.self, "staff");
      return {.kind = "staff", .id = record.id};
    case model::RecordKind::responsable:
    case model::RecordKind::address: {
      const bool address = record.kind == model::RecordKind::address;
      Subject subject =
          entry.self != none ? named(entry.self, "responsable") : Subject{.kind = "responsable", .id = record.id};
      if (address) subject = {.kind = "address", .id = record.id};
      for (std::uint32_t r = entry.related; r < entry.related + entry.related_count; ++r) {
        Subject other = named(related_[r].named, address ? "responsable" : "pupil");
        other.relation = text(related_[r].relation);
        subject.related.push_back(std::move(other));
      }
      subject.more = entry.more;
      return subject;
    }
    case model::RecordKind::division: return {.kind = "division", .id = record.id, .name = record.id};
    case model::RecordKind::group: return {.kind = "group", .id = record.id, .name = record.id};
    default: return {};
  }
}

std::string NamedSubjects::division(std::size_t finding, const model::RecordRef& record) const {
  const Entry& entry = finding < entries_.size() ? entries_[finding] : Entry{};
  switch (record.kind) {
    case model::RecordKind::pupil:
    case model::RecordKind::link:
      return entry.self == none ? std::string() : std::string(text(named_[entry.self].division));
    case model::RecordKind::responsable:
      // Filed under the first child's division: the class whose team meets the family.
      for (std::uint32_t r = entry.related; r < entry.related + entry.related_count; ++r) {
        const std::string_view division = text(named_[related_[r].named].division);
        if (!division.empty()) return std::string(division);
      }
      return {};
    case model::RecordKind::division: return record.id;
    default: return {};
  }
}

}  // namespace scolint::engine
