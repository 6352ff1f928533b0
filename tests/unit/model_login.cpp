#include <catch2/catch.hpp>

#include "model/existing_logins.hpp"
#include "model/login.hpp"
#include "rules/logins/login_index.hpp"

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

// The expected values below are entcore's own (feeder ValidatorTest.java
// L13-42 at edificeio/entcore aa39df08) and what its three historical
// generators give (Validator.java at 2b1e5feb, 59168e62, c2522c74), run by
// hand for docs/login-profiles.md.
TEST_CASE("entcore profile keeps only ASCII word characters, 30 a part", "[login]") {
  CHECK(predict_login(LoginProfile::entcore, "Jean-Pierre", "D'ALMEIDA") == "jeanpierre.dalmeida");
  CHECK(predict_login(LoginProfile::entcore, "Tino & Suzanne", "BATTISTUTA") == "tinosuzanne.battistuta");
  CHECK(predict_login(LoginProfile::entcore, "Mary Anne", "O'Connor") == "maryanne.oconnor");
  CHECK(predict_login(LoginProfile::entcore, "José", "García") == "jose.garcia");
  CHECK(predict_login(LoginProfile::entcore, "Zoé", "CŒUR") == "zoe.cur");  // œ does not decompose: dropped
  CHECK(predict_login(LoginProfile::entcore, "jean_paul", "Dupont") == "jean_paul.dupont");
  CHECK(predict_login(LoginProfile::entcore, "Maximilien-Alexandre-Eugène", "DE LA ROCHEFOUCAULD-MONTMORENCY-LAVAL") ==
        "maximilienalexandreeugene.delarochefoucauldmontmorencyla");
}

TEST_CASE("entcore-2017 removes white space and apostrophes, keeps hyphens and other letters", "[login]") {
  CHECK(predict_login(LoginProfile::entcore_2017, "Jean-Pierre", "D'ALMEIDA") == "jean-pierre.dalmeida");
  CHECK(predict_login(LoginProfile::entcore_2017, "Marie Noëlle", "MARTIN") == "marienoelle.martin");
  CHECK(predict_login(LoginProfile::entcore_2017, "Jean-Baptiste", "DE LA TESTE-MARTIN") ==
        "jean-baptiste.delateste-martin");
  CHECK(predict_login(LoginProfile::entcore_2017, "Zoé", "CŒUR") == "zoe.cœur");
}

TEST_CASE("entcore-2014 turns white space into hyphens", "[login]") {
  CHECK(predict_login(LoginProfile::entcore_2014, "Anaïs", "LE GALL") == "anais.le-gall");
  CHECK(predict_login(LoginProfile::entcore_2014, "Marie Noëlle", "MARTIN") == "marie-noelle.martin");
  CHECK(predict_login(LoginProfile::entcore_2014, "Noé", "D'ALMEIDA") == "noe.dalmeida");
}

// SE3's creer_uid (SambaEdu/se3master 47a46dfb), as run on these names for
// docs/login-profiles.md, uidPolicy 1.
TEST_CASE("se3 keeps the first prénom, cuts at 19, drops digits", "[login]") {
  using scolint::model::LoginHolder;
  CHECK(predict_login(LoginProfile::se3, "Jean-Pierre", "DUPONT") == "jean-pierre.dupont");
  CHECK(predict_login(LoginProfile::se3, "Marie Noëlle", "MARTIN") == "marie.martin");
  CHECK(predict_login(LoginProfile::se3, "Noé", "D'ALMEIDA") == "noe.d_almeida");
  CHECK(predict_login(LoginProfile::se3, "Noé", "D'ALMEIDA", LoginHolder::staff) == "noe.dalmeida");
  CHECK(predict_login(LoginProfile::se3, "Anaïs", "LE GALL") == "anais.le_gall");
  CHECK(predict_login(LoginProfile::se3, "Jean-Baptiste", "DE LA TESTE-MARTIN") == "jean-baptiste.de_la");
  CHECK(predict_login(LoginProfile::se3, "Léa", "ABCDEFGHIJKLMNOPQRSTUVWXY") == "lea.abcdefghijklmno");
  CHECK(predict_login(LoginProfile::se3, "Marie-Christine", "LE GALL") == "marie-christine.le");  // trailing _ gone
  CHECK(predict_login(LoginProfile::se3, "Zoé", "CŒUR") == "zoe.coeur");
  CHECK(predict_login(LoginProfile::se3, "Anne2", "MARTIN") == "anne.martin");
  CHECK(predict_login(LoginProfile::underscore, "Anne2", "MARTIN") == "anne2.martin");
}

TEST_CASE("profile names round-trip", "[login]") {
  for (const char* name : {"underscore", "entcore", "entcore-2017", "entcore-2014", "se3"}) {
    const auto profile = scolint::model::parse_login_profile(name);
    REQUIRE(profile.has_value());
    CHECK(scolint::model::login_profile_name(*profile) == name);
  }
  CHECK_FALSE(scolint::model::parse_login_profile("pronote").has_value());
}

TEST_CASE("existing logins: a CSV with names, or a bare list", "[login][existing]") {
  using scolint::model::ExistingLogins;
  std::string why;
  const auto listed =
      ExistingLogins::parse("\xEF\xBB\xBFLogin;Nom;Prénom\r\nLea.Martin;MARTIN;Léa\r\nivo.durand;;\r\n", why);
  REQUIRE(listed.has_value());
  CHECK(listed->size() == 2);
  CHECK(listed->contains("lea.martin"));  // case does not matter
  CHECK(listed->belongs_to("lea.martin", ExistingLogins::name_key("Martin", "LEA")));
  CHECK_FALSE(listed->belongs_to("lea.martin", ExistingLogins::name_key("MARTIN", "Lou")));
  CHECK_FALSE(listed->belongs_to("ivo.durand", ExistingLogins::name_key("DURAND", "Ivo")));  // no names: unknown
  CHECK(listed->name_of("lea.martin") == "MARTIN Léa");
  const auto bare = ExistingLogins::parse("jean.dupont\njean.dupont2\n", why);
  REQUIRE(bare.has_value());
  CHECK(bare->contains("jean.dupont2"));
  CHECK_FALSE(ExistingLogins::parse("nom;prénom\nMARTIN;Léa\n", why).has_value());
  CHECK(why.find("login column") != std::string::npos);
}

TEST_CASE("existing logins: suffixes skip taken logins, a person's own account is kept", "[login][existing]") {
  using scolint::model::ExistingLogins;
  using scolint::model::LoginProfile;
  std::string why;
  const auto existing =
      ExistingLogins::parse("login;nom;prenom\nlea.martin;MARTIN;Léa\nlea.martin2;MARTIN;Autre\n", why);
  REQUIRE(existing.has_value());
  const std::string lea = ExistingLogins::name_key("MARTIN", "Léa");
  const std::string other = ExistingLogins::name_key("MARTIN", "Lou");
  // Léa has her account; a newcomer of another name skips lea.martin and lea.martin2.
  const auto assigned = scolint::rules::assign_logins(LoginProfile::entcore, "lea.martin", {other, lea}, &*existing);
  REQUIRE(assigned.size() == 2);
  CHECK(assigned[0].login == "lea.martin3");
  CHECK_FALSE(assigned[0].own);
  CHECK(assigned[1].login == "lea.martin");
  CHECK(assigned[1].own);
  // SE3 overwrites the tail: its second candidate is lea.marti2, which no account holds.
  const auto se3 = scolint::rules::assign_logins(LoginProfile::se3, "lea.martin", {other}, &*existing);
  CHECK(se3[0].login == "lea.marti2");
  // Without the list: the n-th holder.
  const auto plain = scolint::rules::assign_logins(LoginProfile::entcore, "lea.martin", {other, lea}, nullptr);
  CHECK(plain[1].login == "lea.martin2");
}
