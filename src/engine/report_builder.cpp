#include "engine/report_builder.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "engine/diagnostics.hpp"
#include "engine/fingerprint.hpp"
#include "engine/memory.hpp"
#include "engine/parallel.hpp"
#include "engine/subjects.hpp"
#include "model/personal.hpp"
#include "model/text.hpp"
#include "rules/phrase.hpp"

namespace scolint::engine {
namespace {

// Whether two findings of one fingerprint are about one person: the same
// name, give or take accents and case (a Latin-1 file writes ŒUVRARD as
// OEUVRARD), or a name only one of them knows.
bool same_person(const Subject& a, const Subject& b) {
  if (a.name == b.name || a.name.empty() || b.name.empty()) return true;
  return model::fold_identity(a.name) == model::fold_identity(b.name);
}

}  // namespace

void build_report(Collected& all, model::Dataset& dataset, const Settings& settings, unsigned threads,
                  const std::vector<std::uint64_t>& bytes, const std::vector<bool>& skipped, Report& report) {
  std::vector<RawFinding>& findings = all.findings;
  // Who each finding is about, named, and the division that files it (a
  // pupil's, a responsable's first child's): the records the findings name
  // are looked up before they go.
  NamedSubjects named;
  {
    std::vector<Asked> asked;
    asked.reserve(findings.size());
    for (const RawFinding& raw : findings) asked.push_back({&raw.finding.record, raw.finding.location.file});
    named = NamedSubjects(asked, dataset, threads);
  }
  if (settings.take_records) settings.take_records(dataset);
  // Findings own their text: the records go before the diagnostics are built
  // (the peak RSS of a 1M-pupil run was records, findings and diagnostics at once).
  const std::vector<model::FileRecord> files = std::move(dataset.files);
  dataset = {};
  release_free_memory();
  // Findings become diagnostics side by side, a slice per task: each is
  // independent, lands in its own slot, and frees its finding as it goes.
  std::vector<Diagnostic> diagnostics(findings.size());
  constexpr std::size_t slice = 4096;
  for_each_index((findings.size() + slice - 1) / slice, threads, [&](std::size_t task) {
    for (std::size_t i = task * slice; i < std::min(findings.size(), (task + 1) * slice); ++i) {
      std::string division = named.division(i, findings[i].finding.record);
      Subject subject = named.subject(i, findings[i].finding.record);
      diagnostics[i] = to_diagnostic(findings[i], files, settings);
      diagnostics[i].division = std::move(division);
      diagnostics[i].subject = std::move(subject);
    }
  });
  all.findings = {};
  named = {};
  release_free_memory();
  // Sorted by file, line, column, code and message, through compact keys: a
  // diagnostic is a dozen strings, slow to move, and comparing its file path
  // first cost a string comparison per step (0.12 s for 84 000 diagnostics).
  const std::vector<std::size_t> order = report_order(diagnostics);
  // One finding per fingerprint and person: the same division in SIECLE and
  // STS, or the same pupil in ElevesSansAdresses and ElevesAvecAdresses, is
  // one problem to fix. The first place (in report order) leads; the others
  // become related. Two schools' files that give one ELEVE_ID to two pupils
  // make one fingerprint for two people: their names keep them apart.
  // Keys are views of the diagnostics' fingerprints: nothing moves until the last loop.
  std::unordered_map<std::string_view, std::size_t> first_with;
  first_with.reserve(diagnostics.size());
  std::vector<bool> leads(diagnostics.size());
  constexpr std::size_t no_lead = SIZE_MAX;
  std::vector<std::size_t> next_lead;     // the next lead of the same fingerprint (another person), when one came
  std::vector<std::size_t> other_people;  // those next leads
  for (const std::size_t i : order) {
    const auto [it, inserted] = first_with.emplace(diagnostics[i].fingerprint, i);
    std::size_t lead = it->second;
    while (!inserted && !same_person(diagnostics[lead].subject, diagnostics[i].subject)) {
      if (next_lead.empty()) next_lead.assign(diagnostics.size(), no_lead);
      if (next_lead[lead] == no_lead) {
        next_lead[lead] = i;
        other_people.push_back(i);
        lead = i;
        break;
      }
      lead = next_lead[lead];
    }
    if (lead == i) {
      leads[i] = true;
    } else {
      diagnostics[lead].related.push_back(diagnostics[i].location);
    }
  }
  first_with.clear();
  next_lead = {};
  // Another person's finding gets a fingerprint of its own, so that a
  // baseline accepts one without the other.
  for (const std::size_t i : other_people) {
    Diagnostic& d = diagnostics[i];
    d.fingerprint = fingerprint_in_file(d.code, d.record, d.fingerprint, d.location.file);
  }
  // Put in report order in place, leads only: a second vector of diagnostics
  // (half a kilobyte each before their strings) was the peak of a large run.
  std::vector<std::size_t> kept;
  kept.reserve(order.size());
  for (const std::size_t i : order) {
    if (leads[i]) kept.push_back(i);
  }
  std::vector<std::size_t> position(diagnostics.size());  // where each original diagnostic is now
  std::vector<std::size_t> holds(diagnostics.size());     // which original diagnostic each place holds
  std::iota(position.begin(), position.end(), 0);
  std::iota(holds.begin(), holds.end(), 0);
  for (std::size_t p = 0; p < kept.size(); ++p) {
    const std::size_t from = position[kept[p]];
    if (from != p) {
      std::swap(diagnostics[p], diagnostics[from]);
      position[holds[p]] = from;
      holds[from] = holds[p];
    }
    holds[p] = kept[p];
    position[kept[p]] = p;
  }
  diagnostics.resize(kept.size());
  report.diagnostics = std::move(diagnostics);
  // Pseudonyms are numbered in report order, so the same inputs give the same tokens.
  model::Redactor redactor(settings.redact);
  for (Diagnostic& diagnostic : report.diagnostics) {
    redactor.resolve_in_place(diagnostic.message);
    redactor.resolve_in_place(diagnostic.predicted_login);
    redactor.resolve_in_place(diagnostic.subject.name);
    for (Subject& related : diagnostic.subject.related) redactor.resolve_in_place(related.name);
  }
  bool failed_any = !all.internal_errors.empty();
  for (const model::FileRecord& file : files) {
    const auto id = static_cast<model::FileId>(&file - files.data());
    FileSummary summary{file.path,     std::string(model::export_kind_name(file.kind)),
                        file.encoding, file.records,
                        bytes[id],     skipped[id],
                        file.failed};
    summary.uaj = file.parameters.uaj;
    summary.school_year = file.parameters.annee_scolaire;
    if (const auto& date = file.parameters.date_export) {
      char text[16];
      std::snprintf(text, sizeof text, "%02d/%02d/%04d", date->day, date->month, date->year);
      summary.export_date = text;
    }
    report.files.push_back(std::move(summary));
    report.records += file.records;
    failed_any = failed_any || file.failed;
  }
  bool fails = false;
  for (const Diagnostic& diagnostic : report.diagnostics) {
    switch (diagnostic.severity) {
      case Severity::error: ++report.errors; break;
      case Severity::warning: ++report.warnings; break;
      case Severity::info: ++report.infos; break;
    }
    fails = fails || diagnostic.severity >= settings.fail_on;
  }
  for (const auto& [rule, count] : all.tallies) {
    if (count == 0) continue;
    report.tallies.push_back({std::string(rule->info.code), count,
                              rules::fill(rule->info.tally.in(settings.language), std::vector{std::to_string(count)})});
  }
  std::sort(report.tallies.begin(), report.tallies.end(),
            [](const Report::Tally& a, const Report::Tally& b) { return a.code < b.code; });
  report.internal_errors = std::move(all.internal_errors);
  report.exit_code = failed_any ? 2 : fails ? 1 : 0;
  report.fail_on = settings.fail_on;
  report.language = settings.language;
  for (const rules::Rule* rule : settings.selected) report.rules_run.emplace_back(rule->info.code);
}

}  // namespace scolint::engine
