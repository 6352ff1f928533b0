#include "engine/not_checked.hpp"

#include <algorithm>

namespace scolint::engine {

bool unchecked_in(const rules::Rule& rule, const model::FileRecord& file) {
  return file.lacking != 0 &&
         std::any_of(rule.info.reads.begin(), rule.info.reads.end(), [&](model::Column c) { return file.lacks(c); });
}

std::vector<NotChecked> not_checked(const std::vector<model::FileRecord>& files,
                                    const std::vector<const rules::Rule*>& ran) {
  std::vector<NotChecked> out;
  for (const model::FileRecord& file : files) {
    if (file.lacking == 0) continue;
    for (const rules::Rule* rule : ran) {
      for (const model::Column column : rule->info.reads) {
        if (!file.lacks(column)) continue;
        out.push_back({std::string(rule->info.code), file.path, std::string(model::column_name(column))});
        break;  // once per rule and file: the first column it lacks says why
      }
    }
  }
  return out;
}

}  // namespace scolint::engine
