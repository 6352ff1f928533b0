#pragma once
// INE (identifiant national élève) shapes and check keys, formats/SIECLE_STS.md §4.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace scolint::model {

enum class IneShape : std::uint8_t { rnie, bea, base36, sifa };

std::string_view ine_shape_name(IneShape shape);

/// The shape an INE has (case-insensitive, surrounding blanks ignored), or nothing.
std::optional<IneShape> ine_shape(std::string_view ine);

/// The check characters the (unofficial, documented) key algorithm expects
/// for a BEA or RNIE INE; nothing for shapes without a known key.
/// BEA: "ABCDEFGHJKLMNPRSTUVWXYZ"[N mod 23]; RNIE: 97 - (N mod 97) as two
/// letters A=0 ... K=9 (I skipped).
std::optional<std::string> ine_expected_key(std::string_view ine);

/// `ine` upper-cased and trimmed: the form used as an identity key.
std::string normalise_ine(std::string_view ine);

}  // namespace scolint::model
