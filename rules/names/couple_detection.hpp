#pragma once
// Finds a name field that joins two people ("Guy Et Yvette", "M. MME
// MANENTE", "Tino & Suzanne"), and the words of a name field. Shared by the
// name rules (N001, N002, N003).

#include <cstddef>
#include <string>
#include <string_view>

namespace scolint::rules {

enum class CoupleSign : unsigned char { none, conjunction, symbol, two_civilities };

struct CoupleMatch {
  CoupleSign sign = CoupleSign::none;
  std::string evidence;  // the joining word or symbol, or "M. MME"
};

/// Calls fn(word, index) for each word of `value` (words are separated by
/// spaces and tabs) and returns how many there were. No vector: name rules
/// run this on every name field of every record.
template <typename Fn>
std::size_t for_each_word(std::string_view value, Fn fn) {
  std::size_t pos = 0;
  std::size_t index = 0;
  while (pos < value.size()) {
    while (pos < value.size() && (value[pos] == ' ' || value[pos] == '\t')) ++pos;
    const std::size_t start = pos;
    while (pos < value.size() && value[pos] != ' ' && value[pos] != '\t') ++pos;
    if (pos > start) fn(value.substr(start, pos - start), index++);
  }
  return index;
}

/// True for civility words written in name fields (M., MR, MME, MLLE, MONSIEUR...).
bool is_civility(std::string_view word);

/// How `value` joins two people, if it does. `given_name` allows "et"/"ou" as
/// joining words; in a surname only symbols and two civilities count, since
/// "ET" can be part of a real family name only very rarely but "OU" can.
CoupleMatch find_couple(std::string_view value, bool given_name);

}  // namespace scolint::rules
