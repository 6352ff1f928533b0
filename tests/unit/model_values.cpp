#include <catch2/catch.hpp>

#include "model/aaf_value.hpp"
#include "model/contact.hpp"
#include "model/ine.hpp"
#include "model/uai.hpp"

using namespace scolint::model;

TEST_CASE("INE shapes follow formats/SIECLE_STS.md section 4", "[ine]") {
  CHECK(ine_shape("123450001FG") == IneShape::rnie);
  CHECK(ine_shape("0494004062M") == IneShape::bea);
  CHECK(ine_shape("1234A12345F") == IneShape::sifa);
  CHECK(ine_shape("AB12CD34EF5") == IneShape::base36);
  CHECK_FALSE(ine_shape("123450001FI").has_value());
  CHECK_FALSE(ine_shape("0494004062O").has_value());
  CHECK_FALSE(ine_shape("").has_value());
}

TEST_CASE("INE keys: BEA mod 23, RNIE 97 - mod 97", "[ine]") {
  CHECK(ine_expected_key("0494004062M") == std::optional<std::string>("M"));
  CHECK(ine_expected_key("130170846FA") == std::optional<std::string>("FA"));
  CHECK(ine_expected_key("123450001FG") == std::optional<std::string>("FG"));
  CHECK_FALSE(ine_expected_key("1234A12345F").has_value());
}

TEST_CASE("contact value shapes", "[contact]") {
  CHECK(is_french_postal_code("31000"));
  CHECK_FALSE(is_french_postal_code("3100"));
  CHECK(is_valid_phone("06 12 34 56 78"));
  CHECK(is_valid_phone("+590 590 12 34 56"));
  CHECK_FALSE(is_valid_phone("06 12 34 56"));
  CHECK(is_valid_email("a.b@c.fr"));
  CHECK_FALSE(is_valid_email("a.b@c"));
}

TEST_CASE("UAI check letter: 7 digits, n mod 23 in the 23-letter alphabet", "[uai]") {
  CHECK(uai_expected_letter("0999999F") == std::optional<char>('F'));  // 999999 mod 23 = 5 → F
  CHECK(uai_expected_letter("0000001B") == std::optional<char>('B'));
  CHECK(uai_expected_letter("0000023Z") == std::optional<char>('A'));
  CHECK_FALSE(uai_expected_letter("099999F"));
  CHECK_FALSE(uai_expected_letter("0999999f"));
  CHECK_FALSE(uai_expected_letter("09999990"));
  CHECK_FALSE(uai_expected_letter("0999999FF"));
}

TEST_CASE("AAF `$` values split into every part, empty ones kept", "[aaf]") {
  using V = std::vector<std::string_view>;
  CHECK(split_dollar("0999999F$3EME A") == V{"0999999F", "3EME A"});
  CHECK(split_dollar("a$$b") == V{"a", "", "b"});
  CHECK(split_dollar("$") == V{"", ""});
  CHECK(split_dollar("") == V{""});
  CHECK(split_dollar("sans dollar") == V{"sans dollar"});
}

// The fuzzer's first find: x3::digit went through <cctype> with a negative
// char (any byte ≥ 0x80), which is undefined and asserted in debug builds.
TEST_CASE("value grammars take bytes above 0x7F without undefined behaviour", "[grammar]") {
  for (const std::string_view text : {"\xC5\x92UVRARD",
                                      "12345678\xE9"
                                      "AB",
                                      "0\xC3\xA9 12 34 56 78", "\xFF\xFE", "750\xB0\x31"}) {
    CAPTURE(text);
    CHECK_FALSE(ine_shape(text));
    CHECK_FALSE(is_valid_phone(text));
    CHECK_FALSE(is_valid_email(text));
    CHECK_FALSE(is_french_postal_code(text));
    CHECK_FALSE(uai_expected_letter(text));
  }
  CHECK_FALSE(is_valid_email("\xC3\xA9l\xC3\xA8ve@example.org"));
}
