#pragma once
// Byte → code point tables for the single-byte charsets expat does not know
// (ISO-8859-15, the SIECLE default; windows-1252...), built with ICU.

#include <array>
#include <optional>
#include <string_view>

namespace scolint::formats {

/// -1 marks a byte that the charset leaves undefined.
using ByteTable = std::array<int, 256>;

/// The table for `charset_name`, or nothing when ICU does not know it or it
/// is not a single-byte charset.
std::optional<ByteTable> single_byte_table(std::string_view charset_name);

}  // namespace scolint::formats
