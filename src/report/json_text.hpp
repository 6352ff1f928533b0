#pragma once
// JSON text written directly, byte for byte as nlohmann::ordered_json::dump
// would write it (ensure_ascii off, invalid UTF-8 replaced by U+FFFD): the
// reports of a million-pupil run hold hundreds of thousands of entries, and
// building a JSON value per entry cost more than the rest of the report.

#include <string>
#include <string_view>

namespace scolint::report {

/// True when nlohmann would copy `text` as is between quotes: valid UTF-8
/// (no overlong form, surrogate or code point past U+10FFFF) without control
/// characters, quotes or backslashes.
bool copies_verbatim(std::string_view text);

/// `text` as a JSON string, quotes included.
void append_json_string(std::string& out, std::string_view text);

}  // namespace scolint::report
