#pragma once
// Which record a finding is about, typed: what the JSON "record" says and
// the fingerprint hashes ("ELEVE_ID=12", "ELEVE_ID=12 PERSONNE_ID=99"), and,
// for a pupil or a pupil's link, the ELEVE_ID whose division files the
// finding under a class (HTML report). Built by rules and readers alike.

#include <cstdint>
#include <string>
#include <string_view>

namespace scolint::model {

enum class RecordKind : std::uint8_t {
  none,           // free text (F010's "UAJ/year"), said as is
  pupil,          // ELEVE_ID
  responsable,    // PERSONNE_ID
  staff,          // INDIVIDU_ID
  address,        // ADRESSE_ID
  link,           // a pupil's link to a responsable: ELEVE_ID and PERSONNE_ID
  division,       // DIVISION code
  group,          // GROUPE code
  subject,        // MATIERE code
  establishment,  // UAJ
  file,           // a file's name, for what concerns the file as a whole
  aaf_record,     // an AAF record of another category (EtabEducNat, nomenclatures): its <id>
};

/// True for an identifier shaped like the one a CSV row without an
/// identifier column is given, its line ("L12", "L12-R1"): model::
/// is_line_identifier also checks the line, which a reference does not carry.
inline bool has_line_identifier_shape(std::string_view id) {
  std::size_t i = 1;
  auto digits = [&] {
    const std::size_t from = i;
    while (i < id.size() && id[i] >= '0' && id[i] <= '9') ++i;
    return i > from;
  };
  if (id.empty() || id[0] != 'L' || !digits()) return false;
  if (i == id.size()) return true;
  if (id.substr(i, 2) != "-R") return false;
  i += 2;
  return digits() && i == id.size();
}

struct RecordRef {
  static constexpr char separator = '\x1f';

  RecordKind kind = RecordKind::none;
  std::string id;  // a link's: ELEVE_ID, a unit separator, PERSONNE_ID (a finding holds one string)

  static RecordRef pupil(std::string_view eleve_id) { return {RecordKind::pupil, std::string(eleve_id)}; }
  static RecordRef responsable(std::string_view personne_id) {
    return {RecordKind::responsable, std::string(personne_id)};
  }
  static RecordRef staff(std::string_view individu_id) { return {RecordKind::staff, std::string(individu_id)}; }
  static RecordRef address(std::string_view adresse_id) { return {RecordKind::address, std::string(adresse_id)}; }
  static RecordRef link(std::string_view eleve_id, std::string_view personne_id) {
    return {RecordKind::link, std::string(eleve_id).append(1, separator).append(personne_id)};
  }
  /// A division ('D') or group (any other type).
  static RecordRef structure(bool division, std::string_view code) {
    return {division ? RecordKind::division : RecordKind::group, std::string(code)};
  }
  static RecordRef subject(std::string_view code) { return {RecordKind::subject, std::string(code)}; }
  static RecordRef establishment(std::string_view uaj) { return {RecordKind::establishment, std::string(uaj)}; }
  static RecordRef file(std::string_view name) { return {RecordKind::file, std::string(name)}; }
  static RecordRef aaf(std::string_view id) { return {RecordKind::aaf_record, std::string(id)}; }
  static RecordRef text(std::string_view what) { return {RecordKind::none, std::string(what)}; }
  /// From the identifier's element name as SIECLE writes it ("ELEVE_ID=", "ADRESSE_ID="...).
  static RecordRef keyed(std::string_view key, std::string_view id) {
    if (key == "ELEVE_ID=") return pupil(id);
    if (key == "PERSONNE_ID=") return responsable(id);
    if (key == "INDIVIDU_ID=") return staff(id);
    if (key == "ADRESSE_ID=") return address(id);
    return text(std::string(key).append(id));
  }

  /// "ELEVE_ID=12", "DIVISION=3A", "ELEVE_ID=12 PERSONNE_ID=99"...
  [[nodiscard]] std::string str() const {
    switch (kind) {
      case RecordKind::pupil: return "ELEVE_ID=" + id;
      case RecordKind::responsable: return "PERSONNE_ID=" + id;
      case RecordKind::staff: return "INDIVIDU_ID=" + id;
      case RecordKind::address: return "ADRESSE_ID=" + id;
      case RecordKind::link: {
        const std::size_t cut = id.find(separator);
        return "ELEVE_ID=" + id.substr(0, cut) + " PERSONNE_ID=" + (cut == std::string::npos ? "" : id.substr(cut + 1));
      }
      case RecordKind::division: return "DIVISION=" + id;
      case RecordKind::group: return "GROUPE=" + id;
      case RecordKind::subject: return "MATIERE=" + id;
      case RecordKind::establishment: return "UAJ=" + id;
      case RecordKind::aaf_record: return "ENTPersonJointure=" + id;
      case RecordKind::file:
      case RecordKind::none: break;
    }
    return id;
  }
  /// The ELEVE_ID of a pupil or of a pupil's link, else empty.
  [[nodiscard]] std::string_view pupil_id() const {
    if (kind == RecordKind::pupil) return id;
    if (kind == RecordKind::link) return std::string_view(id).substr(0, id.find(separator));
    return {};
  }
  /// True for a person's CSV row known by its line (a pupil, responsable or
  /// staff row without an identifier column, its address, or such a pupil's
  /// link): it means nothing outside its file.
  [[nodiscard]] bool known_by_line() const {
    switch (kind) {
      case RecordKind::pupil:
      case RecordKind::link: return has_line_identifier_shape(pupil_id());
      case RecordKind::responsable:
      case RecordKind::staff:
      case RecordKind::address: return has_line_identifier_shape(id);
      default: return false;
    }
  }
  /// The code of a division, else empty.
  [[nodiscard]] std::string_view division_code() const {
    return kind == RecordKind::division ? std::string_view(id) : std::string_view();
  }
};

}  // namespace scolint::model
