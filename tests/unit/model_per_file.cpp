// Which of several records with one identifier a reference means
// (model/per_file.hpp): two schools' exports may share ELEVE_IDs.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "model/dataset.hpp"
#include "model/per_file.hpp"
#include "model/record_ref.hpp"

using scolint::model::FileRecord;
using scolint::model::PerFile;
using scolint::model::RecordRef;

namespace {
std::vector<FileRecord> files_of(const std::vector<std::string>& uajs) {
  std::vector<FileRecord> files(uajs.size());
  for (std::size_t i = 0; i < uajs.size(); ++i) files[i].parameters.uaj = uajs[i];
  return files;
}
}  // namespace

TEST_CASE("an id means its own file's record, else its establishment's, never another school's", "[per_file]") {
  // Files 0 and 1: school A; file 2: school B; file 3: an AAF drop or a CSV (no UAJ).
  const auto files = files_of({"0999991A", "0999991A", "0999992B", ""});
  PerFile<int> pupil;
  pupil.of(0) = 10;
  pupil.of(2) = 20;
  CHECK(pupil.of(0) == 10);  // made once per file
  CHECK(*pupil.pick("1", 0, files) == 10);
  CHECK(*pupil.pick("1", 2, files) == 20);
  CHECK(*pupil.pick("1", 1, files) == 10);  // school A's other file
  CHECK(*pupil.pick("1", 3, files) == 10);  // no UAJ on this side: the first read
  PerFile<int> only_b;
  only_b.of(2) = 20;
  CHECK(only_b.pick("1", 0, files) == nullptr);  // school B's pupil is not school A's
  PerFile<int> unknown;
  unknown.of(3) = 30;
  CHECK(*unknown.pick("1", 0, files) == 30);  // an AAF pupil may be anyone's
  CHECK(PerFile<int>().pick("1", 0, files) == nullptr);
}

TEST_CASE("a CSV row known by its line means nothing outside its file", "[per_file]") {
  const auto files = files_of({"", ""});
  PerFile<int> row;
  row.of(0) = 1;
  CHECK(*row.pick("L2", 0, files) == 1);
  CHECK(row.pick("L2", 1, files) == nullptr);
  CHECK(row.pick("L2-R1", 1, files) == nullptr);
  CHECK(*row.pick("L2X", 1, files) == 1);  // not a line's shape
  CHECK(RecordRef::pupil("L12").known_by_line());
  CHECK(RecordRef::link("L12", "L12-R2").known_by_line());
  CHECK(RecordRef::address("L7").known_by_line());
  CHECK_FALSE(RecordRef::pupil("2400006").known_by_line());
  CHECK_FALSE(RecordRef::structure(true, "L1").known_by_line());  // a division may be called L1
}
