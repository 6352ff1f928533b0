#pragma once
// Everyone who will get an ENT login, with the login the profile predicts.

#include <string>
#include <vector>

#include "model/dataset.hpp"
#include "model/login.hpp"

namespace scolint::rules {

struct LoginOwner {
  std::string record;  // "ELEVE_ID=…", "PERSONNE_ID=…", "INDIVIDU_ID=…"
  model::SourceLocation location;
  std::string login;
};

/// Current pupils, responsables and staff, one entry per identifier, in
/// export order (the order an import would most likely create them).
std::vector<LoginOwner> login_owners(const model::Dataset& dataset, model::LoginProfile profile);

/// The login the n-th holder (0-based) of `login` gets under the profile's
/// collision rule: entcore and the others append 2, 3…; se3 overwrites the tail.
std::string login_with_suffix(model::LoginProfile profile, const std::string& login, std::size_t n);

}  // namespace scolint::rules
