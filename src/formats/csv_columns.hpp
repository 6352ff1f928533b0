#pragma once
// What the header of a CSV file says: which export it is (a SIECLE
// extraction, ONDE's first-degree extractions, the ENT's own import files)
// and which column holds what. Column names are compared folded (case,
// accents, spaces and punctuation do not count: " Cycle", "Prénom*" and
// "Nom de l'élève" are CYCLE, PRENOM and NOMDELELEVE), as the entcore feeder
// compares them (ProfileColumnsMapper.cleanKey); docs/formats.md lists them.

#include <array>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/records.hpp"

namespace scolint::formats {

/// What a column holds. Several columns may share a role (an ENT teacher
/// with two `classe` columns, a parent with three children).
enum class Role : std::uint8_t {
  nom,
  nom_usage,
  prenom,
  date_naissance,
  division,
  classe,
  ine,
  external_id,
  r1_nom,
  r1_prenom,
  r1_mel,
  r1_tel,
  r2_nom,
  r2_prenom,
  r2_mel,
  r2_tel,
  titre,
  mel,
  adresse,
  code_postal,
  commune,
  pays,
  tel_domicile,
  tel_portable,
  tel_pro,
  fonction,
  directeur,
  cycle,
  child_usage,
  child_nom,
  child_prenom,
  child_classe,
  child_id,  // a parent's child, repeated per child
  count
};

/// The columns of a recognised header.
class CsvLayout {
 public:
  /// The kind the header names; unknown when it names no known column set.
  /// `file_name` only breaks ties between the ENT profiles, which the ENT
  /// itself takes from the upload slot, not from the file.
  static CsvLayout of(const std::vector<std::string>& header, std::string_view file_name);

  [[nodiscard]] model::ExportKind kind() const { return kind_; }
  /// The columns with `role`, in header order.
  [[nodiscard]] const std::vector<std::size_t>& columns(Role role) const {
    return columns_[static_cast<std::size_t>(role)];
  }
  [[nodiscard]] bool has(Role role) const { return !columns(role).empty(); }
  /// The column of a header cell seen before with the same folded name
  /// (SIECLE extractions: only the first is read), or npos.
  [[nodiscard]] const std::vector<std::size_t>& duplicates() const { return duplicates_; }
  /// Kinds whose repeated columns are several values (ENT, ONDE) rather than a mistake.
  [[nodiscard]] bool repeats_are_values() const;
  /// Where the repeated child groups of a parents' file start (ONDE: after
  /// the parent's own columns), or the header's size when it has none.
  [[nodiscard]] std::size_t children_from() const { return children_from_; }
  /// Columns of one child group (ONDE: nom d'usage, nom, prénom, classes).
  [[nodiscard]] std::size_t child_width() const { return child_width_; }

 private:
  static model::ExportKind kind_of(const CsvLayout& layout, const std::set<std::string>& names,
                                   std::string_view file_name);

  model::ExportKind kind_ = model::ExportKind::unknown;
  std::array<std::vector<std::size_t>, static_cast<std::size_t>(Role::count)> columns_{};
  std::vector<std::size_t> duplicates_;
  std::size_t children_from_ = 0;
  std::size_t child_width_ = 0;
};

}  // namespace scolint::formats
