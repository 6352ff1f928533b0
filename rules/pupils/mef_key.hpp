#pragma once
// Low-memory mode (P014, X009: one key column for both): a pupil's MEF, 0
// when they have none.

#include <cstdint>

#include "model/records.hpp"
#include "model/text.hpp"
#include "rules/rule.hpp"

namespace scolint::rules {

inline std::uint64_t mef_key(const model::Pupil& pupil) {
  const std::string_view code = model::trim(pupil.code_mef);
  return code.empty() ? 0 : rules::low_memory::key_of(code);
}

}  // namespace scolint::rules
