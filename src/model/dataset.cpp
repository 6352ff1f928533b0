#include "model/dataset.hpp"

#include <algorithm>

namespace scolint::model {

bool Dataset::has_kind(ExportKind kind) const {
  return std::any_of(files.begin(), files.end(), [kind](const FileRecord& file) { return file.kind == kind; });
}

}  // namespace scolint::model
