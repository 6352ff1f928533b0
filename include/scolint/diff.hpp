#pragma once
/// @file
/// `scolint diff OLD NEW`: what changed between two exports of one school,
/// before the import turns it into second accounts or deactivated ones
/// (docs/diff.md lists every kind of change and what to do about it).

#include <cstdint>
#include <iosfwd>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <scolint/export.h>
#include <scolint/diagnostic.hpp>
#include <scolint/linter.hpp>
#include <scolint/report.hpp>
#include <scolint/result.hpp>

namespace scolint {

/// One change between OLD and NEW, with the fields of the JSON contract.
struct Change {
  /// Stable forever: "pupil-arrived", "pupil-left", "pupil-moved", "pupil-id-changed",
  /// "pupil-renamed", "ine-changed", "responsable-added", "responsable-removed",
  /// "responsable-id-changed", "link-changed", "division-added", "division-removed",
  /// "division-renamed", "group-added", "group-removed", "staff-arrived", "staff-left",
  /// "staff-id-changed", "staff-renamed", "service-added", "service-removed",
  /// "service-changed", "export-incomplete".
  std::string kind{};
  Severity severity = Severity::info;
  Subject subject{};        ///< who or what changed, named as in NEW (as in OLD when gone)
  std::string old_value{};  ///< what OLD said (a division, a name, an identifier...), empty when nothing
  std::string new_value{};  ///< what NEW says, empty when nothing
  std::string message{};    ///< one sentence in the chosen language
  std::string hint{};       ///< what to check or do in SIECLE-BEE / STS-Web before the import
  std::string record{};     ///< identifiers in NEW ("ELEVE_ID=12"), else in OLD
  Location location{};      ///< the record in NEW, when it is there
  Location old_location{};  ///< the record in OLD, when it was there
  std::string division{};   ///< the division the change is filed under (NEW's, else OLD's), or empty
};

/// The outcome of a diff.
struct DiffReport {
  Language language = Language::fr;
  std::vector<FileSummary> old_files{};
  std::vector<FileSummary> new_files{};
  /// Files of either side that could not be read (exit code 2), as lint diagnostics.
  std::vector<Diagnostic> problems{};
  /// What was compared: records of one family ("pupils", "responsables",
  /// "staff", "structures") from the files of one export kind ("siecle-eleves",
  /// "aaf"...), held by both sides and read to the end.
  struct Compared {
    std::string kind{};
    std::string records{};
  };
  std::vector<Compared> compared{};
  /// What was left out, and why: "old-only", "new-only", "unreadable" (a file
  /// could not be read on one side) or "delta" (an AAF delta holds changes,
  /// not the whole export).
  struct NotCompared {
    std::string kind{};
    std::string records{};
    std::string why{};
  };
  std::vector<NotCompared> not_compared{};
  std::vector<Change> changes{};  ///< by division (establishment-wide first), then severity, kind and name
  std::map<std::string, std::uint64_t> counts{};  ///< changes per kind
  std::uint64_t errors = 0;
  std::uint64_t warnings = 0;
  std::uint64_t infos = 0;
  int exit_code = 0;  ///< 0 nothing at or above fail_on, 1 some, 2 a file could not be read
  Severity fail_on = Severity::error;
};

/// Reads OLD and NEW (files, directories, ZIP archives: every kind a lint
/// reads) and compares them. Uses `options`' language, fail_on, redact,
/// kinds and threads; rules are not run (lint each side for findings).
[[nodiscard]] SCOLINT_API Result<DiffReport> diff(const Options& options, const std::vector<std::string>& old_paths,
                                                  const std::vector<std::string>& new_paths);

/// In-memory files (name, bytes): what a vendor's program holds rather than paths.
using NamedBuffers = std::vector<std::pair<std::string, std::string>>;

/// diff() on in-memory files; names are used in locations and for nothing else.
[[nodiscard]] SCOLINT_API Result<DiffReport> diff_buffers(const Options& options, NamedBuffers old_files,
                                                          NamedBuffers new_files);

/// The change log for people: by division, then what was compared.
[[nodiscard]] SCOLINT_API std::string render_diff_text(const DiffReport& report, const TextStyle& style);
/// The JSON contract of docs/diff.md ("schema_version" 1).
[[nodiscard]] SCOLINT_API std::string render_diff_json(const DiffReport& report);
/// One self-contained page to check before the import, a section per division.
[[nodiscard]] SCOLINT_API std::string render_diff_html(const DiffReport& report);
/// The changes as a lint Report (code = kind), for the formats CI tools read:
/// SARIF, GitHub, GitLab, JUnit, CSV.
[[nodiscard]] SCOLINT_API Report diff_as_report(const DiffReport& report);

}  // namespace scolint
