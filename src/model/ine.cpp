#include "model/ine.hpp"

#include <boost/spirit/home/x3.hpp>

#include "model/grammar.hpp"
#include "model/text.hpp"

namespace scolint::model {
namespace {

namespace x3 = boost::spirit::x3;

// The letter sets of §4: RNIE keys use A-K without I; BEA keys the 23-letter
// UAI alphabet (no I, O, Q).
const auto rnie_letter = x3::char_("A-HJK");
const auto bea_letter = x3::char_("A-HJ-NPR-Z");
const auto rnie = x3::repeat(9)[grammar::digit] >> x3::repeat(2)[rnie_letter];
const auto bea = x3::repeat(10)[grammar::digit] >> bea_letter;
const auto base36 = x3::repeat(10)[grammar::digit | x3::char_("A-Z")] >> grammar::digit;
const auto sifa = x3::repeat(4)[grammar::digit] >> x3::lit('A') >> x3::repeat(5)[grammar::digit] >> bea_letter;

using grammar::whole;

std::uint64_t digits_value(std::string_view digits) {
  std::uint64_t n = 0;
  for (const char c : digits) n = n * 10 + static_cast<std::uint64_t>(c - '0');
  return n;
}

}  // namespace

std::string normalise_ine(std::string_view ine) { return upper_ascii(trim(ine)); }

std::string_view ine_shape_name(IneShape shape) {
  switch (shape) {
    case IneShape::rnie: return "RNIE";
    case IneShape::bea: return "BEA";
    case IneShape::base36: return "base 36";
    case IneShape::sifa: return "SIFA";
  }
  return "";
}

std::optional<IneShape> ine_shape(std::string_view ine) {
  const std::string value = normalise_ine(ine);
  // RNIE before base 36: "123456789AB" would not match base 36 anyway (last char a letter).
  if (whole(value, rnie)) return IneShape::rnie;
  if (whole(value, bea)) return IneShape::bea;
  if (whole(value, sifa)) return IneShape::sifa;
  if (whole(value, base36)) return IneShape::base36;
  return std::nullopt;
}

std::optional<std::string> ine_expected_key(std::string_view ine) {
  const std::string value = normalise_ine(ine);
  const auto shape = ine_shape(value);
  if (shape == IneShape::bea) {
    static constexpr std::string_view alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ";
    return std::string(1, alphabet[digits_value(value.substr(0, 10)) % 23]);
  }
  if (shape == IneShape::rnie) {
    static constexpr std::string_view letters = "ABCDEFGHJK";
    const auto key = 97 - digits_value(value.substr(0, 9)) % 97;
    return std::string{letters[key / 10], letters[key % 10]};
  }
  return std::nullopt;
}

}  // namespace scolint::model
