#pragma once
// Personal data in messages. Rules wrap every personal value they put in a
// message argument (names, INE, birth dates, addresses, phones, e-mails);
// the engine then either prints it as is or, with --redact, replaces it by a
// stable pseudonym. This is the one place redaction happens, for every format.

#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "model/personal_kind.hpp"

namespace scolint::model {

/// `value` marked as personal data of `kind`, for use in a message argument.
std::string personal(PersonalKind kind, std::string_view value);

/// "DAVID Léa": a name, then the first name, each trimmed, marked as a
/// personal name; empty when both are blank. How every message and subject
/// spells a person (the screens search by it).
std::string personal_name(std::string_view nom, std::string_view prenom);

/// Resolves the marks in formatted text: values kept, or replaced by
/// pseudonyms ("‹nom-1›") that are the same for the same value within a run.
class Redactor {
 public:
  explicit Redactor(bool redact) : redact_(redact) {}
  [[nodiscard]] std::string resolve(std::string_view marked);
  /// resolve() in place; text without marks is left untouched (no copy).
  void resolve_in_place(std::string& text);
  /// A whole value of one kind (e.g. a predicted login).
  [[nodiscard]] std::string value(PersonalKind kind, std::string_view value);

 private:
  bool redact_;
  std::map<std::pair<char, std::string>, std::size_t> tokens_;
  std::map<char, std::size_t> counters_;
};

}  // namespace scolint::model
