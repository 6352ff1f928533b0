#include "model/date.hpp"

#include <array>
#include <boost/fusion/include/std_tuple.hpp>
#include <boost/spirit/home/x3.hpp>
#include <cstdio>
#include <tuple>

namespace scolint::model {
namespace {

namespace x3 = boost::spirit::x3;

// Fixed-width digit runs: "1/2/2012" is not a SIECLE date, "01/02/2012" is.
const x3::uint_parser<unsigned, 10, 2, 2> two_digits;
const x3::uint_parser<unsigned, 10, 4, 4> four_digits;

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::optional<Date> make_date(unsigned year, unsigned month, unsigned day) {
  const Date date{static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)};
  if (!is_calendar_date(date.year, date.month, date.day)) return std::nullopt;
  return date;
}

}  // namespace

bool is_calendar_date(int year, int month, int day) {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  static constexpr std::array<int, 12> days_in_month{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int limit = days_in_month.at(static_cast<std::size_t>(month - 1)) + (month == 2 && leap ? 1 : 0);
  return day <= limit;
}

std::optional<Date> parse_siecle_date(std::string_view text) {
  text = trimmed(text);
  std::tuple<unsigned, unsigned, unsigned> parts;  // day, month, year
  auto first = text.begin();
  const bool ok = x3::parse(first, text.end(), two_digits >> '/' >> two_digits >> '/' >> four_digits, parts);
  if (!ok || first != text.end()) return std::nullopt;
  return make_date(std::get<2>(parts), std::get<1>(parts), std::get<0>(parts));
}

std::optional<Date> parse_iso_date(std::string_view text) {
  text = trimmed(text);
  std::tuple<unsigned, unsigned, unsigned> parts;  // year, month, day
  auto first = text.begin();
  const bool ok = x3::parse(first, text.end(), four_digits >> '-' >> two_digits >> '-' >> two_digits, parts);
  if (!ok || first != text.end()) return std::nullopt;
  return make_date(std::get<0>(parts), std::get<1>(parts), std::get<2>(parts));
}

std::string to_iso(const Date& date) {
  std::array<char, 16> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer.data();
}

}  // namespace scolint::model
