#pragma once
// Placeholder values: what a school or an anonymiser types for want of a real
// value (`0000000000` in every phone of an AAF drop, `XXXXXXXXXX` address
// lines, the school's own e-mail for parents who have none). Such a value
// says nothing about the person: it is one finding per file and field
// (F012), never one per record, and duplicate detection never matches on it.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "model/records.hpp"

namespace scolint::model {

struct Dataset;
struct FileRecord;

/// The responsables' values a placeholder can fill.
enum class ContactField : std::uint8_t { tel_personnel, tel_portable, tel_professionnel, mel, address_lines };

/// The SIECLE element that carries the field ("TEL_PORTABLE", "LIGNE1_ADRESSE"...).
std::string_view contact_field_name(ContactField field);

/// The comparable form of a value: a phone's digits, an e-mail in lower
/// case, address lines joined in upper case; empty when there is nothing.
std::string contact_value_key(ContactField field, std::string_view value);

/// The address lines of `address`, joined as contact_value_key compares them.
std::string address_lines(const Address& address);

/// The export each file belongs to, as the FileId of its first file: the
/// numbered parts of an AAF file (`…_PersRelEleve_0000.xml` to `_0039`) are
/// one export, any other file its own.
std::vector<FileId> export_units(const std::vector<FileRecord>& files);

struct Placeholder {
  FileId file = 0;          ///< the export's first file (export_units)
  std::uint32_t files = 1;  ///< how many files the export is made of
  ContactField field = ContactField::tel_personnel;
  std::string value;                   ///< as first written
  std::uint64_t count = 0;             ///< records of the file that carry it
  std::uint64_t of = 0;                ///< records of the file with a value in that field
  std::vector<SourceLocation> places;  ///< the first ones, in dataset order
};

class Placeholders {
 public:
  /// A value is a placeholder in a file's field when it fills at least
  /// `min_count` records and `min_percent` % of those with a value, or when
  /// it is one character repeated ("0000000000", "XXXXX", ".") and fills two.
  static constexpr std::uint64_t min_count = 10;
  static constexpr std::uint64_t min_percent = 2;
  static constexpr std::size_t max_places = 10;

  /// Counts the responsables' phones and e-mails and the address lines of
  /// `dataset`, file by file.
  static Placeholders find(const Dataset& dataset);

  [[nodiscard]] bool contains(FileId file, ContactField field, std::string_view value) const;
  [[nodiscard]] const std::vector<Placeholder>& all() const { return all_; }

 private:
  std::vector<Placeholder> all_;          // by file, field, then value
  std::vector<FileId> units_;             // export_units of the dataset's files
  std::unordered_set<std::string> keys_;  // file, field and value key
};

}  // namespace scolint::model
