#include "model/contact.hpp"

#include <string>

#include <boost/spirit/home/x3.hpp>

#include "model/grammar.hpp"
#include "model/text.hpp"

namespace scolint::model {
namespace {

namespace x3 = boost::spirit::x3;

using grammar::whole;

// Phone separators people type between digits.
std::string digits_and_plus(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == ' ' || c == '.' || c == '-' || c == '(' || c == ')' || c == '/') continue;
    out += c;
  }
  return out;
}

}  // namespace

bool is_french_postal_code(std::string_view text) { return whole(trim(text), x3::repeat(5)[grammar::digit]); }

bool is_valid_phone(std::string_view text) {
  const std::string compact = digits_and_plus(trim(text));
  const auto nonzero = x3::char_('1', '9');
  const auto national = x3::lit('0') >> nonzero >> x3::repeat(8)[grammar::digit];
  const auto french_international =
      (x3::lit("+33") | x3::lit("0033")) >> -x3::lit('0') >> nonzero >> x3::repeat(8)[grammar::digit];
  const auto international = (x3::lit('+') | x3::lit("00")) >> nonzero >> x3::repeat(6, 14)[grammar::digit];
  return whole(compact, national | french_international | international);
}

bool is_valid_email(std::string_view text) {
  const std::string_view value = trim(text);
  const auto local_char = grammar::alnum | x3::char_("!#$%&'*+/=?^_`{|}~-");
  const auto local = +local_char >> *('.' >> +local_char);
  const auto label = +(grammar::alnum | x3::char_('-'));
  const auto domain = +(label >> '.') >> x3::repeat(2, x3::inf)[grammar::alpha];
  return whole(value, local >> '@' >> domain);
}

}  // namespace scolint::model
