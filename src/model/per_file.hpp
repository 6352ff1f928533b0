#pragma once
// Which of several records with one identifier a reference means.
//
// Two files may give one id to two people: two schools' exports linted
// together, test fixtures that all count from ELEVE_ID 0001. A reference
// made in file F (a finding, a link) means the record of F; else one of a
// file of the same establishment (UAJ); else one of a file whose
// establishment is not known (AAF, CSV); never another school's. A CSV row
// without an identifier column is known by its line ("L12"): such an id
// means nothing outside its file and is never looked for elsewhere.

#include <string_view>
#include <utility>
#include <vector>

#include "model/dataset.hpp"
#include "model/record_ref.hpp"

namespace scolint::model {

/// The values one identifier has in the files that have it, in file order.
/// The first is held in place: nearly every id is in one file, and an index
/// of a million pupils allocates nothing more for them.
template <typename T>
class PerFile {
 public:
  /// The value of `file`, made (as `made`) on first use.
  T& of(FileId file, T made = T{}) {
    if (!has_first_) {
      has_first_ = true;
      first_ = {file, std::move(made)};
      return first_.second;
    }
    if (first_.first == file) return first_.second;
    for (auto& [f, value] : more_) {
      if (f == file) return value;
    }
    return more_.emplace_back(file, std::move(made)).second;
  }

  /// The value that a reference to `id` made in file `from` means: its own
  /// file's; else, unless `id` is a CSV line, the first of a file of the same
  /// establishment (UAJ), else the first of a file whose establishment is not
  /// known on one side (an AAF drop, a CSV); nullptr if none — another
  /// school's record is another person.
  [[nodiscard]] const T* pick(std::string_view id, FileId from, const std::vector<FileRecord>& files) const {
    if (!has_first_) return nullptr;
    if (first_.first == from) return &first_.second;
    for (const auto& [f, value] : more_) {
      if (f == from) return &value;
    }
    if (has_line_identifier_shape(id)) return nullptr;
    auto uaj_of = [&](FileId f) { return f < files.size() ? std::string_view(files[f].parameters.uaj) : ""; };
    const std::string_view uaj = uaj_of(from);
    const T* compatible = nullptr;
    auto consider = [&](const std::pair<FileId, T>& entry) {
      const std::string_view theirs = uaj_of(entry.first);
      if (!uaj.empty() && theirs == uaj) return true;
      if (compatible == nullptr && (uaj.empty() || theirs.empty())) compatible = &entry.second;
      return false;
    };
    if (consider(first_)) return &first_.second;
    for (const auto& entry : more_) {
      if (consider(entry)) return &entry.second;
    }
    return compatible;
  }

 private:
  bool has_first_ = false;
  std::pair<FileId, T> first_{};
  std::vector<std::pair<FileId, T>> more_;
};

}  // namespace scolint::model
