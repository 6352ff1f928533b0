#include "model/login.hpp"

#include <array>
#include <utility>

#include "model/text.hpp"

namespace scolint::model {
namespace {

constexpr std::array<std::pair<std::string_view, LoginProfile>, 4> profile_names{{
    {"underscore", LoginProfile::underscore},
    {"entcore", LoginProfile::entcore},
    {"entcore-2017", LoginProfile::entcore_2017},
    {"se3", LoginProfile::se3},
}};

bool is_lower_ascii_letter(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// seed 002: "Guy Et Yvette" → guy_et_yvette, "Tino & Suzanne" → tino_-_suzanne.
std::string underscore_part(std::string_view name, bool ampersand_to_dash, bool keep_digits) {
  std::string out;
  for (const char c : fold_ascii_lower(trim(name))) {
    if (c == ' ' || c == '\'') {
      out += '_';
    } else if (c == '&' && ampersand_to_dash) {
      out += '-';
    } else if (is_lower_ascii_letter(c) || c == '.' || c == '-' || c == '_' || (keep_digits && is_digit(c))) {
      out += c;
    }
  }
  return out;
}

// entcore Validator.generateFormattedLogin: removeAccents, \W+ removed, lower, 30 max.
std::string entcore_part(std::string_view name) {
  std::string out;
  for (const char c : strip_marks_lower(trim(name))) {
    if (is_lower_ascii_letter(c) || is_digit(c) || c == '_') out += c;
  }
  if (out.size() > 30) out.resize(30);
  return out;
}

std::string entcore_2017_part(std::string_view name) {
  std::string out;
  for (const char c : fold_ascii_lower(trim(name))) {
    if (c != ' ' && c != '\t' && c != '\'') out += c;
  }
  return out;
}

}  // namespace

std::optional<LoginProfile> parse_login_profile(std::string_view name) {
  for (const auto& [profile_name, profile] : profile_names) {
    if (profile_name == name) return profile;
  }
  return std::nullopt;
}

std::string_view login_profile_name(LoginProfile profile) {
  for (const auto& [profile_name, value] : profile_names) {
    if (value == profile) return profile_name;
  }
  return "underscore";
}

std::string predict_login(LoginProfile profile, std::string_view prenom, std::string_view nom) {
  switch (profile) {
    case LoginProfile::entcore: return entcore_part(prenom) + "." + entcore_part(nom);
    case LoginProfile::entcore_2017: return entcore_2017_part(prenom) + "." + entcore_2017_part(nom);
    case LoginProfile::se3: return underscore_part(prenom, false, false) + "." + underscore_part(nom, false, false);
    case LoginProfile::underscore: break;
  }
  return underscore_part(prenom, true, true) + "." + underscore_part(nom, true, true);
}

}  // namespace scolint::model
