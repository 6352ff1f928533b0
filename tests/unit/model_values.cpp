#include <catch2/catch.hpp>

#include "model/contact.hpp"
#include "model/ine.hpp"

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
