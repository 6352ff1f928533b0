#pragma once
// Reading: one file, or one part of a large file cut at record boundaries,
// into its own records and findings (merged into the run in input order, so
// that the report does not depend on which thread read what); the joining
// of a split file's parts; the file problems (F rules) of a read.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "engine/collector.hpp"
#include "engine/engine_sink.hpp"
#include "engine/input_plan.hpp"
#include "engine/session.hpp"
#include "formats/export_reader.hpp"
#include "formats/split_plan.hpp"
#include "io/random_access.hpp"
#include "model/dataset.hpp"
#include "rules/low_memory.hpp"
#include "rules/rule_registry.hpp"

namespace scolint::engine {

// Everything one file (or one part of a split file) gave: its own records
// and findings, merged into the run in input order so that the report does
// not depend on which thread read it.
struct FileRead {
  model::FileRecord record;
  model::Dataset records;  // this file's records only
  Collected collected;
  // Low-memory mode: the keys of the pupils, placements and links not kept, how many
  // each part of a split file gave, and whether the file was read in parts.
  rules::low_memory::KeyColumns keys;
  std::vector<Counts> part_counts;
  bool joined = false;
  bool kept_whole = true;  // its pupils, placements and links kept by the first read (see EngineSink::kept_whole)
  Counts seen;
  formats::ReadOutcome outcome;
  std::uint64_t bytes = 0;
  bool skipped = false;
};

// A file read by several threads: where it is cut, and the bytes behind it.
struct SplitFile {
  std::shared_ptr<const io::RandomAccess> input;
  formats::SplitPlan plan;

  [[nodiscard]] std::size_t parts() const { return plan.cuts.size() + 1; }
  [[nodiscard]] std::uint64_t begin(std::size_t part) const { return part == 0 ? 0 : plan.cuts[part - 1]; }
  [[nodiscard]] std::uint64_t end(std::size_t part) const {
    return part < plan.cuts.size() ? plan.cuts[part] : input->size();
  }
};

/// A large SIECLE pupils' export on a run with threads to spare is read in parts.
std::optional<SplitFile> plan_split(const PlannedFile& planned, const Settings& settings, unsigned threads);

// How a read keeps records: all of them, or one of the two reads of low-memory mode.
struct ReadMode {
  SinkMode mode = SinkMode::all;
  const rules::low_memory::KeyPlan* plan = nullptr;  // for SinkMode::keys
  Selected selected{};                               // for SinkMode::selected
};

/// Reads one file, or its part `part` when `split` is set, into a FileRead.
/// File problems are left to finish_read, once per file.
FileRead read_records(const Settings& settings, const PlannedFile& planned, model::FileId file, Collector& collector,
                      const SplitFile* split = nullptr, std::size_t part = 0, const ReadMode& mode = {});

/// A part read to its expected end, as a whole file of its kind would be.
bool part_read_well(const FileRead& read);

/// The record rules of divisions and groups, on a split file's joined records.
void check_structures(const Settings& settings, const model::Dataset& records, Collector& collector);

/// Joins the parts of a split file in file order, as if it had been read whole.
FileRead join_parts(std::vector<FileRead>&& parts);

/// The file problems of a read as findings of the F rules. Those that stop a
/// file are always reported, selected or not: exit code 2 comes with its reason.
void finish_read(const rules::RuleRegistry& registry, const Settings& settings, const PlannedFile& planned,
                 model::FileId file, FileRead& read, Collector& collector);

/// A whole file read, its problems included.
FileRead read_file(const rules::RuleRegistry& registry, const Settings& settings, const PlannedFile& planned,
                   model::FileId file, const ReadMode& mode);

/// One part of a split file; its findings stay with it until the parts join.
FileRead read_part(const Settings& settings, const PlannedFile& planned, model::FileId file, const SplitFile& split,
                   std::size_t part, const ReadMode& mode);
/// The first stage of a run: every planned file read, a large one in parts
/// on every thread (`splits`, planned here) then joined, each into its own
/// slot, in input order.
std::vector<FileRead> read_all(const rules::RuleRegistry& registry, const Settings& settings,
                               const std::vector<PlannedFile>& planned, const ReadMode& first_mode, unsigned threads,
                               std::vector<std::optional<SplitFile>>& splits);

}  // namespace scolint::engine
