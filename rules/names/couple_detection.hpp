#pragma once
// Finds a name field that joins two people ("Guy Et Yvette", "M. MME
// MANENTE", "Tino & Suzanne"). Shared by N001 and, later, N002.

#include <string>
#include <string_view>

namespace scolint::rules {

enum class CoupleSign : unsigned char { none, conjunction, symbol, two_civilities };

struct CoupleMatch {
  CoupleSign sign = CoupleSign::none;
  std::string evidence;  // the joining word or symbol, or "M. MME"
};

/// True for civility words written in name fields (M., MR, MME, MLLE, MONSIEUR...).
bool is_civility(std::string_view word);

/// How `value` joins two people, if it does. `given_name` allows "et"/"ou" as
/// joining words; in a surname only symbols and two civilities count, since
/// "ET" can be part of a real family name only very rarely but "OU" can.
CoupleMatch find_couple(std::string_view value, bool given_name);

}  // namespace scolint::rules
