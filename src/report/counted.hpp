#pragma once
// "1 compte", "2 comptes", "0 change": a count with its word, for the
// summaries of the diff and accounts reports.

#include <cstdint>
#include <string>
#include <string_view>

#include <scolint/diagnostic.hpp>

namespace scolint::report {

/// French counts 0 and 1 as singular, English only 1.
inline std::string counted(std::uint64_t count, std::string_view one, std::string_view many, Language language) {
  const bool plural = language == Language::fr ? count > 1 : count != 1;
  return std::to_string(count) + " " + std::string(plural ? many : one);
}

}  // namespace scolint::report
