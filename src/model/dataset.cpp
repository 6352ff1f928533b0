#include "model/dataset.hpp"

#include <algorithm>

namespace scolint::model {

bool Dataset::has_kind(ExportKind kind) const {
  // A SIECLE CSV extraction carries pupils, their divisions and their legal
  // responsables: it stands for the pupils' and responsables' exports. An
  // AAF file stands for the side it holds records of: an Eleve file alone
  // does not make its pupils' relatives missing (R008).
  // The first-degree and ENT CSV files stand for the side they hold: pupils
  // (ONDE eleves, ENT eleves) or their parents (ONDE responsables, ENT parents).
  return std::any_of(files.begin(), files.end(), [kind](const FileRecord& file) {
    if (file.kind == kind) return true;
    if (kind != ExportKind::siecle_eleves && kind != ExportKind::siecle_responsables) return false;
    switch (file.kind) {
      // An extraction without responsables' columns stands for no responsables' export.
      case ExportKind::siecle_csv: return kind == ExportKind::siecle_eleves || !file.lacks(Column::pupil_responsables);
      case ExportKind::aaf: return kind == ExportKind::siecle_eleves ? file.has_pupils : file.has_persons;
      case ExportKind::onde_eleves_csv:
      case ExportKind::ent_eleves_csv: return kind == ExportKind::siecle_eleves;
      case ExportKind::onde_responsables_csv:
      case ExportKind::ent_parents_csv: return kind == ExportKind::siecle_responsables;
      default: return false;
    }
  });
}

void Dataset::append_records(Dataset&& part) {
  texts.append(std::move(part.texts));
  pupils.append(std::move(part.pupils));
  memberships.append(std::move(part.memberships));
  persons.append(std::move(part.persons));
  addresses.append(std::move(part.addresses));
  links.append(std::move(part.links));
  divisions.append(std::move(part.divisions));
  groups.append(std::move(part.groups));
  services.append(std::move(part.services));
  staff.append(std::move(part.staff));
  subjects.append(std::move(part.subjects));
  mefs.append(std::move(part.mefs));
  aaf_structures.append(std::move(part.aaf_structures));
  child_mentions.append(std::move(part.child_mentions));
  class_mentions.append(std::move(part.class_mentions));
  option_uses.append(std::move(part.option_uses));
  modalities.append(std::move(part.modalities));
}

}  // namespace scolint::model
