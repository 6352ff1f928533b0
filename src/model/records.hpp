#pragma once
// The records scolint reasons about, whatever file format they came from.
// Identifiers stay strings: SIECLE and STS ids are opaque and may carry
// leading zeros.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"

namespace scolint::model {

using FileId = std::uint32_t;

/// Where a record or field starts: 1-based line and column in file `file`.
struct SourceLocation {
  FileId file = 0;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

/// A value with the location of the element that carried it.
struct Field {
  std::string value;
  SourceLocation location;
};

enum class ExportKind : std::uint8_t {
  unknown,
  siecle_eleves,         // BEE_ELEVES: ElevesSansAdresses.xml / ElevesAvecAdresses.xml
  siecle_responsables,   // BEE_RESPONSABLES: ResponsablesAvecAdresses.xml
  siecle_nomenclatures,  // BEE_NOMENCLATURES: Nomenclature.xml
  siecle_structures,     // BEE_STRUCTURES: Structures.xml
  sts_emp,               // STS_EDT: sts_emp_<UAJ>_<année>.xml
  siecle_csv,            // a SIECLE extraction (pupils, divisions, legal responsables) as CSV
  aaf,                   // an AAF drop file (ficAlimMENESR): Eleve, PersRelEleve, PersEducNat, EtabEducNat
  ent_invites_csv,       // the ENT guest-account import file (seed 004)
};

/// The stable name of a kind, used in JSON ("siecle-eleves", "sts-emp"...).
std::string_view export_kind_name(ExportKind kind);

/// True for the SIECLE (BEE) side of the SIECLE <-> STS cross-checks.
bool is_siecle(ExportKind kind);

/// Which export defined a division, group or subject.
enum class Origin : std::uint8_t { sts, siecle_structures, siecle_nomenclatures, siecle_pupils };

struct Pupil {
  SourceLocation location;  // the <ELEVE> element
  std::string eleve_id;
  std::string elenoet;
  Field id_national;  // the INE (new identifier since the RNIE)
  Field ine_bea;      // the former INE, kept by SIECLE for older pupils
  Field ine_rnie;
  Field nom;  // pre-2016 exports
  Field nom_de_famille;
  Field nom_usage;
  Field prenom;
  Field date_naissance;  // DD/MM/YYYY as exported
  std::string date_sortie;
  bool left = false;  // DATE_SORTIE on or before the export date: no longer a pupil here

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
  std::string eleve_id;
  std::string code;      // trimmed: the identity of the structure
  char type = 'D';
  std::string raw_code{};  // as written, for the white-space check (S008)
  std::string scope{};     // AAF: the structure jointure id the class or group belongs to
};

struct Person {  // a responsable (parent, relative, contact)
  SourceLocation location;
  std::string personne_id;
  Field nom;
  Field nom_de_famille;
  Field nom_usage;
  Field prenom;
  Field civilite;
  std::string tel_personnel;
  std::string tel_portable;
  std::string tel_professionnel;
  std::string mel;
  std::string adresse_id;

  [[nodiscard]] const Field& usage_name() const;
};

struct Address {
  SourceLocation location;
  std::string adresse_id;
  std::string ligne1;
  std::string ligne2;
  std::string ligne3;
  std::string ligne4;
  std::string code_postal;
  std::string libelle_postal;
  std::string commune_etrangere;
  std::string ll_pays;
};

struct ResponsableLink {
  SourceLocation location;
  std::string eleve_id;
  std::string personne_id;
  std::string resp_legal;  // "1" or "2" for the legal responsables, "0" otherwise
  std::string code_parente;
};

struct Division {
  SourceLocation location;
  std::string code;  // trimmed: the identity of the division
  Origin origin = Origin::sts;
  std::uint32_t services = 0;
  std::string raw_code{};  // as written, for the white-space check (S008)
};

struct Group {
  SourceLocation location;
  std::string code;  // trimmed: the identity of the group
  Origin origin = Origin::sts;
  std::vector<std::string> divisions;  // DIVISIONS_APPARTENANCE
  std::uint32_t services = 0;
  std::string raw_code{};  // as written, for the white-space check (S008)
};

struct Service {
  SourceLocation location;
  std::string structure_code;  // the division or group that carries the service
  bool on_group = false;
  std::string code_matiere;
  std::string code_mod_cours;
  std::vector<std::string> teacher_ids;
};

struct Staff {  // an STS INDIVIDU
  SourceLocation location;
  std::string id;
  std::string type;  // "epp" or "local"
  Field nom_usage;
  Field nom_patronymique;
  Field prenom;
  Field date_naissance;  // YYYY-MM-DD
  std::string fonction;  // "ENS" for teachers

  [[nodiscard]] const Field& usage_name() const;
};

struct Subject {
  SourceLocation location;
  std::string code;
  std::string code_gestion;
  Origin origin = Origin::sts;
};

/// PARAMETRES of an export: which establishment and year it belongs to.
struct ExportParameters {
  std::string uaj;
  std::string annee_scolaire;  // first year of the school year, e.g. "2025"
  std::optional<Date> date_export;
};

/// True when `text` is empty or only white space.
bool is_blank(std::string_view text);

}  // namespace scolint::model
