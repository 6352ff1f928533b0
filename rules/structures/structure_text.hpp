#pragma once
// Shared by the structure rules: where a division or group came from, said
// the way a secretariat knows the screens.

#include <string>

#include "model/records.hpp"

namespace scolint::rules {

/// "DIVISION=3A" / "GROUPE=LV2ESP": the record identity of a structure.
inline std::string structure_record(bool division, const std::string& code) {
  return (division ? "DIVISION=" : "GROUPE=") + code;
}

/// Letters A-Z a-z, digits, space, '-' and '_' : what STS-Web accepts in a
/// group code (seed 002: « Seuls l'espace, le - et le _ sont acceptés »).
inline bool is_sts_code_character(char32_t c) {
  return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9') || c == U' ' ||
         c == U'-' || c == U'_';
}

}  // namespace scolint::rules
