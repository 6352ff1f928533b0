#pragma once
// Shared by the structure rules: where a division or group came from, said
// the way a secretariat knows the screens.

#include <string>

#include "model/records.hpp"
#include "model/text.hpp"

namespace scolint::rules {

/// "DIVISION=3A" / "GROUPE=LV2ESP": the record identity of a structure.
inline std::string structure_record(bool division, std::string_view code) {
  return std::string(division ? "DIVISION=" : "GROUPE=").append(code);
}

/// Letters A-Z a-z, digits, space, '-' and '_' : what STS-Web accepts in a
/// group code (seed 002: « Seuls l'espace, le - et le _ sont acceptés »).
inline bool is_sts_code_character(char32_t c) {
  return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9') || c == U' ' ||
         c == U'-' || c == U'_';
}

/// A character STS-Web accepts, or one of `extra` (a rule option for ENTs
/// or tools that accept more, e.g. ".").
inline bool is_allowed_code_character(char32_t c, std::string_view extra) {
  if (is_sts_code_character(c)) return true;
  std::size_t pos = 0;
  while (pos < extra.size()) {
    if (model::next_code_point(extra, pos) == c) return true;
  }
  return false;
}

}  // namespace scolint::rules
