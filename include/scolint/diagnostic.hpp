#pragma once
/// @file
/// One finding of scolint, with the fields of the JSON contract (docs/output.md).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <scolint/export.h>

namespace scolint {

/// How bad a finding is; ordered so that `a >= b` means "at least as bad".
enum class Severity : std::uint8_t { info = 0, warning = 1, error = 2 };

/// The lower-case English name used in JSON and on the command line.
[[nodiscard]] SCOLINT_API std::string_view severity_name(Severity severity);

/// Parses "error", "warning" or "info"; nothing for anything else.
[[nodiscard]] SCOLINT_API std::optional<Severity> parse_severity(std::string_view text);

/// The language of messages, hints and rule pages.
enum class Language : std::uint8_t { fr, en };

/// A place in an input file: 1-based line and column (0 when unknown).
struct Location {
  std::string file{};
  std::uint32_t line = 0;
  std::uint32_t column = 0;

  friend bool operator==(const Location&, const Location&) = default;
};

/// Who or what a finding is about, named as the SIECLE-BEE and STS-Web
/// screens show it: a secretariat finds a record by its name, never by its
/// ELEVE_ID. Empty `kind` when the finding concerns a file or an export.
struct Subject {
  /// "pupil", "responsable", "staff", "address", "division", "group", or empty.
  std::string kind{};
  std::string id{};        ///< ELEVE_ID, PERSONNE_ID, INDIVIDU_ID, ADRESSE_ID, or the structure's code
  std::string name{};      ///< "DAVID Léa": nom d'usage, then prénom (pseudonymised with `redact`); empty if unknown
  std::string division{};  ///< a pupil's division (the first of type D), when known
  /// A responsable's child: how the responsable is related to them, as a
  /// stable word ("mother", "father"), or empty when the export does not say.
  std::string relation{};
  /// A responsable's children (pupils, each with its division and relation);
  /// an address's residents (responsables). At most five; `more` says how many were left out.
  std::vector<Subject> related{};
  std::uint32_t more = 0;

  friend bool operator==(const Subject&, const Subject&) = default;
};

/// One diagnostic. Optional fields are empty when absent and then omitted from JSON.
struct Diagnostic {
  std::string code{};  ///< rule code, e.g. "S001"; stable forever
  std::string rule{};  ///< rule slug, e.g. "division-code-too-long"
  Severity severity = Severity::error;
  Location location{};              ///< where the offending element starts
  std::string message{};            ///< one sentence in the chosen language
  std::string hint{};               ///< how to fix it, in SIECLE-BEE / STS-Web / the ENT
  std::string record{};             ///< the record's identifiers, e.g. "ELEVE_ID=1234"
  std::vector<Location> related{};  ///< other places involved (the other duplicate...)
  std::string predicted_login{};    ///< the ENT login this record would get, when relevant
  std::string division{};     ///< the division concerned (the pupil's, a responsable's first child's, or the division
                              ///< itself), when known
  Subject subject{};          ///< who or what it is about, named
  std::string fingerprint{};  ///< stable hash of code + record ids: no personal data, no line
};

}  // namespace scolint
