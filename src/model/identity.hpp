#pragma once
// Identity keys: who a record is, whatever its identifier, for the checks
// that find one person twice (P003, P004, P013, T001) and for `scolint
// diff`, which finds one person under a new identifier. Accents, case,
// spaces, hyphens and apostrophes are folded (model::fold_identity), so
// "Jean-Pierre", "JEAN PIERRE" and "jean pierre" share a key.

#include <string>

#include "model/records.hpp"

namespace scolint::model {

/// Folded birth name + first name; empty when either folds to nothing.
std::string pupil_name_key(const Pupil& pupil);

/// pupil_name_key + the birth date as written; empty when any is missing.
/// Twins differ by first name.
std::string pupil_identity_key(const Pupil& pupil);

/// Folded birth name (NOM_PATRONYMIQUE, else the usage name) + first name +
/// birth date of a staff member; empty when any is missing.
std::string staff_identity_key(const Staff& staff);

}  // namespace scolint::model
