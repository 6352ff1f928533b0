#pragma once
// The records scolint reasons about, whatever file format they came from.
// Identifiers stay strings: SIECLE and STS ids are opaque and may carry
// leading zeros. Values are Texts in the dataset's arena (8 bytes each):
// a reader gets them from its RecordSink.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/text_arena.hpp"

namespace scolint::model {

using FileId = std::uint32_t;

/// Where a record or field starts: 1-based line and column in file `file`.
struct SourceLocation {
  FileId file = 0;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

/// A value with the place of the element that carried it, kept in four
/// bytes relative to its record's place (a million pupils carry eight
/// fields each): the line after the record's first line, and the column,
/// or on the record's own line the columns after the record's when the
/// column is past 2 MiB (a file written on one line). A place beyond that
/// (a field more than a thousand lines into its record, or before it, or a
/// line longer than 2 MiB before it) is said at the record's place.
struct Field {
  Text value;

  Field() = default;
  /// `at` is the field's place and `record` its record's place (the same
  /// `record` gives it back, see in()).
  Field(Text text, const SourceLocation& at, const SourceLocation& record) : value(text), place_(pack(at, record)) {}
  /// Where the field stands, given its record's place.
  [[nodiscard]] SourceLocation in(const SourceLocation& record) const {
    if (place_ == nowhere) return {record.file, 0, 0};
    if (place_ == beyond) return record;
    const std::uint32_t line = record.line + (place_ >> line_shift);
    const std::uint32_t column = place_ & column_mask;
    return {record.file, line, (place_ & after_record) != 0 ? record.column + column : column};
  }

 private:
  static constexpr std::uint32_t line_shift = 22;
  static constexpr std::uint32_t after_record = std::uint32_t{1} << 21;  // the column counts from the record's
  static constexpr std::uint32_t column_mask = after_record - 1;
  static constexpr std::uint32_t max_lines = (std::uint32_t{1} << (32 - line_shift)) - 2;  // 1022
  static constexpr std::uint32_t nowhere = UINT32_MAX;     // no place (line 0): a field never read
  static constexpr std::uint32_t beyond = UINT32_MAX - 1;  // said at the record's place

  static std::uint32_t pack(const SourceLocation& at, const SourceLocation& record) {
    if (at.line == 0) return nowhere;
    if (at.line < record.line || at.line - record.line > max_lines) return beyond;
    const std::uint32_t lines = (at.line - record.line) << line_shift;
    if (at.column <= column_mask) return lines | at.column;
    if (at.line == record.line && at.column >= record.column && at.column - record.column <= column_mask) {
      return lines | after_record | (at.column - record.column);
    }
    return beyond;
  }

  std::uint32_t place_ = nowhere;
};

enum class ExportKind : std::uint8_t {
  unknown,
  siecle_eleves,         // BEE_ELEVES: ElevesSansAdresses.xml / ElevesAvecAdresses.xml
  siecle_responsables,   // BEE_RESPONSABLES: ResponsablesAvecAdresses.xml
  siecle_nomenclatures,  // BEE_NOMENCLATURES: Nomenclature.xml
  siecle_structures,     // BEE_STRUCTURES: Structures.xml
  sts_emp,               // STS_EDT: sts_emp_<UAJ>_<année>.xml
  siecle_csv,            // a SIECLE extraction (pupils, divisions, legal responsables) as CSV
  aaf,                   // an AAF drop file (ficAlimMENESR): Eleve, PersRelEleve, PersEducNat, EtabEducNat...
  ent_invites_csv,       // the ENT guest-account import file (seed 004)
  // First degree: ONDE's CSVExtraction-*.csv (docs/formats.md).
  onde_eleves_csv,        // CSVExtraction-eleves.csv: pupils and their class
  onde_responsables_csv,  // CSVExtraction-responsables.csv: a parent a row, children as repeated column groups
  onde_enseignants_csv,   // CSVExtraction-enseignants.csv: teachers and their classes
  // The ENT's own CSV import (entcore): one file per profile.
  ent_eleves_csv,
  ent_parents_csv,
  ent_enseignants_csv,
  ent_personnels_csv,
};

/// Every kind but unknown, in a stable order (for --kinds and the docs).
inline constexpr ExportKind all_export_kinds[]{
    ExportKind::siecle_eleves,
    ExportKind::siecle_responsables,
    ExportKind::siecle_nomenclatures,
    ExportKind::siecle_structures,
    ExportKind::sts_emp,
    ExportKind::siecle_csv,
    ExportKind::aaf,
    ExportKind::onde_eleves_csv,
    ExportKind::onde_responsables_csv,
    ExportKind::onde_enseignants_csv,
    ExportKind::ent_eleves_csv,
    ExportKind::ent_parents_csv,
    ExportKind::ent_enseignants_csv,
    ExportKind::ent_personnels_csv,
    ExportKind::ent_invites_csv,
};

/// The stable name of a kind, used in JSON ("siecle-eleves", "sts-emp"...).
std::string_view export_kind_name(ExportKind kind);

/// True for the SIECLE (BEE) side of the SIECLE <-> STS cross-checks.
bool is_siecle(ExportKind kind);

/// What a whole file may lack: a CSV column or an AAF attribute that none of
/// its records carries (a 2013 AAF Eleve file has no ENTEleveINE, an ENT CSV
/// of pupils no birth date). A rule whose findings depend on it is not
/// checked in that file (RuleInfo::reads) and the summary says so once,
/// instead of one finding per record.
enum class Column : std::uint8_t {
  pupil_ine,
  pupil_birth_date,
  pupil_division,
  pupil_responsables,  // the legal responsables of each pupil
  staff_birth_date,
  whole_export,         // every record of its kind: an AAF delta file holds changes only
  responsable_address,  // the responsables' postal addresses (a SIECLE CSV extraction has none)
  names,                // a name or first name column: F007 says it once for the file
};
inline constexpr std::size_t column_count = 8;

/// The stable name of a column, used in JSON ("pupil-ine"...).
std::string_view column_name(Column column);

/// Which export defined a division, group or subject.
/// ent_csv: a class of a first-degree (ONDE) or ENT CSV file, which never
/// goes through STS-Web ("CP de Mme BROSSARD" is a fine ENT class).
enum class Origin : std::uint8_t { sts, siecle_structures, siecle_nomenclatures, siecle_pupils, aaf, ent_csv };

struct Pupil {
  SourceLocation location;  // the <ELEVE> element
  bool left = false;        // DATE_SORTIE on or before the export date: no longer a pupil here
  Text eleve_id;
  Text elenoet;
  Field id_national;  // the INE (new identifier since the RNIE)
  Field ine_bea;      // the former INE, kept by SIECLE for older pupils
  Field ine_rnie;
  Field nom;  // pre-2016 exports
  Field nom_de_famille;
  Field nom_usage;
  Field prenom;
  Field date_naissance;  // DD/MM/YYYY as exported
  Text date_sortie;
  /// The login the session's profile predicts (prenom.nom, before any
  /// collision suffix), set while reading when a selected rule uses logins;
  /// empty when a name is blank or no such rule runs.
  Text login{};
  /// AAF: the structure the pupil is attached to (ENTPersonStructRattach's
  /// jointure id); empty elsewhere, where a file is one establishment's.
  Text structure{};
  /// CODE_MEF (SIECLE) or ENTEleveMEF (AAF): the pupil's level and track, a
  /// code of the MEF nomenclature; empty when the export does not say.
  Text code_mef{};

  /// Nom d'usage if given, else nom de famille (or the old NOM): the name the ENT shows.
  [[nodiscard]] const Field& usage_name() const;
  /// Nom de famille (or the old NOM), else nom d'usage: the name that identifies a person.
  [[nodiscard]] const Field& birth_name() const;
  /// The first non-blank INE field, or nullptr.
  [[nodiscard]] const Field* ine() const;
};

/// A pupil's place in a division (type 'D') or group ('G') of the SIECLE export.
struct Membership {
  SourceLocation location;  // the <STRUCTURE> element
  char type = 'D';
  Text eleve_id;
  Text code;     // trimmed: the identity of the structure (as written: the Division or Group record's raw_code)
  Text scope{};  // AAF: the structure jointure id the class or group belongs to
};

struct Person {  // a responsable (parent, relative, contact)
  SourceLocation location;
  Text personne_id;
  Field nom;
  Field nom_de_famille;
  Field nom_usage;
  Field prenom;
  Field civilite;
  Text tel_personnel;
  Text tel_portable;
  Text tel_professionnel;
  Text mel;
  Text adresse_id;
  /// See Pupil::login.
  Text login{};

  [[nodiscard]] const Field& usage_name() const;
};

struct Address {
  SourceLocation location;
  Text adresse_id;
  Text ligne1;
  Text ligne2;
  Text ligne3;
  Text ligne4;
  Text code_postal;
  Text libelle_postal;
  Text commune_etrangere;
  Text ll_pays;
};

struct ResponsableLink {
  SourceLocation location;
  Text eleve_id;
  Text personne_id;
  Text resp_legal;  // "1" or "2" for the legal responsables, "0" otherwise; empty when absent
  Text code_parente;
  /// NIVEAU_RESPONSABILITE, written by SIECLE since March 2018 instead of
  /// RESP_LEGAL: "1" représentant légal, "2" personne en charge, "3" contact.
  Text niveau{};

  /// A legal responsable's link: RESP_LEGAL 1 or 2 when the link has one
  /// (it wins, as in GEPI's import), else NIVEAU_RESPONSABILITE 1.
  [[nodiscard]] bool legal() const {
    if (!resp_legal.empty()) return resp_legal == "1" || resp_legal == "2";
    return niveau == "1";
  }
};

struct Division {
  SourceLocation location;
  Text code;  // trimmed: the identity of the division
  Origin origin = Origin::sts;
  std::uint32_t services = 0;
  Text raw_code{};  // as written, for the white-space check (S008)
  Text scope{};     // AAF: the structure (jointure id) it belongs to; empty: the file's establishment
};

struct Group {
  SourceLocation location;
  Text code;  // trimmed: the identity of the group
  Origin origin = Origin::sts;
  std::vector<Text> divisions;  // DIVISIONS_APPARTENANCE
  std::uint32_t services = 0;
  Text raw_code{};  // as written, for the white-space check (S008)
  Text scope{};     // see Division::scope
};

struct Service {
  SourceLocation location;
  Text structure_code;  // the division or group that carries the service
  bool on_group = false;
  Text code_matiere;
  Text code_mod_cours;
  std::vector<Text> teacher_ids;
};

struct Staff {  // an STS INDIVIDU
  SourceLocation location;
  Text id;
  Text type;  // "epp" or "local"
  Field nom_usage;
  Field nom_patronymique;
  Field prenom;
  Field date_naissance;  // YYYY-MM-DD
  Text fonction;         // "ENS" for teachers
  /// See Pupil::login.
  Text login{};
  /// See Pupil::structure.
  Text structure{};

  [[nodiscard]] const Field& usage_name() const;
};

struct Subject {
  SourceLocation location;
  Text code;
  Text code_gestion;
  Origin origin = Origin::sts;
};

/// A MEF (module élémentaire de formation: level and track) of a
/// nomenclature: an AAF MefEducNat record.
struct Mef {
  SourceLocation location;
  Text code;
  Text label;
  Origin origin = Origin::aaf;
};

/// A child an ENT parents' CSV row names by name and class instead of by
/// identifier: the ENT links the parent to the pupils' file's row with the
/// same last name, first name and class, byte for byte (R010).
struct ChildMention {
  SourceLocation location;  // the child's last-name cell
  Text personne_id;         // the parent's row
  Text nom;
  Text prenom;
  Text classe;
};

/// A class a teacher's row of a first-degree or ENT CSV names (ONDE's
/// enseignants, the ENT's teachers): the ENT finds the class by its label,
/// byte for byte, among the pupils' (X010).
struct ClassMention {
  SourceLocation location;  // the class cell
  Text staff_id;            // the teacher's row
  Text classe;
};

/// An option a pupils' export gives (OPTIONS/OPTION/OPTIONS_ELEVE): a
/// subject and how it was chosen. Readers send each distinct pair once per
/// file (where it first appears): the checks compare codes with the
/// nomenclature, and a million pupils' options would cost memory for nothing.
struct OptionUse {
  SourceLocation location;
  Text eleve_id;      // the first pupil with it
  Text code_matiere;  // CODE_MATIERE
  Text modalite;      // CODE_MODALITE_ELECT
};

/// An establishment an AAF drop defines: the <id> of an EtabEducNat record (A003).
struct AafStructure {
  SourceLocation location;
  Text id;
};

/// A code of SIECLE's election modalities (MODALITES_ELECTION, Nomenclature.xml).
struct Modality {
  SourceLocation location;
  Text code;
};

/// PARAMETRES of an export: which establishment and year it belongs to.
struct ExportParameters {
  std::string uaj;
  std::string annee_scolaire;  // first year of the school year, e.g. "2025"
  std::optional<Date> date_export;
};

/// True when `text` is empty or only white space.
bool is_blank(std::string_view text);

/// True for the identifier a CSV row without an identifier column is given,
/// its line ("L12", "L12-R1" for a SIECLE extraction's responsable): no
/// identity from one file to the next, nor between two rows.
bool is_line_identifier(std::string_view id, std::uint32_t line);

/// What tells a record apart in a run: its identifier, or for a CSV row
/// known by its line, the file and the line ("L2" of two files are two).
std::string run_key(std::string_view id, const SourceLocation& at);

}  // namespace scolint::model
