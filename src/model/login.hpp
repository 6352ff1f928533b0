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
  entcore,       // Edifice entcore feeder (2024+): non-word characters removed
  entcore_2017,  // older entcore: white space and ' removed, punctuation kept
  se3,           // SambaEdu creer_uid: like underscore without the & rule, no digits
};

std::optional<LoginProfile> parse_login_profile(std::string_view name);
std::string_view login_profile_name(LoginProfile profile);

/// The login `prenom`.`nom` would get, before any collision suffix.
std::string predict_login(LoginProfile profile, std::string_view prenom, std::string_view nom);

}  // namespace scolint::model
