#pragma once
// Everything read from one run's inputs. Records keep the id of the file they
// came from; the file table says what each file was.

#include <cstdint>
#include <string>
#include <vector>

#include "model/placeholders.hpp"
#include "model/record_list.hpp"
#include "model/records.hpp"

namespace scolint::model {

struct FileRecord {
  std::string path;
  ExportKind kind = ExportKind::unknown;
  std::string encoding;
  ExportParameters parameters;
  std::uint64_t records = 0;
  bool failed = false;
  // What an AAF file held: a drop splits pupils (Eleve) and their relatives
  // (PersRelEleve) into separate files, so one file may stand for either side.
  bool has_pupils = false;
  bool has_persons = false;
  bool has_parameters = false;  // the reader sent `parameters` (a split file's parts may not all)
  std::uint8_t lacking = 0;     // one bit per model::Column the file has none of

  [[nodiscard]] bool lacks(Column column) const { return (lacking & (1U << static_cast<unsigned>(column))) != 0; }
  void set_lacks(Column column) { lacking |= static_cast<std::uint8_t>(1U << static_cast<unsigned>(column)); }
};

// Records are kept in chunked lists: stable addresses (rules index them by
// pointer) and no capacity doubling on a million pupils.
struct Dataset {
  std::vector<FileRecord> files;
  TextArena texts;  // the bytes of every record value below
  RecordList<Pupil> pupils;
  RecordList<Membership> memberships;
  RecordList<Person> persons;
  RecordList<Address> addresses;
  RecordList<ResponsableLink> links;
  RecordList<Division> divisions;
  RecordList<Group> groups;
  RecordList<Service> services;
  RecordList<Staff> staff;
  RecordList<Subject> subjects;
  RecordList<Mef> mefs;
  RecordList<AafStructure> aaf_structures;  // the EtabEducNat records of an AAF drop
  RecordList<ChildMention> child_mentions;  // ENT parents' children named, not identified
  RecordList<ClassMention> class_mentions;  // classes first-degree and ENT teachers' rows name
  RecordList<OptionUse> option_uses;        // pupils' options, each distinct one once per file
  RecordList<Modality> modalities;          // election modalities of a nomenclature
  /// Derived once every file is read, before the dataset checks run.
  Placeholders placeholders;

  /// True when at least one file of that kind was read (even partly); a
  /// SIECLE CSV extraction or an AAF file counts as pupils' and responsables' exports.
  [[nodiscard]] bool has_kind(ExportKind kind) const;

  /// Moves the records and texts of `part` (one file's) after this dataset's;
  /// `files` is left to the caller, which owns the file ids.
  void append_records(Dataset&& part);
};

}  // namespace scolint::model
