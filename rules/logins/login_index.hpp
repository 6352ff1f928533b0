#pragma once
// Everyone who will get an ENT login, with the login the profile predicts.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/dataset.hpp"
#include "model/login.hpp"
#include "model/record_ref.hpp"

namespace scolint::rules {

/// Whose identifier a LoginOwner carries.
enum class OwnerKind : std::uint8_t { pupil, person, staff };

struct LoginOwner {  // 40 bytes: a million of them are held while L001 runs
  model::Text id;
  model::Text login;  // predicted by the engine while reading (the rule declares uses_logins)
  model::Text structure;  // AAF: the pupil's or staff member's structure (see rules/scope.hpp)
  model::SourceLocation location;
  OwnerKind kind = OwnerKind::pupil;

  /// "ELEVE_ID", "PERSONNE_ID" or "INDIVIDU_ID".
  [[nodiscard]] std::string_view id_name() const {
    switch (kind) {
      case OwnerKind::pupil: return "ELEVE_ID";
      case OwnerKind::person: return "PERSONNE_ID";
      case OwnerKind::staff: return "INDIVIDU_ID";
    }
    return {};
  }
  /// "ELEVE_ID=…": built when a finding needs it, not for each of a million owners.
  [[nodiscard]] std::string record() const { return std::string(id_name()).append("=").append(id.view()); }
  /// The same, typed, for Finding::record.
  [[nodiscard]] model::RecordRef ref() const {
    switch (kind) {
      case OwnerKind::pupil: return model::RecordRef::pupil(id);
      case OwnerKind::person: return model::RecordRef::responsable(id);
      case OwnerKind::staff: return model::RecordRef::staff(id);
    }
    return {};
  }
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
