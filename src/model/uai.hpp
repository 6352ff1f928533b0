#pragma once
// UAI (UAJ, RNE): the establishment number, 7 digits and a check letter.

#include <optional>
#include <string_view>

namespace scolint::model {

/// The check letter "ABCDEFGHJKLMNPRSTUVWXYZ"[n mod 23] of a UAI shaped as
/// 7 digits + 1 capital letter (formats/AAF.md §5); nullopt for another shape.
std::optional<char> uai_expected_letter(std::string_view uai);

}  // namespace scolint::model
