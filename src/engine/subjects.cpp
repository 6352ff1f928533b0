#include "engine/subjects.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "engine/first_division.hpp"
#include "model/per_file.hpp"
#include "model/personal.hpp"
#include "model/text.hpp"

namespace scolint::engine {
namespace {

// "DAVID Léa": the name the ENT shows (nom d'usage, else nom de famille),
// then the first name, as the messages spell it.
std::string display_name(const model::Field& nom, const model::Field& prenom) {
  return model::personal_name(nom.value.view(), prenom.value.view());
}

// A responsable's family is gathered across the files of one establishment
// (an AAF drop, whose files say none, is one), but a row known by its line
// is a person of its own file only.
std::string family_key(std::string_view personne_id, model::FileId file, const std::vector<model::FileRecord>& files) {
  if (model::has_line_identifier_shape(personne_id)) {
    return std::to_string(file).append(1, '\x1f').append(personne_id);
  }
  return std::string(model::uaj_of(files, file)).append(1, '\x1f').append(personne_id);
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

NamedSubjects::NamedSubjects(const std::vector<Asked>& asked, const model::Dataset& dataset, unsigned threads)
    : entries_(asked.size()) {
  const std::vector<model::FileRecord>& files = dataset.files;
  // What the findings name.
  std::unordered_set<std::string_view> persons_wanted, addresses_wanted, staff_wanted, pupils_wanted;
  for (const Asked& a : asked) {
    switch (a.record->kind) {
      case model::RecordKind::pupil:
      case model::RecordKind::link: pupils_wanted.insert(a.record->pupil_id()); break;
      case model::RecordKind::responsable: persons_wanted.insert(a.record->id); break;
      case model::RecordKind::address: addresses_wanted.insert(a.record->id); break;
      case model::RecordKind::staff: staff_wanted.insert(a.record->id); break;
      default: break;
    }
  }
  if (pupils_wanted.empty() && persons_wanted.empty() && addresses_wanted.empty() && staff_wanted.empty()) return;
  // Responsables, and the residents of the addresses named (each once, in
  // file order): an address's residents are the persons of its own file.
  std::unordered_map<std::string_view, model::PerFile<const model::Person*>> person_of;
  struct Residents {
    std::vector<const model::Person*> living;
    std::uint32_t more = 0;
  };
  std::unordered_map<std::string_view, model::PerFile<Residents>> residents;
  if (!persons_wanted.empty() || !addresses_wanted.empty()) {
    for (const model::Person& person : dataset.persons) {
      const model::FileId file = person.location.file;
      if (persons_wanted.contains(person.personne_id.view())) person_of[person.personne_id.view()].add(file, &person);
      if (person.adresse_id.empty() || !addresses_wanted.contains(person.adresse_id.view())) continue;
      Residents& at = residents[person.adresse_id.view()].of(file);
      if (std::any_of(at.living.begin(), at.living.end(),
                      [&](const model::Person* p) { return p->personne_id == person.personne_id; })) {
        continue;
      }
      if (at.living.size() < max_related_named) {
        at.living.push_back(&person);
      } else {
        ++at.more;
      }
    }
  }
  // A responsable's children, in link order, each once. An AAF drop spreads
  // one family's links over its numbered Eleve files: they are gathered
  // whatever the file, except for a CSV row known by its line.
  struct Child {
    std::string_view eleve_id;
    model::FileId file = 0;  // the link's: the child is looked for there first
    std::string relation;
  };
  struct Children {
    std::vector<Child> children;
    std::uint32_t more = 0;
  };
  std::unordered_map<std::string, Children> children_of;
  if (!persons_wanted.empty()) {
    for (const model::ResponsableLink& link : dataset.links) {
      if (link.eleve_id.empty() || !persons_wanted.contains(link.personne_id.view())) continue;
      const model::FileId file = link.location.file;
      auto& [children, more] = children_of[family_key(link.personne_id.view(), file, files)];
      if (std::any_of(children.begin(), children.end(),
                      [&](const Child& c) { return c.eleve_id == link.eleve_id.view(); })) {
        continue;
      }
      if (children.size() >= max_related_named) {
        ++more;
        continue;
      }
      const model::ExportKind kind = file < files.size() ? files[file].kind : model::ExportKind::unknown;
      children.push_back({link.eleve_id.view(), file, relation_word(link, kind)});
      pupils_wanted.insert(link.eleve_id.view());
    }
  }
  // The pupils (named, with their division) and staff, each file's first.
  std::unordered_map<std::string_view, model::PerFile<std::uint32_t>> pupil_index;  // ELEVE_ID → named_
  FirstDivisions divisions;
  struct Slots {
    std::size_t own = 0;  // in the pupil's file
    std::size_t any = 0;  // in any file, for a pupil whose file places them nowhere
  };
  std::vector<Slots> slots;  // per named_ pupil
  std::vector<std::uint32_t> pupils_named;
  auto name_pupil = [&](std::string_view id, std::string_view name, model::FileId file) {
    const auto index = static_cast<std::uint32_t>(named_.size());
    named_.push_back({keep(id), keep(name), {}});
    pupils_named.push_back(index);
    const bool own_file_only = model::has_line_identifier_shape(id);
    slots.push_back({divisions.want(id, file), own_file_only ? divisions.want(id, file) : divisions.want(id)});
    return index;
  };
  for (const model::Pupil& pupil : dataset.pupils) {
    const std::string_view id = pupil.eleve_id.view();
    if (!pupils_wanted.contains(id)) continue;
    std::uint32_t& index = pupil_index[id].of(pupil.location.file, none);
    if (index == none) index = name_pupil(id, display_name(pupil.usage_name(), pupil.prenom), pupil.location.file);
  }
  // Pupils named but absent from the files (a dangling link): their id only.
  std::unordered_map<std::string_view, std::uint32_t> absent;
  for (const std::string_view id : pupils_wanted) {
    if (!pupil_index.contains(id)) absent.emplace(id, name_pupil(id, {}, FirstDivisions::any_file));
  }
  divisions.find_in(dataset.memberships, threads);
  for (std::size_t i = 0; i < pupils_named.size(); ++i) {
    const std::string_view own = divisions.of(slots[i].own);
    named_[pupils_named[i]].division = keep(own.empty() ? divisions.of(slots[i].any) : own);
  }
  auto pupil = [&](std::string_view id, model::FileId from) {
    if (const std::uint32_t* index = model::pick_in(pupil_index, id, from, files)) return *index;
    const auto it = absent.find(id);
    return it == absent.end() ? none : it->second;
  };
  std::unordered_map<std::string_view, model::PerFile<std::uint32_t>> staff_index;
  for (const model::Staff& staff : dataset.staff) {
    if (!staff_wanted.contains(staff.id.view())) continue;
    std::uint32_t& index = staff_index[staff.id.view()].of(staff.location.file, none);
    if (index != none) continue;
    index = static_cast<std::uint32_t>(named_.size());
    named_.push_back({keep(staff.id.view()), keep(display_name(staff.usage_name(), staff.prenom)), {}});
  }
  std::unordered_map<const model::Person*, std::uint32_t> person_index;
  auto person = [&](const model::Person& p) {
    const auto [it, inserted] = person_index.try_emplace(&p, static_cast<std::uint32_t>(named_.size()));
    if (inserted) named_.push_back({keep(p.personne_id.view()), keep(display_name(p.usage_name(), p.prenom)), {}});
    return it->second;
  };

  for (std::size_t i = 0; i < asked.size(); ++i) {
    const model::RecordRef& record = *asked[i].record;
    const model::FileId from = asked[i].file;
    Entry& entry = entries_[i];
    switch (record.kind) {
      case model::RecordKind::pupil:
      case model::RecordKind::link: entry.self = pupil(record.pupil_id(), from); break;
      case model::RecordKind::staff:
        if (const std::uint32_t* index = model::pick_in(staff_index, record.id, from, files)) entry.self = *index;
        break;
      case model::RecordKind::responsable: {
        if (const model::Person* const* found = model::pick_in(person_of, record.id, from, files)) {
          entry.self = person(**found);
        }
        const auto family = children_of.find(family_key(record.id, from, files));
        if (family == children_of.end()) break;
        entry.related = static_cast<std::uint32_t>(related_.size());
        for (const Child& child : family->second.children) {
          // none: a row's child known by its line in another file only, which no reader makes.
          if (const std::uint32_t index = pupil(child.eleve_id, child.file); index != none) {
            related_.push_back({index, keep(child.relation)});
          }
        }
        entry.related_count = static_cast<std::uint32_t>(related_.size()) - entry.related;
        entry.more = family->second.more;
        break;
      }
      case model::RecordKind::address: {
        const Residents* at = model::pick_in(residents, record.id, from, files);
        if (at == nullptr) break;
        entry.related = static_cast<std::uint32_t>(related_.size());
        for (const model::Person* resident : at->living) related_.push_back({person(*resident), {}});
        entry.related_count = static_cast<std::uint32_t>(at->living.size());
        entry.more = at->more;
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
