#pragma once
// Everyone who will get an ENT login, with the login the profile predicts.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/dataset.hpp"
#include "model/existing_logins.hpp"
#include "model/login.hpp"
#include "model/record_ref.hpp"
#include "rules/who.hpp"

namespace scolint::rules {

/// Whose identifier a LoginOwner carries.
enum class OwnerKind : std::uint8_t { pupil, person, staff };

// A pupil, responsable or staff member with a predicted login: a pointer to
// the record and its kind (16 bytes: a million of them are held while L001
// runs), the values read through it.
class LoginOwner {
 public:
  explicit LoginOwner(const model::Pupil& pupil) : record_(&pupil), kind_(OwnerKind::pupil) {}
  explicit LoginOwner(const model::Person& person) : record_(&person), kind_(OwnerKind::person) {}
  explicit LoginOwner(const model::Staff& staff) : record_(&staff), kind_(OwnerKind::staff) {}

  [[nodiscard]] OwnerKind kind() const { return kind_; }
  /// The pupil record, for a pupil's login; nullptr otherwise.
  [[nodiscard]] const model::Pupil* pupil() const {
    return kind_ == OwnerKind::pupil ? static_cast<const model::Pupil*>(record_) : nullptr;
  }
  [[nodiscard]] model::Text id() const {
    return pick(&model::Pupil::eleve_id, &model::Person::personne_id, &model::Staff::id);
  }
  /// Predicted by the engine while reading (the rule declares uses_logins).
  [[nodiscard]] model::Text login() const {
    return pick(&model::Pupil::login, &model::Person::login, &model::Staff::login);
  }
  /// AAF: the pupil's or staff member's structure (rules/scope.hpp); empty for a responsable.
  [[nodiscard]] model::Text structure() const {
    switch (kind_) {
      case OwnerKind::pupil: return static_cast<const model::Pupil*>(record_)->structure;
      case OwnerKind::staff: return static_cast<const model::Staff*>(record_)->structure;
      case OwnerKind::person: break;
    }
    return {};
  }
  /// ExistingLogins::name_key of the owner's name and first name.
  [[nodiscard]] std::string name_key() const {
    switch (kind_) {
      case OwnerKind::pupil: {
        const auto& p = *static_cast<const model::Pupil*>(record_);
        return model::ExistingLogins::name_key(p.usage_name().value, p.prenom.value);
      }
      case OwnerKind::person: {
        const auto& p = *static_cast<const model::Person*>(record_);
        return model::ExistingLogins::name_key(p.usage_name().value, p.prenom.value);
      }
      case OwnerKind::staff: {
        const auto& s = *static_cast<const model::Staff*>(record_);
        return model::ExistingLogins::name_key(s.usage_name().value, s.prenom.value);
      }
    }
    return {};
  }
  [[nodiscard]] model::SourceLocation location() const {
    return pick(&model::Pupil::location, &model::Person::location, &model::Staff::location);
  }

  /// "ELEVE_ID", "PERSONNE_ID" or "INDIVIDU_ID".
  [[nodiscard]] std::string_view id_name() const {
    switch (kind_) {
      case OwnerKind::pupil: return "ELEVE_ID";
      case OwnerKind::person: return "PERSONNE_ID";
      case OwnerKind::staff: return "INDIVIDU_ID";
    }
    return {};
  }
  /// "ELEVE_ID=…": built when a finding needs it, not for each of a million owners.
  [[nodiscard]] std::string record() const { return std::string(id_name()).append("=").append(id().view()); }
  /// How a message names the owner: "l'élève « DAVID Léa »" (rules/who.hpp).
  [[nodiscard]] std::string who(Language language) const {
    switch (kind_) {
      case OwnerKind::pupil:
        return rules::who(Who::pupil, quoted_name(*static_cast<const model::Pupil*>(record_), language), language,
                          false);
      case OwnerKind::person:
        return rules::who(Who::responsable, quoted_name(*static_cast<const model::Person*>(record_), language),
                          language, false);
      case OwnerKind::staff:
        return rules::who(Who::staff, quoted_name(*static_cast<const model::Staff*>(record_), language), language,
                          false);
    }
    return record();
  }
  /// The same, typed, for Finding::record.
  [[nodiscard]] model::RecordRef ref() const {
    switch (kind_) {
      case OwnerKind::pupil: return model::RecordRef::pupil(id());
      case OwnerKind::person: return model::RecordRef::responsable(id());
      case OwnerKind::staff: return model::RecordRef::staff(id());
    }
    return {};
  }

 private:
  template <typename T>
  [[nodiscard]] T pick(T model::Pupil::*pupil, T model::Person::*person, T model::Staff::*staff) const {
    switch (kind_) {
      case OwnerKind::pupil: return static_cast<const model::Pupil*>(record_)->*pupil;
      case OwnerKind::person: return static_cast<const model::Person*>(record_)->*person;
      case OwnerKind::staff: return static_cast<const model::Staff*>(record_)->*staff;
    }
    return {};
  }

  const void* record_;
  OwnerKind kind_;
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

/// What one holder of a predicted login gets.
struct Assigned {
  std::string login;
  bool own = false;  // an existing account of theirs (same name): they keep it
};

/// The logins the holders of `base` get, in creation order, given the
/// accounts that exist (`existing`, may be null): a holder whose own account
/// exists keeps its login; the others take the first logins the profile's
/// suffix rule gives that no account holds yet. `keys` are the holders'
/// ExistingLogins::name_key, in order.
std::vector<Assigned> assign_logins(model::LoginProfile profile, const std::string& base,
                                    const std::vector<std::string>& keys, const model::ExistingLogins* existing);

}  // namespace scolint::rules
