#include "model/login.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "model/text.hpp"

namespace scolint::model {
namespace {

constexpr std::array<std::pair<std::string_view, LoginProfile>, 5> profile_names{{
    {"underscore", LoginProfile::underscore},
    {"entcore", LoginProfile::entcore},
    {"entcore-2017", LoginProfile::entcore_2017},
    {"entcore-2014", LoginProfile::entcore_2014},
    {"se3", LoginProfile::se3},
}};

bool is_lower_ascii_letter(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// seed 002: "Guy Et Yvette" → guy_et_yvette, "Tino & Suzanne" → tino_-_suzanne.
std::string underscore_part(std::string_view name) {
  std::string out;
  for (const char c : fold_ascii_lower(trim(name))) {
    if (c == ' ' || c == '\'') {
      out += '_';
    } else if (c == '&') {
      out += '-';
    } else if (is_lower_ascii_letter(c) || c == '.' || c == '-' || c == '_' || is_digit(c)) {
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

// entcore 2017-06 (59168e62) → 2024-01: removeAccents (NFD, marks dropped),
// white space removed, then the ASCII apostrophe; hyphens, ’, œ, ß stay.
std::string entcore_2017_part(std::string_view name) {
  std::string out;
  for (const char c : strip_marks_lower(trim(name))) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\'') out += c;
  }
  return out;
}

// entcore 2014 (c2522c74) → 2017-06: the same, but white space → '-'.
std::string entcore_2014_part(std::string_view name) {
  std::string out;
  bool space = false;
  for (const char c : strip_marks_lower(trim(name))) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space) out += '-';
    space = false;
    if (c != '\'') out += c;
  }
  return out;
}

// SambaÉdu SE3's import (import_comptes.php + crob_ldap_functions.php
// creer_uid, SambaEdu/se3master 47a46dfb): the first prénom only; staff
// names (STS-Web) lose apostrophes and underscores first; then accents
// replaced, space and apostrophe → '_', lower case, cut to 19 (uidPolicy 1,
// "prenom.nom (tronqué à 19)"), anything but [a-z_.-] removed, trailing '_'
// removed. SE3 turns letters its accent table lacks into stray bytes; they
// are transliterated here (fold_ascii_lower), the nearest readable guess.
std::string se3_login(std::string_view prenom, std::string_view nom, LoginHolder holder) {
  auto clean = [holder](std::string_view name) {
    std::string out;
    bool space = false;
    for (const char c : fold_ascii_lower(trim(name))) {
      if (c == ' ' || c == '\t') {
        space = !out.empty();  // runs of spaces are one (traite_espaces)
        continue;
      }
      if (holder == LoginHolder::staff && (c == '\'' || c == '_')) continue;  // the STS filter
      if (space) out += '_';
      space = false;
      out += c == '\'' ? '_' : c;
    }
    return out;
  };
  // "On ne retient que le premier prénom": the first space-separated token.
  const std::string_view whole = trim(prenom);
  const std::string first = clean(whole.substr(0, std::min(whole.find_first_of(" \t"), whole.size())));
  std::string uid = first + "." + clean(nom);
  constexpr std::size_t policy_length = 19;
  if (uid.size() > policy_length) uid.resize(policy_length);
  std::string out;
  for (const char c : uid) {
    if (is_lower_ascii_letter(c) || c == '_' || c == '.' || c == '-') out += c;
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
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

std::string predict_login(LoginProfile profile, std::string_view prenom, std::string_view nom, LoginHolder holder) {
  switch (profile) {
    case LoginProfile::entcore: return entcore_part(prenom) + "." + entcore_part(nom);
    case LoginProfile::entcore_2017: return entcore_2017_part(prenom) + "." + entcore_2017_part(nom);
    case LoginProfile::entcore_2014: return entcore_2014_part(prenom) + "." + entcore_2014_part(nom);
    case LoginProfile::se3: return se3_login(prenom, nom, holder);
    case LoginProfile::underscore: break;
  }
  return underscore_part(prenom) + "." + underscore_part(nom);
}

}  // namespace scolint::model
