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

#include <memory>
#include <string>

#include "io/byte_source.hpp"

namespace scolint::formats {

/// The encoding an XML declaration at the start of `prefix` names, upper-cased,
/// or empty when there is no declaration or it names none.
std::string declared_encoding(std::string_view prefix);

/// Reads `inner` as text in a single-byte charset whose 256 bytes are all
/// defined (ISO-8859-15, ISO-8859-1) and gives UTF-8. expat's own path for
/// such charsets converts character by character: a table lookup per byte
/// before it is about a fifth faster on a SIECLE export, and line and column
/// numbers are unchanged (expat counts characters, not bytes).
/// Returns nullptr when the table has an undefined byte, so that expat keeps
/// reporting such a byte as invalid where it is.
std::unique_ptr<io::ByteSource> utf8_from_single_byte(const ByteTable& table, io::ByteSource& inner);

}  // namespace scolint::formats
