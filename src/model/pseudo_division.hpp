#pragma once
// SIECLE's `Inactifs` is a division only in name: Pix passes over it when it
// picks a pupil's class (xml-organization-learner-set.js, docs/field.md), and
// a pupil placed there alone is in no class a teacher will see.

#include <string>
#include <string_view>

#include "model/text.hpp"

namespace scolint::model {

inline bool is_pseudo_division(std::string_view code) {
  const std::string folded = fold_ascii_lower(trim(code));
  return folded == "inactifs" || folded == "inactif";
}

}  // namespace scolint::model
