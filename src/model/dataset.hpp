#pragma once
// Everything read from one run's inputs. Records keep the id of the file they
// came from; the file table says what each file was.

#include <cstdint>
#include <string>
#include <vector>

#include "model/records.hpp"

namespace scolint::model {

struct FileRecord {
  std::string path;
  ExportKind kind = ExportKind::unknown;
  std::string encoding;
  ExportParameters parameters;
  std::uint64_t records = 0;
  bool failed = false;
};

struct Dataset {
  std::vector<FileRecord> files;
  std::vector<Pupil> pupils;
  std::vector<Membership> memberships;
  std::vector<Person> persons;
  std::vector<Address> addresses;
  std::vector<ResponsableLink> links;
  std::vector<Division> divisions;
  std::vector<Group> groups;
  std::vector<Service> services;
  std::vector<Staff> staff;
  std::vector<Subject> subjects;
  std::vector<Field> aaf_structures;  // <id> of the EtabEducNat records of an AAF drop

  /// True when at least one file of that kind was read (even partly); a
  /// SIECLE CSV extraction or an AAF file counts as pupils' and responsables' exports.
  [[nodiscard]] bool has_kind(ExportKind kind) const;
};

}  // namespace scolint::model
