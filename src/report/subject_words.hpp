#pragma once
// A finding's subject in words, for the formats people read: "élève DAVID
// Léa (4 B)", "responsable MARTIN Anne, mère de MARTIN Hugo (6 C)".

#include <string>

#include <scolint/diagnostic.hpp>

namespace scolint::report {

/// The subject in words, or empty when there is nothing to add to the
/// message (a structure, whose code the message gives, or a file).
std::string subject_words(const Subject& subject, Language language);

}  // namespace scolint::report
