// The parts of a split file joined as if the file had been read whole.
#include <set>
#include <string_view>
#include <tuple>

#include "engine/file_read.hpp"

namespace scolint::engine {
namespace {

// A reader that makes a class of the first use of its code (AAF) does so in
// every part, where a whole read would have kept only the first: a part's
// structures whose code an earlier part gave are dropped. Repeats within one
// part are the reader's to keep (a structure defined twice is a finding).
using StructureKey = std::tuple<model::Origin, std::string_view, std::string_view>;  // origin, scope, code

// Returns how many were dropped: they no longer count as records read.
template <typename Structure>
std::uint64_t drop_given_before(model::RecordList<Structure>& list, const std::set<StructureKey>& before) {
  if (list.empty() || before.empty()) return 0;
  model::RecordList<Structure> kept;
  for (Structure& structure : list) {
    if (!before.contains({structure.origin, structure.scope.view(), structure.code.view()})) {
      kept.push_back(std::move(structure));
    }
  }
  const std::uint64_t dropped = list.size() - kept.size();
  list = std::move(kept);
  return dropped;
}

template <typename Structure>
void remember_given(const model::RecordList<Structure>& list, std::set<StructureKey>& given) {
  for (const Structure& structure : list)
    given.insert({structure.origin, structure.scope.view(), structure.code.view()});
}

}  // namespace

void check_structures(const Settings& settings, const model::Dataset& records, Collector& collector) {
  for (const rules::Rule* rule : settings.selected) {
    if (rule->on_division) {
      for (const model::Division& division : records.divisions) {
        collector.guarded(rule, [&] { rule->on_division(division, collector); });
      }
    }
    if (rule->on_group) {
      for (const model::Group& group : records.groups) {
        collector.guarded(rule, [&] { rule->on_group(group, collector); });
      }
    }
  }
}

FileRead join_parts(std::vector<FileRead>&& parts) {
  FileRead whole = std::move(parts.front());
  whole.joined = true;
  whole.part_counts.push_back(whole.seen);
  std::set<StructureKey> divisions;
  std::set<StructureKey> groups;
  remember_given(whole.records.divisions, divisions);
  remember_given(whole.records.groups, groups);
  for (std::size_t i = 1; i < parts.size(); ++i) {
    FileRead& part = parts[i];
    part.record.records -= drop_given_before(part.records.divisions, divisions);
    part.record.records -= drop_given_before(part.records.groups, groups);
    remember_given(part.records.divisions, divisions);
    remember_given(part.records.groups, groups);
    if (part.record.has_parameters) {  // the last sent wins, as in a whole read
      whole.record.parameters = std::move(part.record.parameters);
      whole.record.has_parameters = true;
    }
    whole.records.append_records(std::move(part.records));
    whole.collected.absorb(std::move(part.collected));
    whole.keys.append(std::move(part.keys));
    whole.part_counts.push_back(part.seen);
    whole.seen += part.seen;
    whole.kept_whole = whole.kept_whole && part.kept_whole;
    whole.bytes += part.bytes;
    whole.record.records += part.record.records;
    whole.record.has_pupils = whole.record.has_pupils || part.record.has_pupils;
    whole.record.has_persons = whole.record.has_persons || part.record.has_persons;
    whole.record.lacking &= part.record.lacking;  // lacking in the file: in every part
    auto& issues = whole.outcome.aaf_issues;
    issues.insert(issues.end(), std::make_move_iterator(part.outcome.aaf_issues.begin()),
                  std::make_move_iterator(part.outcome.aaf_issues.end()));
  }
  return whole;
}

}  // namespace scolint::engine
