#include "engine/subjects.hpp"

#include <unordered_map>
#include <unordered_set>

#include "engine/first_division.hpp"
#include "engine/personal.hpp"
#include "model/text.hpp"

namespace scolint::engine {
namespace {

// "DAVID Léa": the name the ENT shows (nom d'usage, else nom de famille),
// then the first name, as the screens and the other messages spell it.
std::string display_name(const model::Field& nom, const model::Field& prenom) {
  std::string name(model::trim(nom.value.view()));
  const std::string_view first = model::trim(prenom.value.view());
  if (!name.empty() && !first.empty()) name += ' ';
  name += first;
  return name.empty() ? std::string() : personal(PersonalKind::name, name);
}

// A responsable's child, as the links give it (in link order, once each).
struct Child {
  std::string_view eleve_id;
  std::string relation;
  std::size_t slot = 0;  // in FirstDivisions
};

struct Related {
  std::vector<Child> children;  // a responsable's
  std::uint32_t more = 0;
};

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

NamedSubjects name_subjects(const std::vector<const model::RecordRef*>& records, const model::Dataset& dataset,
                            unsigned threads) {
  NamedSubjects out;
  out.subjects.resize(records.size());
  out.divisions.resize(records.size());
  constexpr std::size_t no_slot = SIZE_MAX;
  FirstDivisions divisions;
  std::vector<std::size_t> pupil_slot(records.size(), no_slot);
  std::unordered_set<std::string_view> persons_wanted;
  std::unordered_set<std::string_view> addresses_wanted;
  std::unordered_set<std::string_view> staff_wanted;
  std::unordered_set<std::string_view> pupils_wanted;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const model::RecordRef& record = *records[i];
    switch (record.kind) {
      case model::RecordKind::pupil:
      case model::RecordKind::link:
        pupil_slot[i] = divisions.want(record.id);
        pupils_wanted.insert(record.id);
        break;
      case model::RecordKind::responsable: persons_wanted.insert(record.id); break;
      case model::RecordKind::address: addresses_wanted.insert(record.id); break;
      case model::RecordKind::staff: staff_wanted.insert(record.id); break;
      default: break;
    }
  }
  // Responsables, and the residents of the addresses named.
  std::unordered_map<std::string_view, const model::Person*> person_of;
  std::unordered_map<std::string_view, std::vector<const model::Person*>> residents;
  std::unordered_map<std::string_view, std::uint32_t> residents_more;
  if (!persons_wanted.empty() || !addresses_wanted.empty()) {
    for (const model::Person& person : dataset.persons) {
      if (persons_wanted.contains(person.personne_id.view())) person_of.try_emplace(person.personne_id.view(), &person);
      if (!person.adresse_id.empty() && addresses_wanted.contains(person.adresse_id.view())) {
        auto& living = residents[person.adresse_id.view()];
        const bool known = std::any_of(living.begin(), living.end(),
                                       [&](const model::Person* p) { return p->personne_id == person.personne_id; });
        if (known) continue;
        if (living.size() < max_related_named) {
          living.push_back(&person);
        } else {
          ++residents_more[person.adresse_id.view()];
        }
      }
    }
  }
  // A responsable's children, in link order.
  std::unordered_map<std::string_view, Related> children_of;
  if (!persons_wanted.empty()) {
    for (const model::ResponsableLink& link : dataset.links) {
      if (!persons_wanted.contains(link.personne_id.view()) || link.eleve_id.empty()) continue;
      Related& related = children_of[link.personne_id.view()];
      const bool known = std::any_of(related.children.begin(), related.children.end(),
                                     [&](const Child& c) { return c.eleve_id == link.eleve_id.view(); });
      if (known) continue;
      if (related.children.size() >= max_related_named) {
        ++related.more;
        continue;
      }
      const model::ExportKind kind = link.location.file < dataset.files.size() ? dataset.files[link.location.file].kind
                                                                                : model::ExportKind::unknown;
      related.children.push_back({link.eleve_id.view(), relation_word(link, kind), divisions.want(link.eleve_id.view())});
      pupils_wanted.insert(link.eleve_id.view());
    }
  }
  std::unordered_map<std::string_view, const model::Pupil*> pupil_of;
  if (!pupils_wanted.empty()) {
    for (const model::Pupil& pupil : dataset.pupils) {
      if (pupils_wanted.contains(pupil.eleve_id.view())) pupil_of.try_emplace(pupil.eleve_id.view(), &pupil);
    }
  }
  std::unordered_map<std::string_view, const model::Staff*> staff_of;
  if (!staff_wanted.empty()) {
    for (const model::Staff& staff : dataset.staff) {
      if (staff_wanted.contains(staff.id.view())) staff_of.try_emplace(staff.id.view(), &staff);
    }
  }
  divisions.find_in(dataset.memberships, threads);

  auto pupil_subject = [&](std::string_view id, std::size_t slot) {
    Subject subject{.kind = "pupil", .id = std::string(id)};
    if (const auto it = pupil_of.find(id); it != pupil_of.end()) {
      subject.name = display_name(it->second->usage_name(), it->second->prenom);
    }
    if (slot != no_slot) subject.division = divisions.of(slot);
    return subject;
  };
  for (std::size_t i = 0; i < records.size(); ++i) {
    const model::RecordRef& record = *records[i];
    Subject& subject = out.subjects[i];
    switch (record.kind) {
      case model::RecordKind::pupil:
      case model::RecordKind::link:
        // A link's finding is the pupil's business: their record is where it is fixed.
        subject = pupil_subject(record.id, pupil_slot[i]);
        out.divisions[i] = subject.division;
        break;
      case model::RecordKind::responsable: {
        subject = {.kind = "responsable", .id = record.id};
        if (const auto it = person_of.find(record.id); it != person_of.end()) {
          subject.name = display_name(it->second->usage_name(), it->second->prenom);
        }
        if (const auto it = children_of.find(record.id); it != children_of.end()) {
          for (const Child& child : it->second.children) {
            Subject named = pupil_subject(child.eleve_id, child.slot);
            named.relation = child.relation;
            subject.related.push_back(std::move(named));
          }
          subject.more = it->second.more;
        }
        // Filed under the first child's division: the class whose team meets the family.
        for (const Subject& child : subject.related) {
          if (!child.division.empty()) {
            out.divisions[i] = child.division;
            break;
          }
        }
        break;
      }
      case model::RecordKind::address: {
        subject = {.kind = "address", .id = record.id};
        if (const auto it = residents.find(record.id); it != residents.end()) {
          for (const model::Person* person : it->second) {
            subject.related.push_back({.kind = "responsable",
                                       .id = person->personne_id.str(),
                                       .name = display_name(person->usage_name(), person->prenom)});
          }
        }
        if (const auto it = residents_more.find(record.id); it != residents_more.end()) subject.more = it->second;
        break;
      }
      case model::RecordKind::staff:
        subject = {.kind = "staff", .id = record.id};
        if (const auto it = staff_of.find(record.id); it != staff_of.end()) {
          subject.name = display_name(it->second->usage_name(), it->second->prenom);
        }
        break;
      case model::RecordKind::division:
        subject = {.kind = "division", .id = record.id, .name = record.id};
        out.divisions[i] = record.id;
        break;
      case model::RecordKind::group: subject = {.kind = "group", .id = record.id, .name = record.id}; break;
      default: break;
    }
  }
  return out;
}

}  // namespace scolint::engine
