#pragma once
// AAF multi-part values: "CODE$LIBELLE", "UAI$STRUCTURE_ID$..." (formats/AAF.md).

#include <string_view>
#include <vector>

namespace scolint::model {

/// The `$`-separated parts of a value, empty parts kept ("a$$b" → a, "", b);
/// a value without `$` is one part. The parts point into `value`.
std::vector<std::string_view> split_dollar(std::string_view value);

}  // namespace scolint::model
