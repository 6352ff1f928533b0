#pragma once
// Shapes of contact values: French postal codes, phone numbers, e-mails.

#include <string_view>

namespace scolint::model {

/// Five digits: the French code postal.
bool is_french_postal_code(std::string_view text);

/// A French number (10 digits starting 0, or +33 / 0033 and 9 digits) or an
/// international one (+ or 00, then 7 to 15 digits), with spaces, dots,
/// dashes or parentheses between digits.
bool is_valid_phone(std::string_view text);

/// local@domain.tld, no spaces, no empty label, a top-level domain of 2+ letters.
bool is_valid_email(std::string_view text);

}  // namespace scolint::model
