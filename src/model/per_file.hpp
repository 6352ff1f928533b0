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

/// The UAJ file `file` says it belongs to ("" when it says none: an AAF
/// drop, a CSV, or no such file).
inline std::string_view uaj_of(const std::vector<FileRecord>& files, FileId file) {
  return file < files.size() ? std::string_view(files[file].parameters.uaj) : std::string_view();
}

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

  /// Keeps `value` for `file` unless the file has one already (a file's
  /// first record of the id wins); true when kept.
  bool add(FileId file, T value) {
    if (has(file)) return false;
    of(file, std::move(value));
    return true;
  }

  /// The value that a reference to `id` made in file `from` means: its own
  /// file's; else, unless `id` is a CSV line, the first of a file of the same
  /// establishment (UAJ), else the first of a file whose establishment is not
  /// known on one side (an AAF drop, a CSV); nullptr if none — another
  /// school's record is another person.
  [[nodiscard]] const T* pick(std::string_view id, FileId from, const std::vector<FileRecord>& files) const {
    if (const T* own = find(from)) return own;
    if (!has_first_ || has_line_identifier_shape(id)) return nullptr;
    const std::string_view uaj = uaj_of(files, from);
    const T* compatible = nullptr;
    auto consider = [&](const std::pair<FileId, T>& entry) {
      const std::string_view theirs = uaj_of(files, entry.first);
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
  [[nodiscard]] bool has(FileId file) const { return find(file) != nullptr; }
  [[nodiscard]] const T* find(FileId file) const {
    if (!has_first_) return nullptr;
    if (first_.first == file) return &first_.second;
    for (const auto& [f, value] : more_) {
      if (f == file) return &value;
    }
    return nullptr;
  }

  bool has_first_ = false;
  std::pair<FileId, T> first_{};
  std::vector<std::pair<FileId, T>> more_;
};

/// What `id`, named from file `from`, means in `index` (a map from ids to
/// their PerFile): PerFile::pick, or nullptr for an id it does not hold.
template <typename Index, typename Id>
[[nodiscard]] auto pick_in(const Index& index, const Id& id, FileId from, const std::vector<FileRecord>& files)
    -> decltype(index.begin()->second.pick(id, from, files)) {
  const auto it = index.find(id);
  return it == index.end() ? nullptr : it->second.pick(id, from, files);
}

}  // namespace scolint::model
