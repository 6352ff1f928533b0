#pragma once
// Shared by the value grammars (Boost.Spirit X3): a parser must match the
// whole text, not a prefix of it.

#include <string_view>

#include <boost/spirit/home/x3.hpp>

namespace scolint::model::grammar {

// ASCII classes as character ranges. x3::digit, x3::alpha and x3::alnum go
// through <cctype>, which is undefined for a negative char (any byte ≥ 0x80
// where char is signed) and asserts in Boost's debug builds: the fuzzer found it.
inline const auto digit = boost::spirit::x3::char_('0', '9');
inline const auto alpha = boost::spirit::x3::char_("a-zA-Z");
inline const auto alnum = boost::spirit::x3::char_("0-9a-zA-Z");

template <typename Parser>
bool whole(std::string_view text, const Parser& parser) {
  auto first = text.begin();
  return boost::spirit::x3::parse(first, text.end(), parser >> boost::spirit::x3::eoi);
}

}  // namespace scolint::model::grammar
