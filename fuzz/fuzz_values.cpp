// libFuzzer harness for the value grammars and text functions: dates, INE,
// contacts, folding, login prediction. Each must accept any bytes, including
// invalid UTF-8, without crashing or reading out of bounds.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "model/contact.hpp"
#include "model/date.hpp"
#include "model/ine.hpp"
#include "model/login.hpp"
#include "model/text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  using namespace scolint::model;
  (void)parse_siecle_date(text);
  (void)parse_iso_date(text);
  (void)ine_shape(text);
  (void)ine_expected_key(text);
  (void)is_valid_phone(text);
  (void)is_valid_email(text);
  (void)is_french_postal_code(text);
  (void)fold_identity(text);
  (void)code_point_count(text);
  const auto half = text.size() / 2;
  for (const auto profile : {LoginProfile::underscore, LoginProfile::entcore, LoginProfile::entcore_2017, LoginProfile::se3}) {
    (void)predict_login(profile, text.substr(0, half), text.substr(half));
  }
  return 0;
}
