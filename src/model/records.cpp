#include "model/records.hpp"

#include <algorithm>

namespace scolint::model {

std::string_view export_kind_name(ExportKind kind) {
  switch (kind) {
    case ExportKind::siecle_eleves: return "siecle-eleves";
    case ExportKind::siecle_responsables: return "siecle-responsables";
    case ExportKind::siecle_nomenclatures: return "siecle-nomenclatures";
    case ExportKind::siecle_structures: return "siecle-structures";
    case ExportKind::sts_emp: return "sts-emp";
    case ExportKind::siecle_csv: return "siecle-csv";
    case ExportKind::ent_invites_csv: return "ent-invites-csv";
    case ExportKind::aaf: return "aaf";
    case ExportKind::onde_eleves_csv: return "onde-eleves-csv";
    case ExportKind::onde_responsables_csv: return "onde-responsables-csv";
    case ExportKind::onde_enseignants_csv: return "onde-enseignants-csv";
    case ExportKind::ent_eleves_csv: return "ent-eleves-csv";
    case ExportKind::ent_parents_csv: return "ent-parents-csv";
    case ExportKind::ent_enseignants_csv: return "ent-enseignants-csv";
    case ExportKind::ent_personnels_csv: return "ent-personnels-csv";
    case ExportKind::unknown: break;
  }
  return "unknown";
}

std::string_view column_name(Column column) {
  switch (column) {
    case Column::pupil_ine: return "pupil-ine";
    case Column::pupil_birth_date: return "pupil-birth-date";
    case Column::pupil_division: return "pupil-division";
    case Column::pupil_responsables: return "pupil-responsables";
    case Column::staff_birth_date: return "staff-birth-date";
    case Column::whole_export: return "whole-export";
    case Column::responsable_address: return "responsable-address";
    case Column::names: return "names";
  }
  return "unknown";
}

bool is_siecle(ExportKind kind) {
  return kind == ExportKind::siecle_eleves || kind == ExportKind::siecle_responsables ||
         kind == ExportKind::siecle_nomenclatures || kind == ExportKind::siecle_structures ||
         kind == ExportKind::siecle_csv;
}

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

namespace {
const Field& first_present(const Field& a, const Field& b, const Field& c) {
  if (!is_blank(a.value)) return a;
  if (!is_blank(b.value)) return b;
  return c;
}
}  // namespace

const Field& Pupil::usage_name() const { return first_present(nom_usage, nom_de_famille, nom); }

const Field& Pupil::birth_name() const { return first_present(nom_de_famille, nom, nom_usage); }

const Field* Pupil::ine() const {
  for (const Field* field : {&id_national, &ine_bea, &ine_rnie}) {
    if (!is_blank(field->value)) return field;
  }
  return nullptr;
}

const Field& Person::usage_name() const { return first_present(nom_usage, nom_de_famille, nom); }

const Field& Staff::usage_name() const { return first_present(nom_usage, nom_patronymique, nom_patronymique); }

bool is_line_identifier(std::string_view id, std::uint32_t line) {
  const std::string own = "L" + std::to_string(line);
  return id.starts_with(own) && (id.size() == own.size() || id[own.size()] == '-');
}

std::string run_key(std::string_view id, const SourceLocation& at) {
  if (!is_line_identifier(id, at.line)) return std::string(id);
  return std::to_string(at.file).append(1, '\x1f').append(id);
}

}  // namespace scolint::model
