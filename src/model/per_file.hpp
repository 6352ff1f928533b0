#pragma once
// Which of several records with one identifier a reference means.
//
// Two files may give one id to two people: two schools' exports linted
// together, test fixtures that all count from ELEVE_ID 0001. A reference
// made in file F (a finding, a link) means the record of F; else one of a
// file of the same establishment (UAJ); else the first read. A CSV row
// without an identifier column is known by its line ("L12"): such an id
// means nothing outside its file and is never looked for elsewhere.

#include <string_view>
#include <utility>
#include <vector>

#include "model/dataset.hpp"
#include "model/record_ref.hpp"

namespace scolint::model {

/// The values one identifier has in the files that have it, in file order.
template <typename T>
class PerFile {
 public:
  /// The value of `file`, made (as `made`) on first use.
  T& of(FileId file, T made = T{}) {
    for (auto& [f, value] : in_) {
      if (f == file) return value;
    }
    return in_.emplace_back(file, std::move(made)).second;
  }

  /// The value that a reference to `id` made in file `from` means (see
  /// above), or nullptr.
  [[nodiscard]] const T* pick(std::string_view id, FileId from, const std::vector<FileRecord>& files) const {
    for (const auto& [f, value] : in_) {
      if (f == from) return &value;
    }
    if (in_.empty() || has_line_identifier_shape(id)) return nullptr;
    const std::string_view uaj = from < files.size() ? std::string_view(files[from].parameters.uaj) : "";
    if (!uaj.empty()) {
      for (const auto& [f, value] : in_) {
        if (f < files.size() && files[f].parameters.uaj == uaj) return &value;
      }
    }
    return &in_.front().second;
  }

 private:
  std::vector<std::pair<FileId, T>> in_;
};

}  // namespace scolint::model
