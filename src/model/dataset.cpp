#include "model/dataset.hpp"

#include <algorithm>

namespace scolint::model {

bool Dataset::has_kind(ExportKind kind) const {
  // A SIECLE CSV extraction carries pupils, their divisions and their legal
  // responsables: it stands for the pupils' and responsables' exports. An
  // AAF file stands for the side it holds records of: an Eleve file alone
  // does not make its pupils' relatives missing (R008).
  return std::any_of(files.begin(), files.end(), [kind](const FileRecord& file) {
    if (file.kind == kind) return true;
    if (kind != ExportKind::siecle_eleves && kind != ExportKind::siecle_responsables) return false;
    if (file.kind == ExportKind::siecle_csv) return true;
    if (file.kind != ExportKind::aaf) return false;
    return kind == ExportKind::siecle_eleves ? file.has_pupils : file.has_persons;
  });
}

}  // namespace scolint::model
