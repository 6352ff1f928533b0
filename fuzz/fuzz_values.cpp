// libFuzzer harness for the value grammars and text functions: dates, INE,
// UAI, AAF `$` values, contacts, folding, login prediction. Each must accept any bytes, including
// invalid UTF-8, without crashing or reading out of bounds.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "model/aaf_value.hpp"
#include "model/contact.hpp"
#include "model/date.hpp"
#include "model/ine.hpp"
#include "model/login.hpp"
#include "model/text.hpp"
#include "model/uai.hpp"

// libFuzzer names the entry point.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  using namespace scolint::model;
  // A date that parses is a real day, and survives the trip through ISO form.
  if (const auto date = parse_siecle_date(text)) {
    if (!is_calendar_date(date->year, date->month, date->day) || parse_iso_date(to_iso(*date)) != date)
      __builtin_trap();
  }
  (void)parse_iso_date(text);
  (void)ine_shape(text);
  (void)ine_expected_key(text);
  (void)normalise_ine(text);
  (void)uai_expected_letter(text);
  // Splitting must lose nothing: the parts tile the text, a `$` between each two.
  const auto parts = split_dollar(text);
  const char* next = text.data();
  for (const auto& part : parts) {
    if (part.data() != next || part.find('$') != std::string_view::npos) __builtin_trap();
    next += part.size() + 1;
  }
  if (parts.empty() || next != text.data() + text.size() + 1) __builtin_trap();
  (void)is_valid_phone(text);
  (void)is_valid_email(text);
  (void)is_french_postal_code(text);
  (void)fold_identity(text);
  (void)fold_ascii_lower(text);
  (void)strip_marks_lower(text);
  (void)code_point_count(text);
  const auto half = text.size() / 2;
  for (const auto profile :
       {LoginProfile::underscore, LoginProfile::entcore, LoginProfile::entcore_2017, LoginProfile::se3}) {
    (void)predict_login(profile, text.substr(0, half), text.substr(half));
  }
  return 0;
}
