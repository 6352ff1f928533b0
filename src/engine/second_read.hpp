#pragma once
// The second read of low-memory mode (rules/low_memory.hpp): the files
// whose pupils, placements or links the checks selected, read again as the
// first time (whole, or in the same parts), keeping those records only.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "engine/engine_sink.hpp"
#include "engine/file_read.hpp"
#include "engine/input_plan.hpp"
#include "engine/session.hpp"
#include "model/dataset.hpp"
#include "rules/low_memory.hpp"

namespace scolint::engine {

// What the first read of low-memory mode left of a file, for the second.
struct FirstReadOf {
  bool joined = false;
  bool kept_whole = true;           // nothing to read again
  std::vector<Counts> part_counts;  // of each part of a split file
  Counts counts;
  Counts first;  // in the run's order, where the file's bits of the selection start
};

/// Reads again the files `keep` selects records of, into `selected` (one
/// dataset per file). Returns what went wrong (a file that changed between the reads).
std::vector<std::string> read_selected(const Settings& settings, const std::vector<PlannedFile>& planned,
                                       const std::vector<std::optional<SplitFile>>& splits,
                                       const std::vector<FirstReadOf>& first, const rules::low_memory::Keep& keep,
                                       unsigned threads, std::vector<model::Dataset>& selected);

}  // namespace scolint::engine
