#pragma once
// The last stage of a run: the findings become the report — each named (who
// it is about, in which division), worded, ordered, one per fingerprint,
// pseudonymised with --redact — with the files read, the counts and the exit
// code.

#include <cstdint>
#include <vector>

#include <scolint/linter.hpp>

#include "engine/collector.hpp"
#include "engine/session.hpp"
#include "model/dataset.hpp"

namespace scolint::engine {

/// Fills `report` from what the run collected (`all`, emptied) and read
/// (`dataset`, freed as soon as the findings are named; `bytes` and `skipped`
/// per file, in the dataset's file order).
void build_report(Collected& all, model::Dataset& dataset, const Settings& settings, unsigned threads,
                  const std::vector<std::uint64_t>& bytes, const std::vector<bool>& skipped, Report& report);

}  // namespace scolint::engine
