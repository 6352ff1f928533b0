#pragma once
// Calendar dates as SIECLE (DD/MM/YYYY) and STS-Web (YYYY-MM-DD) write them.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace scolint::model {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  // clang-tidy 14 takes the 0 a defaulted <=> compares with for a null pointer.
  friend auto operator<=>(const Date&, const Date&) = default;  // NOLINT(modernize-use-nullptr)
};

/// Parses DD/MM/YYYY (SIECLE); nothing unless it is a real calendar date.
std::optional<Date> parse_siecle_date(std::string_view text);
/// Parses YYYY-MM-DD (STS-Web); nothing unless it is a real calendar date.
std::optional<Date> parse_iso_date(std::string_view text);
/// True for a day that exists in the Gregorian calendar (29/02 in leap years only).
bool is_calendar_date(int year, int month, int day);
/// YYYY-MM-DD, for keys and messages.
std::string to_iso(const Date& date);

}  // namespace scolint::model
