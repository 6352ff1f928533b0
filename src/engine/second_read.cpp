#include "engine/second_read.hpp"

#include <algorithm>
#include <cstdint>

#include "engine/collector.hpp"
#include "engine/parallel.hpp"

namespace scolint::engine {
namespace {

bool any_kept(const std::vector<bool>& bits, std::size_t first, std::size_t count) {
  return std::any_of(bits.begin() + static_cast<std::ptrdiff_t>(first),
                     bits.begin() + static_cast<std::ptrdiff_t>(first + count), [](bool bit) { return bit; });
}

}  // namespace

std::vector<std::string> read_selected(const Settings& settings, const std::vector<PlannedFile>& planned,
                                       const std::vector<std::optional<SplitFile>>& splits,
                                       const std::vector<FirstReadOf>& first, const rules::low_memory::Keep& keep,
                                       unsigned threads, std::vector<model::Dataset>& selected) {
  struct Task {
    std::size_t file;
    std::size_t part;  // SIZE_MAX: the whole file
    Selected selected;
    Counts expected;
  };
  std::vector<Task> tasks;
  for (std::size_t i = 0; i < first.size(); ++i) {
    const FirstReadOf& was = first[i];
    if (was.kept_whole) continue;
    if (!any_kept(keep.pupils, was.first.pupils, was.counts.pupils) &&
        !any_kept(keep.memberships, was.first.memberships, was.counts.memberships) &&
        !any_kept(keep.links, was.first.links, was.counts.links)) {
      continue;
    }
    if (!was.joined) {
      tasks.push_back({i, SIZE_MAX, {&keep, was.first}, was.counts});
      continue;
    }
    Selected at{&keep, was.first};
    for (std::size_t part = 0; part < was.part_counts.size(); ++part) {
      tasks.push_back({i, part, at, was.part_counts[part]});
      at.first += was.part_counts[part];
    }
  }
  std::vector<FileRead> reads(tasks.size());
  for_each_index(tasks.size(), threads, [&](std::size_t t) {
    const Task& task = tasks[t];
    Collector ignored(settings);  // the first read reported everything
    const ReadMode mode{SinkMode::selected, nullptr, task.selected};
    const auto id = static_cast<model::FileId>(task.file);
    reads[t] = task.part == SIZE_MAX
                   ? read_records(settings, planned[task.file], id, ignored, nullptr, 0, mode)
                   : read_records(settings, planned[task.file], id, ignored, &*splits[task.file], task.part, mode);
  });
  std::vector<std::string> problems;
  for (std::size_t t = 0; t < tasks.size(); ++t) {
    if (reads[t].seen != tasks[t].expected) {
      problems.push_back("low-memory: " + planned[tasks[t].file].display +
                         ": the file changed between its two reads (" + tasks[t].expected.text() + ", then " +
                         reads[t].seen.text() + ")");
    }
    selected[tasks[t].file].append_records(std::move(reads[t].records));
  }
  return problems;
}

}  // namespace scolint::engine
