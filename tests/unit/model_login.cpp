#include <catch2/catch.hpp>

#include "model/login.hpp"

using scolint::model::LoginProfile;
using scolint::model::predict_login;

TEST_CASE("underscore profile reproduces the seed 002 logins exactly", "[login]") {
  CHECK(predict_login(LoginProfile::underscore, "Guy Et Yvette", "M. MME MANENTE") == "guy_et_yvette.m._mme_manente");
  CHECK(predict_login(LoginProfile::underscore, "Tino & Suzanne", "BATTISTUTA") == "tino_-_suzanne.battistuta");
  CHECK(predict_login(LoginProfile::underscore, "René Et Suzanne", "DESINIERES") == "rene_et_suzanne.desinieres");
}

TEST_CASE("underscore profile folds accents and ligatures, keeps hyphens", "[login]") {
  CHECK(predict_login(LoginProfile::underscore, "Marie-Noëlle", "ŒUVRARD") == "marie-noelle.oeuvrard");
  CHECK(predict_login(LoginProfile::underscore, "Jean-Pierre", "D'ALMEIDA") == "jean-pierre.d_almeida");
  CHECK(predict_login(LoginProfile::underscore, "Yann", "LE GALL") == "yann.le_gall");
  CHECK(predict_login(LoginProfile::underscore, "  Léa ", " FICTIVE ") == "lea.fictive");
}

TEST_CASE("entcore profile keeps only word characters", "[login]") {
  CHECK(predict_login(LoginProfile::entcore, "Jean-Pierre", "D'ALMEIDA") == "jeanpierre.dalmeida");
  CHECK(predict_login(LoginProfile::entcore, "Tino & Suzanne", "BATTISTUTA") == "tinosuzanne.battistuta");
}

TEST_CASE("entcore-2017 removes white space and apostrophes, keeps punctuation", "[login]") {
  CHECK(predict_login(LoginProfile::entcore_2017, "Jean-Pierre", "D'ALMEIDA") == "jean-pierre.dalmeida");
}

TEST_CASE("se3 profile drops digits and has no & rule", "[login]") {
  CHECK(predict_login(LoginProfile::se3, "Anne2", "MARTIN") == "anne.martin");
  CHECK(predict_login(LoginProfile::underscore, "Anne2", "MARTIN") == "anne2.martin");
}

TEST_CASE("profile names round-trip", "[login]") {
  for (const char* name : {"underscore", "entcore", "entcore-2017", "se3"}) {
    const auto profile = scolint::model::parse_login_profile(name);
    REQUIRE(profile.has_value());
    CHECK(scolint::model::login_profile_name(*profile) == name);
  }
  CHECK_FALSE(scolint::model::parse_login_profile("pronote").has_value());
}
