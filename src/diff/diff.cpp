// `scolint diff OLD NEW`: each side is read as a lint run reads it (every
// format, split reads, file problems), then the comparisons of compare.hpp
// run on the records, and their drafts become ordered, worded changes.
#include <scolint/diff.hpp>

#include <algorithm>
#include <initializer_list>
#include <map>
#include <set>
#include <tuple>

#include "diff/compare.hpp"
#include "diff/wording.hpp"
#include "engine/diagnostics.hpp"
#include "engine/session.hpp"
#include "model/personal.hpp"
#include "rules/phrase.hpp"

namespace scolint {
namespace changes {

std::string_view records_name(Records records) {
  switch (records) {
    case Records::pupils: return "pupils";
    case Records::responsables: return "responsables";
    case Records::staff: return "staff";
    case Records::structures: return "structures";
  }
  return "records";
}

}  // namespace changes
namespace {

using changes::Side;

// The checks that say a file could not be read (or read whole): a diff
// compares records and leaves the data checks to a lint of each side.
std::vector<std::string> reading_rules() {
  return {"F001", "F002", "F003", "F004", "F006", "F007", "F008", "F009", "F010"};
}

Result<Side> read_side(const rules::RuleRegistry& registry, Options options, const std::vector<engine::Input>& inputs) {
  options.select = reading_rules();
  options.ignore.clear();
  options.low_memory = false;
  options.progress = nullptr;
  auto resolved = engine::resolve_settings(registry, options);
  if (!resolved) return resolved.error();
  engine::Settings settings = std::move(resolved.value());
  Side side;
  settings.take_records = [&side](model::Dataset& dataset) {
    std::vector<model::FileRecord> files = dataset.files;  // the run still reports them
    side.records = std::move(dataset);
    dataset = model::Dataset{};
    dataset.files = std::move(files);
  };
  side.read = engine::run_session(registry, settings, inputs);
  return side;
}

using changes::Records;

// The families a file of `kind` holds whatever its content, so that an empty
// export of that kind still stands for them (and reads as everyone gone).
std::uint8_t families_of_kind(model::ExportKind kind) {
  using K = model::ExportKind;
  auto bits = [](std::initializer_list<Records> families) {
    std::uint8_t out = 0;
    for (const Records family : families) out |= static_cast<std::uint8_t>(family);
    return out;
  };
  switch (kind) {
    case K::siecle_eleves:
    case K::onde_eleves_csv:
    case K::ent_eleves_csv: return bits({Records::pupils});
    case K::siecle_responsables:
    case K::onde_responsables_csv:
    case K::ent_parents_csv: return bits({Records::responsables});
    case K::siecle_structures: return bits({Records::structures});
    case K::sts_emp: return bits({Records::staff, Records::structures});
    case K::siecle_csv: return bits({Records::pupils, Records::responsables});
    case K::onde_enseignants_csv:
    case K::ent_enseignants_csv:
    case K::ent_personnels_csv: return bits({Records::staff});
    case K::aaf:  // a drop splits its categories into files: their content says
    case K::siecle_nomenclatures:
    case K::ent_invites_csv:
    case K::unknown: break;
  }
  return 0;
}

// Per file, the families it holds: its kind's, and those of the records it gave.
std::vector<std::uint8_t> families_of(const model::Dataset& data) {
  std::vector<std::uint8_t> out;
  for (const model::FileRecord& file : data.files) out.push_back(families_of_kind(file.kind));
  auto mark = [&](const model::SourceLocation& at, Records family) {
    if (at.file < out.size()) out[at.file] |= static_cast<std::uint8_t>(family);
  };
  auto structure_family = [](model::Origin origin) {
    return origin == model::Origin::sts || origin == model::Origin::siecle_structures ? Records::structures
                                                                                      : Records::pupils;
  };
  for (const model::Pupil& record : data.pupils) mark(record.location, Records::pupils);
  for (const model::Membership& record : data.memberships) mark(record.location, Records::pupils);
  for (const model::Person& record : data.persons) mark(record.location, Records::responsables);
  for (const model::Address& record : data.addresses) mark(record.location, Records::responsables);
  for (const model::Staff& record : data.staff) mark(record.location, Records::staff);
  for (const model::Division& record : data.divisions) mark(record.location, structure_family(record.origin));
  for (const model::Group& record : data.groups) mark(record.location, structure_family(record.origin));
  for (const model::Service& record : data.services) mark(record.location, Records::structures);
  return out;
}

// What a side holds, by (export kind, family of records): whether any file
// of it could not be read, or is an AAF delta (changes only, not an export).
struct Held {
  bool failed = false;
  bool delta = false;
};
using Unit = std::pair<std::string, Records>;

std::map<Unit, Held> held_by(const Side& side, const std::vector<std::uint8_t>& families) {
  std::map<Unit, Held> held;
  for (std::size_t id = 0; id < side.records.files.size(); ++id) {
    const model::FileRecord& file = side.records.files[id];
    const bool failed = file.failed || (id < side.read.files.size() && side.read.files[id].failed);
    for (const Records family : changes::all_records) {
      if ((families[id] & static_cast<std::uint8_t>(family)) == 0) continue;
      Held& unit = held[{std::string(model::export_kind_name(file.kind)), family}];
      unit.failed = unit.failed || failed;
      unit.delta = unit.delta || file.lacks(model::Column::whole_export);
    }
  }
  return held;
}

Location locate(const Side& side, const std::optional<model::SourceLocation>& at) {
  if (!at || at->file >= side.records.files.size()) return {};
  return engine::locate(side.records.files, *at);
}

std::set<std::string> establishments(const Side& side) {
  std::set<std::string> uajs;
  for (const FileSummary& file : side.read.files) {
    if (!file.uaj.empty()) uajs.insert(file.uaj);
  }
  return uajs;
}

Result<DiffReport> compare_inputs(const Options& options, const std::vector<engine::Input>& old_inputs,
                                  const std::vector<engine::Input>& new_inputs) {
  const rules::RuleRegistry registry = rules::RuleRegistry::with_all_rules();
  auto read_old = read_side(registry, options, old_inputs);
  if (!read_old) return read_old.error();
  auto read_new = read_side(registry, options, new_inputs);
  if (!read_new) return read_new.error();
  Side& before = read_old.value();
  Side& after = read_new.value();
  const bool fr = options.language == Language::fr;

  // Two schools are not two versions of one: every pupil would have "left".
  const std::set<std::string> old_uajs = establishments(before);
  const std::set<std::string> new_uajs = establishments(after);
  if (!old_uajs.empty() && !new_uajs.empty() &&
      std::none_of(old_uajs.begin(), old_uajs.end(), [&](const std::string& uaj) { return new_uajs.contains(uaj); })) {
    return Error{ErrorCode::invalid_option,
                 "OLD (UAJ " + *old_uajs.begin() + (fr ? ") et NEW (UAJ " : ") and NEW (UAJ ") + *new_uajs.begin() +
                     (fr ? ") ne sont pas du même établissement" : ") are not of the same establishment")};
  }

  DiffReport report;
  report.language = options.language;
  report.fail_on = options.fail_on;
  report.old_files = before.read.files;
  report.new_files = after.read.files;
  const std::vector<std::uint8_t> old_families = families_of(before.records);
  const std::vector<std::uint8_t> new_families = families_of(after.records);
  const std::map<Unit, Held> old_held = held_by(before, old_families);
  const std::map<Unit, Held> new_held = held_by(after, new_families);
  std::set<Unit> compared;
  auto left_out = [&](const Unit& unit, std::string why) {
    report.not_compared.push_back({unit.first, std::string(changes::records_name(unit.second)), std::move(why)});
  };
  for (const auto& [unit, held] : old_held) {
    const auto other = new_held.find(unit);
    if (other == new_held.end()) {
      left_out(unit, "old-only");
    } else if (held.failed || other->second.failed) {
      left_out(unit, "unreadable");
    } else if (held.delta || other->second.delta) {
      left_out(unit, "delta");
    } else {
      compared.insert(unit);
      report.compared.push_back({unit.first, std::string(changes::records_name(unit.second))});
    }
  }
  for (const auto& [unit, held] : new_held) {
    if (!old_held.contains(unit)) left_out(unit, "new-only");
  }
  auto mark_compared = [&](Side& side, const std::vector<std::uint8_t>& families) {
    for (std::size_t id = 0; id < side.records.files.size(); ++id) {
      const std::string kind(model::export_kind_name(side.records.files[id].kind));
      std::uint8_t bits = 0;
      for (const Records family : changes::all_records) {
        if ((families[id] & static_cast<std::uint8_t>(family)) != 0 && compared.contains({kind, family})) {
          bits |= static_cast<std::uint8_t>(family);
        }
      }
      side.compared.push_back(bits);
    }
  };
  mark_compared(before, old_families);
  mark_compared(after, new_families);

  changes::Comparison comparison{before, after, options.language};
  comparison.old_pupils = changes::PupilTable::of(before);
  comparison.new_pupils = changes::PupilTable::of(after);
  changes::compare_pupils(comparison);
  changes::compare_responsables(comparison);
  changes::compare_staff_and_services(comparison);

  // Worded, then ordered by division as the text log groups them (the
  // establishment's changes first), worst first within one.
  std::vector<Change> changes;
  changes.reserve(comparison.drafts.size());
  report.problems.reserve(before.read.diagnostics.size() + after.read.diagnostics.size());
  for (changes::Draft& draft : comparison.drafts) {
    const changes::Wording& words = changes::wording(draft.kind, draft.variant);
    Change change;
    change.kind = std::string(draft.kind);
    change.severity = words.severity;
    change.message = rules::fill(words.message.in(options.language), draft.args);
    change.hint = std::string(words.hint.in(options.language));
    change.division = draft.subject.division;
    change.subject = std::move(draft.subject);
    change.old_value = std::move(draft.old_value);
    change.new_value = std::move(draft.new_value);
    change.record = draft.record.str();
    change.location = locate(after, draft.in_new);
    change.old_location = locate(before, draft.in_old);
    changes.push_back(std::move(change));
  }
  comparison.drafts.clear();
  std::sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) {
    return std::tuple(a.division, b.severity, changes::kind_rank(a.kind), a.subject.name, a.record, a.message) <
           std::tuple(b.division, a.severity, changes::kind_rank(b.kind), b.subject.name, b.record, b.message);
  });
  // Pseudonyms numbered in report order: the same inputs give the same tokens.
  model::Redactor redactor(options.redact);
  for (Change& change : changes) {
    for (std::string* text : {&change.message, &change.old_value, &change.new_value, &change.subject.name}) {
      redactor.resolve_in_place(*text);
    }
    for (Subject& related : change.subject.related) redactor.resolve_in_place(related.name);
    ++report.counts[change.kind];
    switch (change.severity) {
      case Severity::error: ++report.errors; break;
      case Severity::warning: ++report.warnings; break;
      case Severity::info: ++report.infos; break;
    }
  }
  report.changes = std::move(changes);
  for (const Side* side : {&before, &after}) {
    for (const Diagnostic& problem : side->read.diagnostics) report.problems.push_back(problem);
  }
  const bool unreadable = before.read.exit_code == 2 || after.read.exit_code == 2;
  const bool fails = std::any_of(report.changes.begin(), report.changes.end(),
                                 [&](const Change& change) { return change.severity >= options.fail_on; });
  report.exit_code = unreadable ? 2 : fails ? 1 : 0;
  return report;
}

}  // namespace

Result<DiffReport> diff(const Options& options, const std::vector<std::string>& old_paths,
                        const std::vector<std::string>& new_paths) {
  auto inputs = [](const std::vector<std::string>& paths) {
    std::vector<engine::Input> out;
    out.reserve(paths.size());
    for (const std::string& path : paths) out.push_back({path, std::nullopt, false});
    return out;
  };
  return compare_inputs(options, inputs(old_paths), inputs(new_paths));
}

Result<DiffReport> diff_buffers(const Options& options, NamedBuffers old_files, NamedBuffers new_files) {
  auto inputs = [](NamedBuffers& files) {
    std::vector<engine::Input> out;
    out.reserve(files.size());
    for (auto& [name, bytes] : files) out.push_back({std::move(name), std::move(bytes), false});
    return out;
  };
  return compare_inputs(options, inputs(old_files), inputs(new_files));
}

}  // namespace scolint
