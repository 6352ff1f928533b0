#pragma once
// Everyone who will get an ENT login, with the login the profile predicts.

#include <string>
#include <string_view>
#include <vector>

#include "model/dataset.hpp"
#include "model/login.hpp"

namespace scolint::rules {

struct LoginOwner {
  std::string_view id_name;  // "ELEVE_ID", "PERSONNE_ID", "INDIVIDU_ID"
  model::Text id;
  model::SourceLocation location;
  model::Text login;  // predicted by the engine while reading (the rule declares uses_logins)

  /// "ELEVE_ID=…": built when a finding needs it, not for each of a million owners.
  [[nodiscard]] std::string record() const { return std::string(id_name).append("=").append(id.view()); }
};

/// Current pupils, responsables and staff with a predicted login (both names
/// given), in export order (the order an import would most likely create
/// them). A person present in two files (ElevesSansAdresses and
/// ElevesAvecAdresses) is listed twice: callers that count people drop the
/// repeats among owners of one login, where they meet anyway.
std::vector<LoginOwner> login_owners(const model::Dataset& dataset);

/// The login the n-th holder (0-based) of `login` gets under the profile's
/// collision rule: entcore and the others append 2, 3…; se3 overwrites the tail.
std::string login_with_suffix(model::LoginProfile profile, const std::string& login, std::size_t n);

}  // namespace scolint::rules
