#pragma once
// Which kind of personal data a value is, for redaction (model/personal.hpp):
// readers tag the values they hand to a finding, rules the arguments they word.

namespace scolint::model {

enum class PersonalKind : char {
  name = 'N',
  ine = 'I',
  date = 'D',
  address = 'A',
  phone = 'T',
  email = 'M',
  login = 'L',
  text = 'X',  // anything else read from a file (the first bytes of an unknown file)
};

}  // namespace scolint::model
