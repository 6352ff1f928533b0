#include "formats/csv_rows.hpp"

#include "model/text.hpp"

namespace scolint::formats {
namespace {

using K = model::ExportKind;

bool is_staff(K kind) {
  return kind == K::onde_enseignants_csv || kind == K::ent_enseignants_csv || kind == K::ent_personnels_csv;
}
bool is_parents(K kind) { return kind == K::onde_responsables_csv || kind == K::ent_parents_csv; }
bool is_first_degree_or_ent_pupils(K kind) { return kind == K::onde_eleves_csv || kind == K::ent_eleves_csv; }

// ONDE and the ENT write dates yyyy-mm-dd as well as dd/mm/yyyy (entcore
// accepts both): an ISO date is kept in the SIECLE form the date rules read.
std::string siecle_form(std::string_view date) {
  const auto digits = [&](std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i) {
      if (date[i] < '0' || date[i] > '9') return false;
    }
    return true;
  };
  if (date.size() == 10 && date[4] == '-' && date[7] == '-' && digits(0, 4) && digits(5, 2) && digits(8, 2)) {
    return std::string(date.substr(8, 2)) + "/" + std::string(date.substr(5, 2)) + "/" + std::string(date.substr(0, 4));
  }
  return std::string(date);
}

}  // namespace

CsvRows::CsvRows(model::FileId file, RecordSink& sink, const CsvLayout& layout)
    : file_(file), sink_(sink), layout_(layout) {
  sink.records_apart();  // between_records() after each row: no Text outlives its row
}

void CsvRows::declare_lacks() {
  using model::Column;
  const K kind = layout_.kind();
  const bool pupils = kind == K::siecle_csv || is_first_degree_or_ent_pupils(kind);
  if (pupils) {
    // A custom extraction or an ENT file holds the columns its author chose:
    // what it lacks is not checked in it, instead of failing on every row.
    if (!layout_.has(Role::ine)) sink_.lacks(Column::pupil_ine);
    if (!layout_.has(Role::date_naissance)) sink_.lacks(Column::pupil_birth_date);
    if (!layout_.has(Role::division) && !layout_.has(Role::classe)) sink_.lacks(Column::pupil_division);
  }
  if (kind == K::siecle_csv) {
    if (!layout_.has(Role::r1_nom) && !layout_.has(Role::r2_nom)) {
      sink_.lacks(Column::pupil_responsables);
    } else {
      sink_.lacks(Column::responsable_address);  // an extraction names responsables, without their address
    }
  }
  // F007 says once that the header has no name or first name column.
  if (!layout_.has(Role::nom) || !layout_.has(Role::prenom)) sink_.lacks(Column::names);
  // ONDE's and the ENT's parents name their children by name and class, which
  // scolint does not match yet: only an identifier links a child (ENT's externalId).
  if (kind == K::onde_eleves_csv || (kind == K::ent_eleves_csv && !layout_.has(Role::external_id))) {
    sink_.lacks(Column::pupil_responsables);
  }
  if (is_staff(kind) && !layout_.has(Role::date_naissance)) sink_.lacks(Column::staff_birth_date);
  if (is_parents(kind) && !layout_.has(Role::adresse) && !layout_.has(Role::code_postal) &&
      !layout_.has(Role::commune)) {
    sink_.lacks(Column::responsable_address);
  }
}

std::uint64_t CsvRows::row(const std::vector<CsvCell>& cells, std::uint32_t line) {
  const K kind = layout_.kind();
  if (kind == K::ent_invites_csv || is_parents(kind)) return person(cells, line);
  if (is_staff(kind)) return staff(cells, line);
  if (is_first_degree_or_ent_pupils(kind)) return first_degree_pupil(cells, line);
  return siecle_pupil(cells, line);
}

const CsvCell* CsvRows::cell(const std::vector<CsvCell>& cells, Role role) const {
  const auto& columns = layout_.columns(role);
  return !columns.empty() && columns.front() < cells.size() ? &cells[columns.front()] : nullptr;
}

std::string_view CsvRows::trimmed(const std::vector<CsvCell>& cells, Role role) const {
  const CsvCell* c = cell(cells, role);
  return c == nullptr ? std::string_view() : model::trim(c->value);
}

model::Field CsvRows::field(const std::vector<CsvCell>& cells, Role role, const model::SourceLocation& fallback,
                            const model::SourceLocation& record) const {
  const CsvCell* c = cell(cells, role);
  if (c == nullptr) return {{}, fallback, record};
  return {sink_.text(c->value), {file_, c->position.line, c->position.column}, record};
}

model::Field CsvRows::date(const std::vector<CsvCell>& cells, const model::SourceLocation& fallback,
                           const model::SourceLocation& record) const {
  const CsvCell* c = cell(cells, Role::date_naissance);
  if (c == nullptr) return {{}, fallback, record};
  return {sink_.text(siecle_form(model::trim(c->value))), {file_, c->position.line, c->position.column}, record};
}

model::Text CsvRows::text(const std::vector<CsvCell>& cells, Role role) const {
  return sink_.text(trimmed(cells, role));
}

// The row's externalId when the file has one, else its line: CSV rows have no ELEVE_ID.
model::Text CsvRows::identifier(const std::vector<CsvCell>& cells, std::uint32_t line) const {
  const std::string_view id = trimmed(cells, Role::external_id);
  return sink_.text(id.empty() ? "L" + std::to_string(line) : std::string(id));
}

std::uint64_t CsvRows::placement(const CsvCell& c, model::Text eleve_id, model::Origin origin) {
  const std::string_view code = model::trim(c.value);
  if (code.empty()) return 0;
  const model::SourceLocation where{file_, c.position.line, c.position.column};
  const model::Text division = sink_.text(code);
  std::uint64_t records = 0;
  if (divisions_.first_use(code)) {
    const model::Text raw = code.size() == c.value.size() ? division : sink_.text(c.value);
    sink_.division({where, division, origin, 0, raw});
    ++records;
  }
  sink_.membership({.location = where, .type = 'D', .eleve_id = eleve_id, .code = division});
  return records;
}

// A row of a SIECLE extraction: a pupil, their division, their legal responsables.
std::uint64_t CsvRows::siecle_pupil(const std::vector<CsvCell>& cells, std::uint32_t line) {
  const model::SourceLocation at{file_, line, 1};
  model::Pupil pupil;
  pupil.location = at;
  pupil.eleve_id = sink_.text("L" + std::to_string(line));
  pupil.nom_de_famille = field(cells, Role::nom, at, pupil.location);
  pupil.nom_usage = field(cells, Role::nom_usage, at, pupil.location);
  pupil.prenom = field(cells, Role::prenom, at, pupil.location);
  pupil.date_naissance = field(cells, Role::date_naissance, at, pupil.location);
  pupil.id_national = field(cells, Role::ine, at, pupil.location);
  std::uint64_t records = 1;
  if (const CsvCell* c = cell(cells, Role::division))
    records += placement(*c, pupil.eleve_id, model::Origin::siecle_pupils);
  const model::Text eleve_id = pupil.eleve_id;
  sink_.pupil(std::move(pupil));
  records += legal_responsable(cells, eleve_id, 1, at);
  records += legal_responsable(cells, eleve_id, 2, at);
  return records;
}

// A row of ONDE's or the ENT's pupils: a pupil and their class(es), which
// are ENT classes, not STS-Web divisions.
std::uint64_t CsvRows::first_degree_pupil(const std::vector<CsvCell>& cells, std::uint32_t line) {
  const model::SourceLocation at{file_, line, 1};
  model::Pupil pupil;
  pupil.location = at;
  pupil.eleve_id = identifier(cells, line);
  pupil.nom_de_famille = field(cells, Role::nom, at, pupil.location);
  pupil.nom_usage = field(cells, Role::nom_usage, at, pupil.location);
  pupil.prenom = field(cells, Role::prenom, at, pupil.location);
  pupil.date_naissance = date(cells, at, pupil.location);
  pupil.id_national = field(cells, Role::ine, at, pupil.location);
  std::uint64_t records = 1;
  for (const std::size_t column : layout_.columns(Role::classe)) {
    if (column < cells.size()) records += placement(cells[column], pupil.eleve_id, model::Origin::ent_csv);
  }
  sink_.pupil(std::move(pupil));
  return records;
}

// An extraction repeats a parent on every child's row: one person per
// folded name + contact, so that siblings do not look like duplicates.
std::uint64_t CsvRows::legal_responsable(const std::vector<CsvCell>& cells, model::Text eleve_id, int rank,
                                         model::SourceLocation at) {
  const Role nom = rank == 1 ? Role::r1_nom : Role::r2_nom;
  const Role prenom = rank == 1 ? Role::r1_prenom : Role::r2_prenom;
  const Role mel = rank == 1 ? Role::r1_mel : Role::r2_mel;
  const Role tel = rank == 1 ? Role::r1_tel : Role::r2_tel;
  const std::string_view name = trimmed(cells, nom);
  const std::string_view first = trimmed(cells, prenom);
  if (name.empty() && first.empty()) return 0;
  std::string key = model::fold_identity(name) + '\x1f' + model::fold_identity(first) + '\x1f';
  key.append(trimmed(cells, mel)).append(1, '\x1f').append(trimmed(cells, tel));
  std::uint64_t records = 1;
  const std::string legal = std::to_string(rank);
  auto [it, inserted] = persons_.try_emplace(std::move(key));
  if (inserted) {
    it->second = "L" + std::to_string(at.line) + "-R" + legal;
    model::Person person;
    person.personne_id = sink_.text(it->second);
    const CsvCell* first_cell = cell(cells, nom);
    person.location = first_cell != nullptr
                          ? model::SourceLocation{file_, first_cell->position.line, first_cell->position.column}
                          : at;
    person.nom_de_famille = field(cells, nom, at, person.location);
    person.prenom = field(cells, prenom, at, person.location);
    person.mel = text(cells, mel);
    person.tel_portable = text(cells, tel);
    sink_.person(std::move(person));
    ++records;
  }
  sink_.link({at, eleve_id, sink_.text(it->second), sink_.text(legal), {}});
  return records;
}

model::Text CsvRows::address_of(const std::vector<CsvCell>& cells, model::Text id, model::SourceLocation at,
                                std::uint64_t& records) {
  if (!layout_.has(Role::adresse) && !layout_.has(Role::code_postal) && !layout_.has(Role::commune)) return {};
  model::Address address;
  address.location = at;
  address.adresse_id = id;
  address.ligne1 = text(cells, Role::adresse);
  address.code_postal = text(cells, Role::code_postal);
  address.libelle_postal = text(cells, Role::commune);
  address.ll_pays = text(cells, Role::pays);
  sink_.address(std::move(address));
  ++records;
  return id;
}

// A row of ONDE's responsables, the ENT's parents or its guests: a person,
// their address, and a link to each child the row names by identifier.
std::uint64_t CsvRows::person(const std::vector<CsvCell>& cells, std::uint32_t line) {
  const model::SourceLocation at{file_, line, 1};
  model::Person person;
  person.location = at;
  person.personne_id = identifier(cells, line);
  person.civilite = field(cells, Role::titre, at, person.location);
  person.nom_de_famille = field(cells, Role::nom, at, person.location);
  person.nom_usage = field(cells, Role::nom_usage, at, person.location);
  person.prenom = field(cells, Role::prenom, at, person.location);
  person.mel = text(cells, Role::mel);
  person.tel_personnel = text(cells, Role::tel_domicile);
  person.tel_portable = text(cells, Role::tel_portable);
  person.tel_professionnel = text(cells, Role::tel_pro);
  std::uint64_t records = 1;
  person.adresse_id = address_of(cells, person.personne_id, at, records);
  const model::Text personne_id = person.personne_id;
  sink_.person(std::move(person));
  // An ENT parent is a parent account: the link counts as a legal responsable's.
  for (const std::size_t column : layout_.columns(Role::child_id)) {
    if (column >= cells.size() || model::is_blank(cells[column].value)) continue;
    const CsvCell& c = cells[column];
    sink_.link({{file_, c.position.line, c.position.column},
                sink_.text(model::trim(c.value)),
                personne_id,
                {},
                {},
                sink_.text("1")});
    ++records;
  }
  if (layout_.kind() == K::ent_parents_csv) records += child_mentions(cells, personne_id);
  return records;
}

// The children an ENT parents' row names by name and class (column groups,
// paired by rank as the ENT's feeder pairs them): the ENT matches them
// against the pupils' file; a child given by identifier is a link instead.
std::uint64_t CsvRows::child_mentions(const std::vector<CsvCell>& cells, model::Text personne_id) {
  const auto& noms = layout_.columns(Role::child_nom);
  const auto& prenoms = layout_.columns(Role::child_prenom);
  const auto& classes = layout_.columns(Role::child_classe);
  const auto& ids = layout_.columns(Role::child_id);
  auto cell = [&](const std::vector<std::size_t>& columns, std::size_t k) -> const CsvCell* {
    return k < columns.size() && columns[k] < cells.size() ? &cells[columns[k]] : nullptr;
  };
  std::uint64_t records = 0;
  for (std::size_t k = 0; k < noms.size(); ++k) {
    const CsvCell* nom = cell(noms, k);
    const CsvCell* prenom = cell(prenoms, k);
    const CsvCell* classe = cell(classes, k);
    const CsvCell* id = cell(ids, k);
    if (nom == nullptr || prenom == nullptr || model::is_blank(nom->value) || model::is_blank(prenom->value)) continue;
    if (id != nullptr && !model::is_blank(id->value)) continue;
    sink_.child_mention({{file_, nom->position.line, nom->position.column},
                         personne_id,
                         sink_.text(model::trim(nom->value)),
                         sink_.text(model::trim(prenom->value)),
                         classe != nullptr ? sink_.text(model::trim(classe->value)) : model::Text{}});
    ++records;
  }
  return records;
}

// A row of teachers (ONDE, ENT) or other staff (ENT personnels).
std::uint64_t CsvRows::staff(const std::vector<CsvCell>& cells, std::uint32_t line) {
  const model::SourceLocation at{file_, line, 1};
  model::Staff staff;
  staff.location = at;
  staff.id = identifier(cells, line);
  staff.type = sink_.text("local");
  staff.nom_patronymique = field(cells, Role::nom, at, staff.location);
  staff.nom_usage = field(cells, Role::nom_usage, at, staff.location);  // Staff::usage_name() falls back to the nom
  staff.prenom = field(cells, Role::prenom, at, staff.location);
  staff.date_naissance = field(cells, Role::date_naissance, at, staff.location);
  staff.fonction = layout_.kind() == K::ent_personnels_csv ? text(cells, Role::fonction) : sink_.text("ENS");
  const model::Text id = staff.id;
  sink_.staff(std::move(staff));
  // The classes a teacher's row names (repeated `classe` columns): values of
  // the row, not records of their own (the file's record count is its people).
  for (const std::size_t column : layout_.columns(Role::classe)) {
    if (column >= cells.size() || model::is_blank(cells[column].value)) continue;
    sink_.class_mention({{file_, cells[column].position.line, cells[column].position.column},
                         id,
                         sink_.text(model::trim(cells[column].value))});
  }
  return 1;
}

}  // namespace scolint::formats
