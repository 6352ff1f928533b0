#pragma once
// People-facing words for expat's errors. A secretariat reads "balise
// fermante inattendue", not "mismatched tag".

#include <string>

#include <scolint/diagnostic.hpp>

namespace scolint::formats {

/// The reason of an expat error `code`, in `language` (expat's own text in English).
std::string describe_expat_error(int code, Language language);

}  // namespace scolint::formats
