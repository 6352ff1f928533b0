#pragma once
// The pupils who left (Pupil::left: DATE_SORTIE passed at export time): they
// get no account, and most dataset checks pass over them.

#include "model/dataset.hpp"
#include "rules/text_set.hpp"

namespace scolint::rules {

/// The ELEVE_IDs of the pupils who left, in any file of the run.
inline TextSet pupils_who_left(const model::Dataset& dataset) {
  TextSet left;
  for (const model::Pupil& pupil : dataset.pupils) {
    if (pupil.left) left.insert(pupil.eleve_id);
  }
  return left;
}

}  // namespace scolint::rules
