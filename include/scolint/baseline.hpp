#pragma once
/// @file
/// Baselines: exports cannot carry suppression comments, so accepted findings
/// (real homonyms, a known long division code) are listed in a file instead,
/// by fingerprint. Only new findings are then reported.
///
/// The file is JSON: {"schema_version": 1, "entries": [{"fingerprint",
/// "code", "record", "reason"}]}. It holds identifiers, never names.

#include <cstdint>
#include <string>
#include <vector>

#include <scolint/export.h>
#include <scolint/linter.hpp>
#include <scolint/result.hpp>

namespace scolint {

/// One accepted finding.
struct BaselineEntry {
  std::string fingerprint{};
  std::string code{};
  std::string record{};
  std::string reason{};  ///< why it was accepted, written by a person; kept on rewrite
};

struct Baseline {
  std::vector<BaselineEntry> entries{};
};

/// Reads a baseline file; errors name the file and what is wrong.
[[nodiscard]] SCOLINT_API Result<Baseline> read_baseline(const std::string& path);

/// A baseline of every finding of `report`, keeping the reasons `previous` gave.
[[nodiscard]] SCOLINT_API std::string baseline_json(const Report& report, const Baseline& previous);

/// Hides the findings the baseline lists, recounts, recomputes the exit code,
/// and records hidden and stale entries (entries of rules that ran but found nothing).
SCOLINT_API void apply_baseline(Report& report, const Baseline& baseline);

}  // namespace scolint
