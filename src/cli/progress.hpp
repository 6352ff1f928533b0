#pragma once
// What a long run shows on stderr: a progress line on a terminal, and the
// figures of --statistics.

#include <scolint/linter.hpp>

namespace scolint::cli {

/// Runs the linter; on a terminal (not a CI job's), a run of more than a
/// second shows what it has read so far, on one line rewritten in place.
Report run_with_progress(Linter& linter, Progress& progress, Language language);

/// Files, records, bytes and speed, then the count of each rule; on stderr,
/// so that it never mixes with a machine-readable report.
void print_statistics(const Report& report, double seconds, Language language);

}  // namespace scolint::cli
