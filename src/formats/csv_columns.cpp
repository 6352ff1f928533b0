#include "formats/csv_columns.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "model/text.hpp"

namespace scolint::formats {
namespace {

// Folded column names (model::fold_identity) and what they hold: SIECLE's
// extraction columns (users rename them, hence aliases), ONDE's and the
// entcore feeder's (ProfileColumnsMapper, docs/formats.md §CSV).
const std::map<std::string, Role>& aliases() {
  static const std::map<std::string, Role> table{
      // Names and birth dates, every kind.
      {"NOM", Role::nom},
      {"NOMDEFAMILLE", Role::nom},
      {"NOMELEVE", Role::nom},
      {"LASTNAME", Role::nom},
      {"NOMRESPONSABLE", Role::nom},
      {"NOMDUSAGE", Role::nom_usage},
      {"NOMUSAGE", Role::nom_usage},
      {"NOMDUSAGEELEVE", Role::nom_usage},
      {"NOMUSAGERESPONSABLE", Role::nom_usage},
      {"PRENOM", Role::prenom},
      {"PRENOM1", Role::prenom},
      {"PRENOMELEVE", Role::prenom},
      {"FIRSTNAME", Role::prenom},
      {"PREMIERPRENOM", Role::prenom},
      {"PRENOMRESPONSABLE", Role::prenom},
      {"DATEDENAISSANCE", Role::date_naissance},
      {"DATENAISSANCE", Role::date_naissance},
      {"DATENAISS", Role::date_naissance},
      {"NEELE", Role::date_naissance},
      {"BIRTHDATE", Role::date_naissance},
      {"DATEDENAISSANCEJJMMAAAA", Role::date_naissance},
      // Structures: a SIECLE division, an ONDE or ENT class.
      {"DIVISION", Role::division},
      {"CLASSE", Role::classe},
      {"CLASSES", Role::classe},
      {"LIBELLECLASSE", Role::classe},
      {"CLASSEOUREGROUPEMENT", Role::classe},
      {"CYCLE", Role::cycle},
      {"DIRECTEUR", Role::directeur},
      {"FONCTION", Role::fonction},
      // Identifiers.
      {"INE", Role::ine},
      {"NUMERONATIONAL", Role::ine},
      {"NNATIONAL", Role::ine},
      {"IDENTIFIANTNATIONAL", Role::ine},
      {"IDNATIONAL", Role::ine},
      {"EXTERNALID", Role::external_id},
      {"ID", Role::external_id},
      {"IDEXTERNO", Role::external_id},
      // A SIECLE extraction's legal responsables, two per row.
      {"NOMDEFAMILLERESPLEGAL1", Role::r1_nom},
      {"NOMRESPLEGAL1", Role::r1_nom},
      {"PRENOMRESPLEGAL1", Role::r1_prenom},
      {"COURRIELRESPLEGAL1", Role::r1_mel},
      {"MELRESPLEGAL1", Role::r1_mel},
      {"TELPORTABLERESPLEGAL1", Role::r1_tel},
      {"TELEPHONERESPLEGAL1", Role::r1_tel},
      {"NOMDEFAMILLERESPLEGAL2", Role::r2_nom},
      {"NOMRESPLEGAL2", Role::r2_nom},
      {"PRENOMRESPLEGAL2", Role::r2_prenom},
      {"COURRIELRESPLEGAL2", Role::r2_mel},
      {"MELRESPLEGAL2", Role::r2_mel},
      {"TELPORTABLERESPLEGAL2", Role::r2_tel},
      {"TELEPHONERESPLEGAL2", Role::r2_tel},
      // Contacts (ENT guests seed 004, ENT and ONDE parents and teachers).
      {"TITRE", Role::titre},
      {"CIVILITE", Role::titre},
      {"CIVILITERESPONSABLE", Role::titre},
      {"MAIL", Role::mel},
      {"EMAIL", Role::mel},
      {"COURRIEL", Role::mel},
      {"ADRESSE", Role::adresse},
      {"ADRESSERESPONSABLE", Role::adresse},
      {"CODEPOSTAL", Role::code_postal},
      {"CP", Role::code_postal},
      {"CPRESPONSABLE", Role::code_postal},
      {"COMMUNE", Role::commune},
      {"VILLE", Role::commune},
      {"COMMUNERESPONSABLE", Role::commune},
      {"PAYS", Role::pays},
      {"TELEPHONEDOMICILE", Role::tel_domicile},
      {"TELEPHONE", Role::tel_domicile},
      {"TELEPHONEPORTABLE", Role::tel_portable},
      {"TELEPHONEPROFESSIONNEL", Role::tel_pro},
      {"TELEPHONETRAVAIL", Role::tel_pro},
      // A parent's children, one group of columns each (ONDE, ENT parents).
      {"NOMDUSAGEENFANT", Role::child_usage},
      {"NOMUSAGEENFANT", Role::child_usage},
      {"NOMDEFAMILLEENFANT", Role::child_nom},
      {"NOMENFANT", Role::child_nom},
      {"NOMFAMILLEENFANT", Role::child_nom},
      {"NOMDELELEVE", Role::child_nom},
      {"NOMDEFAMILLEELEVE", Role::child_nom},
      {"PRENOMENFANT", Role::child_prenom},
      {"PRENOMDELELEVE", Role::child_prenom},
      {"CLASSESENFANTS", Role::child_classe},
      {"CLASSEENFANT", Role::child_classe},
      {"CLASSESDELELEVE", Role::child_classe},
      {"CLASSESELEVES", Role::child_classe},
      {"CHILDEXTERNALID", Role::child_id},
      {"CHILDID", Role::child_id},
      {"IDENFANT", Role::child_id},
  };
  return table;
}

bool contains(std::string_view text, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view w) { return text.find(w) != std::string_view::npos; });
}

// The ENT profile a file name suggests: the ENT takes the profile from the
// upload slot, and its own templates are named CSV_Eleves.csv, CSV_Parents.csv...
model::ExportKind profile_of_name(std::string_view file_name) {
  const std::string name = model::upper_ascii(file_name);
  if (contains(name, {"ENSEIGNANT", "PROF", "TEACHER"})) return model::ExportKind::ent_enseignants_csv;
  if (contains(name, {"PERSONNEL"})) return model::ExportKind::ent_personnels_csv;
  if (contains(name, {"PARENT", "RESPONSABLE", "RELATIVE"})) return model::ExportKind::ent_parents_csv;
  if (contains(name, {"INVITE", "GUEST"})) return model::ExportKind::ent_invites_csv;
  if (contains(name, {"ELEVE", "STUDENT"})) return model::ExportKind::ent_eleves_csv;
  return model::ExportKind::unknown;
}

}  // namespace

// Which export a header is, from its columns (`names`: the folded ones).
model::ExportKind CsvLayout::kind_of(const CsvLayout& layout, const std::set<std::string>& names,
                                     std::string_view file_name) {
  auto has = [&](Role role) { return layout.has(role); };
  auto named = [&](std::string_view name) { return names.contains(std::string(name)); };
  using K = model::ExportKind;
  const bool children = has(Role::child_nom) || has(Role::child_prenom) || has(Role::child_id);
  if (!has(Role::nom) && !has(Role::prenom) && !children && !has(Role::ine) && !has(Role::division)) {
    return K::unknown;  // names no known column set
  }
  if (children) {
    const bool onde = named("NOMRESPONSABLE") || named("PRENOMRESPONSABLE") || named("CIVILITERESPONSABLE");
    return onde ? K::onde_responsables_csv : K::ent_parents_csv;
  }
  if (has(Role::cycle)) return K::onde_eleves_csv;
  if (has(Role::directeur)) return K::onde_enseignants_csv;
  const bool siecle =
      has(Role::division) || has(Role::r1_nom) || has(Role::r2_nom) || (has(Role::ine) && !has(Role::external_id));
  if (!siecle) {
    if (const K hinted = profile_of_name(file_name); hinted != K::unknown) return hinted;
    if (has(Role::fonction)) return has(Role::classe) ? K::ent_enseignants_csv : K::ent_personnels_csv;
    if (has(Role::titre) || has(Role::mel) || has(Role::code_postal)) return K::ent_invites_csv;
    if (has(Role::classe)) return K::ent_eleves_csv;
  }
  return K::siecle_csv;  // names and dates alone: an extraction
}

bool CsvLayout::repeats_are_values() const {
  return kind_ != model::ExportKind::siecle_csv && kind_ != model::ExportKind::unknown;
}

CsvLayout CsvLayout::of(const std::vector<std::string>& header, std::string_view file_name) {
  CsvLayout layout;
  std::vector<std::string> folded;
  folded.reserve(header.size());
  std::set<std::string> names;
  for (const std::string& cell : header) folded.push_back(model::fold_identity(cell));
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (folded[i].empty()) continue;
    const bool repeated = !names.insert(folded[i]).second;
    const auto it = aliases().find(folded[i]);
    if (it != aliases().end()) layout.columns_[static_cast<std::size_t>(it->second)].push_back(i);
    if (repeated) layout.duplicates_.push_back(i);
  }
  layout.kind_ = kind_of(layout, names, file_name);
  // A SIECLE extraction names each column once: a repeat is a mistake (F008),
  // the first one is read. Elsewhere a repeat is one more value.
  if (!layout.repeats_are_values()) {
    for (auto& columns : layout.columns_) {
      if (columns.size() > 1) columns.resize(1);
    }
  } else {
    layout.duplicates_.clear();
  }
  layout.children_from_ = header.size();
  for (const Role role : {Role::child_usage, Role::child_nom, Role::child_prenom, Role::child_classe, Role::child_id}) {
    const auto& columns = layout.columns(role);
    if (columns.empty()) continue;
    layout.children_from_ = std::min(layout.children_from_, columns.front());
    // The width of one child group: from one column of a role to the next of the same role.
    if (columns.size() > 1) layout.child_width_ = std::max(layout.child_width_, columns[1] - columns[0]);
  }
  if (layout.child_width_ == 0 && layout.children_from_ < header.size()) {
    layout.child_width_ = header.size() - layout.children_from_;
  }
  return layout;
}

}  // namespace scolint::formats
