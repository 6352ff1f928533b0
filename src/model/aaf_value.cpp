#include "model/aaf_value.hpp"

#include <boost/spirit/home/x3.hpp>

namespace scolint::model {

std::vector<std::string_view> split_dollar(std::string_view value) {
  namespace x3 = boost::spirit::x3;
  std::vector<std::string_view> parts;
  // Views, not strings: a million AAF pupils carry several `$` values each.
  const auto keep = [&parts](auto& context) {
    const auto& range = x3::_attr(context);
    parts.emplace_back(range.begin(), range.end());
  };
  auto first = value.begin();
  // `*~char_('$')` matches an empty part too, so "a$$b" and "$" keep their empty parts.
  x3::parse(first, value.end(), x3::raw[*~x3::char_('$')][keep] % '$');
  return parts;
}

}  // namespace scolint::model
