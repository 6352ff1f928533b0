#include "formats/adapter_base.hpp"

#include "model/date.hpp"
#include "model/text.hpp"

namespace scolint::formats {

void AdapterBase::siecle_parameter(std::string_view name, std::string_view text) {
  const std::string_view value = model::trim(text);
  if (name == "UAJ") {
    parameters_.uaj = value;
  } else if (name == "ANNEE_SCOLAIRE") {
    parameters_.annee_scolaire = value;
  } else if (name == "DATE_EXPORT") {
    parameters_.date_export = model::parse_siecle_date(value);
  }
}

}  // namespace scolint::formats
