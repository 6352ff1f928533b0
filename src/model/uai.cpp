#include "model/uai.hpp"

#include <cstdint>

#include <boost/spirit/home/x3.hpp>

#include "model/grammar.hpp"

namespace scolint::model {

std::optional<char> uai_expected_letter(std::string_view uai) {
  namespace x3 = boost::spirit::x3;
  if (!grammar::whole(uai, x3::repeat(7)[grammar::digit] >> x3::char_("A-Z"))) return std::nullopt;
  std::uint32_t n = 0;
  for (const char c : uai.substr(0, 7)) n = n * 10 + static_cast<std::uint32_t>(c - '0');
  static constexpr std::string_view letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
  return letters[n % 23];
}

}  // namespace scolint::model
