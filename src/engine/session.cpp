#include "engine/session.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <map>
#include <numeric>
#include <set>
#include <system_error>
#include <tuple>
#include <unordered_map>

#include "engine/collector.hpp"
#include "engine/diagnostics.hpp"
#include "engine/engine_sink.hpp"
#include "engine/file_problems.hpp"
#include "engine/file_read.hpp"
#include "engine/fingerprint.hpp"
#include "engine/first_division.hpp"
#include "engine/input_plan.hpp"
#include "engine/memory.hpp"
#include "engine/not_checked.hpp"
#include "engine/parallel.hpp"
#include "engine/report_builder.hpp"
#include "engine/second_read.hpp"
#include "engine/subjects.hpp"
#include "formats/export_reader.hpp"
#include "formats/split_plan.hpp"
#include "io/byte_source.hpp"
#include "io/random_access.hpp"
#include "io/zip_archive.hpp"
#include "model/login.hpp"
#include "model/personal.hpp"
#include "model/record_texts.hpp"
#include "model/text.hpp"
#include "rules/low_memory.hpp"

namespace scolint::engine {

Report run_session(const rules::RuleRegistry& registry, const Settings& settings, const std::vector<Input>& inputs) {
  model::Dataset dataset;
  Collected all;
  const unsigned threads = thread_count(settings.threads);

  // Files, and the parts of a large file, are read in parallel, each into its
  // own slot, then merged in input order.
  const std::vector<PlannedFile> planned = plan(inputs, settings.language);
  if (settings.progress != nullptr) settings.progress->files.store(planned.size(), std::memory_order_relaxed);
  // Low-memory mode reads the files twice, which standard input cannot be,
  // and needs every dataset check to say which records it needs.
  const bool two_reads =
      settings.low_memory && rules::low_memory::all_declared(settings.selected) &&
      std::none_of(planned.begin(), planned.end(), [](const PlannedFile& p) { return p.from_stdin; });
  const rules::low_memory::KeyPlan key_plan =
      two_reads ? rules::low_memory::KeyPlan(settings.selected) : rules::low_memory::KeyPlan();
  const ReadMode first_mode{two_reads ? SinkMode::keys : SinkMode::all, &key_plan, {}};
  std::vector<std::optional<SplitFile>> splits;
  std::vector<FileRead> reads = read_all(registry, settings, planned, first_mode, threads, splits);
  std::vector<std::uint64_t> bytes;  // per file, for the report's file list
  std::vector<bool> skipped;
  // A file that could not be read, or a planned problem, has no key columns:
  // these are the plan's whatever the files gave.
  rules::low_memory::KeyColumns keys =
      two_reads ? rules::low_memory::KeyColumns(key_plan) : rules::low_memory::KeyColumns();
  std::vector<std::uint64_t> pupil_starts;
  std::vector<FirstReadOf> first_reads;
  // The pupils, placements and links the first read kept of each file (those it
  // kept whole), in file order with the second read's until both are joined.
  std::vector<model::Dataset> held(two_reads ? reads.size() : 0);
  for (FileRead& read : reads) {
    if (two_reads) {
      pupil_starts.push_back(keys.pupils());
      first_reads.push_back({read.joined,
                             read.kept_whole,
                             std::move(read.part_counts),
                             read.seen,
                             {keys.pupils(), keys.memberships(), keys.links()}});
      keys.append(std::move(read.keys));
      model::Dataset& aside = held[first_reads.size() - 1];
      aside.pupils = std::move(read.records.pupils);
      aside.memberships = std::move(read.records.memberships);
      aside.links = std::move(read.records.links);
    }
    dataset.files.push_back(std::move(read.record));
    dataset.append_records(std::move(read.records));
    all.absorb(std::move(read.collected));
    bytes.push_back(read.bytes);
    skipped.push_back(read.skipped);
  }
  const std::size_t reads_count = reads.size();
  reads.clear();

  Report report;
  std::vector<const rules::Rule*> dataset_rules;
  for (const rules::Rule* rule : settings.selected) {
    if (!rule->on_dataset) continue;
    std::vector<std::string> missing;
    for (const model::ExportKind kind : rule->info.needs) {
      if (!dataset.has_kind(kind)) missing.emplace_back(model::export_kind_name(kind));
    }
    if (!missing.empty()) {
      // Said when the run has some of the exports the check compares: an
      // AAF or ENT user is not told of every SIECLE cross-check, nor the reverse.
      if (missing.size() < rule->info.needs.size()) {
        report.skipped_checks.push_back({std::string(rule->info.code), std::move(missing)});
      }
      continue;
    }
    dataset_rules.push_back(rule);
  }
  if (two_reads) {
    // The first division of the pupils the first read's findings name is
    // looked up below: their placements are kept too.
    std::vector<std::uint64_t> named;
    std::vector<std::uint64_t> named_persons;  // their children are named in the findings' subjects
    for (const RawFinding& raw : all.findings) {
      if (const std::string_view pupil = raw.finding.record.pupil_id(); !pupil.empty()) {
        named.push_back(rules::low_memory::key_of(pupil));
      } else if (raw.finding.record.kind == model::RecordKind::responsable) {
        named_persons.push_back(rules::low_memory::key_of(raw.finding.record.id));
      }
    }
    // The records of files kept whole are there whatever is selected: their
    // pupils, placements and links join the selection's closure.
    rules::low_memory::Keep whole{std::vector<bool>(keys.pupils()), std::vector<bool>(keys.memberships()),
                                  std::vector<bool>(keys.links())};
    for (const FirstReadOf& was : first_reads) {
      if (!was.kept_whole) continue;
      auto mark = [](std::vector<bool>& bits, std::size_t first, std::size_t count) {
        std::fill_n(bits.begin() + static_cast<std::ptrdiff_t>(first), count, true);
      };
      mark(whole.pupils, was.first.pupils, was.counts.pupils);
      mark(whole.memberships, was.first.memberships, was.counts.memberships);
      mark(whole.links, was.first.links, was.counts.links);
    }
    const rules::low_memory::Keep keep = rules::low_memory::select_records(
        key_plan, keys, pupil_starts, dataset, dataset_rules,
        [&](const rules::Rule* rule) {
          Collector options(settings);
          options.set_rule(rule);
          return options;
        },
        std::move(named), std::move(named_persons), std::move(whole));
    report.low_memory.used = true;
    auto kept = [](const std::vector<bool>& bits) {
      return static_cast<std::uint64_t>(std::count(bits.begin(), bits.end(), true));
    };
    report.low_memory.records = keep.pupils.size() + keep.memberships.size() + keep.links.size();
    report.low_memory.kept = kept(keep.pupils) + kept(keep.memberships) + kept(keep.links);
    keys = {};
    pupil_starts = {};
    std::vector<model::Dataset> selected(reads_count);
    for (std::string& problem : read_selected(settings, planned, splits, first_reads, keep, threads, selected)) {
      all.internal_errors.push_back(std::move(problem));
    }
    // In file order, whichever read kept them: the checks see the records in
    // the order a single read gives them (L001's suffixes follow it).
    for (std::size_t i = 0; i < held.size(); ++i) {
      dataset.append_records(std::move(held[i]));
      dataset.append_records(std::move(selected[i]));
    }
    held.clear();
  }
  if (settings.progress != nullptr) settings.progress->checking.store(true, std::memory_order_relaxed);
  dataset.placeholders = model::Placeholders::find(dataset);
  // Dataset rules only read the dataset: they run side by side, each with its
  // own collector, and their findings join in rule order.
  std::vector<Collected> outcomes(dataset_rules.size());
  for_each_index(dataset_rules.size(), threads, [&](std::size_t i) {
    Collector collector(settings);
    const rules::Rule* rule = dataset_rules[i];
    collector.guarded(rule, [&] { rule->on_dataset(dataset, collector); });
    outcomes[i] = collector.take();
  });
  for (Collected& outcome : outcomes) all.absorb(std::move(outcome));
  outcomes = {};
  std::vector<RawFinding>& findings = all.findings;
  // A rule that reads a column a file lacks was not checked there: its
  // findings in that file go, the report says so once.
  std::erase_if(findings, [&](const RawFinding& raw) {
    const model::FileId file = raw.finding.location.file;
    if (file < dataset.files.size() && unchecked_in(*raw.rule, dataset.files[file])) return true;
    // A placeholder is one F012 finding for its file and field, not one per record.
    const auto& value = raw.finding.contact_value;
    return value && dataset.placeholders.contains(file, value->first, value->second);
  });
  {
    std::vector<const rules::Rule*> ran;
    for (const rules::Rule* rule : settings.selected) {
      if (!rule->on_dataset || std::find(dataset_rules.begin(), dataset_rules.end(), rule) != dataset_rules.end()) {
        ran.push_back(rule);
      }
    }
    report.not_checked = not_checked(dataset.files, ran);
  }

  build_report(all, dataset, settings, threads, bytes, skipped, report);
  return report;
}

}  // namespace scolint::engine
