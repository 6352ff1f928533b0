#pragma once
// AAF multi-part values: "CODE$LIBELLE", "UAI$STRUCTURE_ID$..." (formats/AAF.md).

#include <string>
#include <string_view>
#include <vector>

namespace scolint::model {

/// The `$`-separated parts of a value, empty parts kept ("a$$b" → a, "", b);
/// a value without `$` is one part.
std::vector<std::string> split_dollar(std::string_view value);

}  // namespace scolint::model
