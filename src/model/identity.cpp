#include "model/identity.hpp"

#include "model/text.hpp"

namespace scolint::model {

std::string pupil_name_key(const Pupil& pupil) {
  const std::string name = fold_identity(pupil.birth_name().value);
  const std::string first = fold_identity(pupil.prenom.value);
  if (name.empty() || first.empty()) return {};
  return name + '\x1f' + first;
}

std::string pupil_identity_key(const Pupil& pupil) {
  std::string key = pupil_name_key(pupil);
  const std::string_view born = trim(pupil.date_naissance.value);
  if (key.empty() || born.empty()) return {};
  return key.append(1, '\x1f').append(born);
}

std::string staff_identity_key(const Staff& staff) {
  const std::string name =
      fold_identity(staff.nom_patronymique.value.empty() ? staff.nom_usage.value : staff.nom_patronymique.value);
  const std::string first = fold_identity(staff.prenom.value);
  const std::string_view born = trim(staff.date_naissance.value);
  if (name.empty() || first.empty() || born.empty()) return {};
  return name + '\x1f' + first + '\x1f' + std::string(born);
}

}  // namespace scolint::model
