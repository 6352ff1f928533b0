#pragma once
// What entcore's AAF feeder accepts (formats/AAF.md §3, §4, §7), as the AAF
// reader checks it record by record.

#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace scolint::formats {

/// Looked up by view for every attribute of every record: hashed, no string built.
using AafNameSet = std::unordered_set<std::string_view>;

/// The attributes each category (Eleve, PersRelEleve, PersEducNat...) may
/// carry: entcore's 2D mapping JSONs, 2021 snapshot and current HEAD
/// together. A non-empty attribute outside them makes the feeder reject the whole file.
const std::unordered_map<std::string_view, AafNameSet>& aaf_allowed_attributes();

/// The `$` field counts (at least, at most) of the multi-field attributes:
/// entcore silently ignores a value laid out otherwise.
const std::unordered_map<std::string_view, std::pair<std::size_t, std::size_t>>& aaf_value_layouts();

}  // namespace scolint::formats
