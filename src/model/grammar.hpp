#pragma once
// Shared by the value grammars (Boost.Spirit X3): a parser must match the
// whole text, not a prefix of it.

#include <string_view>

#include <boost/spirit/home/x3.hpp>

namespace scolint::model::grammar {

template <typename Parser>
bool whole(std::string_view text, const Parser& parser) {
  auto first = text.begin();
  return boost::spirit::x3::parse(first, text.end(), parser >> boost::spirit::x3::eoi);
}

}  // namespace scolint::model::grammar
