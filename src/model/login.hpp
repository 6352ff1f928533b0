#pragma once
// ENT login prediction. The login is computed once from prénom + nom and never
// updated (seed 002), so showing it before the import is the point. ENTs
// differ, hence profiles (docs/login-profiles.md).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace scolint::model {

enum class LoginProfile : std::uint8_t {
  underscore,    // seed 002's ENT: spaces and ' → _, & → -, prenom.nom
  entcore,       // entcore feeder since 2024-01 (Validator.generateFormattedLogin): only [a-z0-9_] kept, 30 a part
  entcore_2017,  // entcore 2017-06 → 2024-01: white space and ' removed, hyphens and other letters kept
  entcore_2014,  // entcore 2014 → 2017-06: white space → '-', ' removed
  se3,           // SambaÉdu SE3 import (creer_uid, uidPolicy 1): first prénom, ' and space → _, 19 characters
};

/// Whose login it is: SE3 reads staff names from STS-Web through another filter.
enum class LoginHolder : std::uint8_t { pupil, responsable, staff };

std::optional<LoginProfile> parse_login_profile(std::string_view name);
std::string_view login_profile_name(LoginProfile profile);

/// The login `prenom`.`nom` would get, before any collision suffix
/// (docs/login-profiles.md says where each profile's rule comes from).
std::string predict_login(LoginProfile profile, std::string_view prenom, std::string_view nom,
                          LoginHolder holder = LoginHolder::pupil);

}  // namespace scolint::model
