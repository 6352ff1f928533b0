#include "model/dataset.hpp"

#include <algorithm>

namespace scolint::model {

bool Dataset::has_kind(ExportKind kind) const {
  // A SIECLE CSV extraction carries pupils, their divisions and their legal
  // responsables: it stands for the pupils' and responsables' exports.
  const bool csv_counts = kind == ExportKind::siecle_eleves || kind == ExportKind::siecle_responsables;
  return std::any_of(files.begin(), files.end(), [kind, csv_counts](const FileRecord& file) {
    return file.kind == kind ||
           (csv_counts && (file.kind == ExportKind::siecle_csv || file.kind == ExportKind::aaf));
  });
}

}  // namespace scolint::model
