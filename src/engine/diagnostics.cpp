#include "engine/diagnostics.hpp"

#include <algorithm>
#include <tuple>

#include "engine/fingerprint.hpp"
#include "model/personal.hpp"
#include "rules/phrase.hpp"

namespace scolint::engine {
namespace {

// Where a record is fixed, for hints that say "{fiche}": the application and
// the screen a secretariat opens for that kind of record.
std::string_view screen_of(model::RecordKind kind, Language language) {
  const bool fr = language == Language::fr;
  switch (kind) {
    case model::RecordKind::pupil: return fr ? "SIECLE-BEE (fiche de l'élève)" : "SIECLE-BEE (the pupil's record)";
    case model::RecordKind::responsable:
      return fr ? "SIECLE-BEE (fiche du responsable)" : "SIECLE-BEE (the responsable's record)";
    case model::RecordKind::address:
      return fr ? "SIECLE-BEE (adresse de la fiche du responsable)" : "SIECLE-BEE (the responsable's address)";
    case model::RecordKind::staff:
      return fr ? "STS-Web (Personnels, ou par le gestionnaire académique pour un personnel de la base EPP)"
                : "STS-Web (Personnels, or through the academy's officer for staff from the EPP base)";
    default: break;
  }
  return fr ? "SIECLE-BEE ou STS-Web" : "SIECLE-BEE or STS-Web";
}

std::string with_screen(std::string_view hint, model::RecordKind kind, Language language) {
  static constexpr std::string_view mark = "{fiche}";
  std::string out(hint);
  if (const auto at = out.find(mark); at != std::string::npos) out.replace(at, mark.size(), screen_of(kind, language));
  return out;
}

}  // namespace

Location locate(const std::vector<model::FileRecord>& files, const model::SourceLocation& at) {
  return {at.file < files.size() ? files[at.file].path : std::string(), at.line, at.column};
}

std::vector<std::size_t> report_order(const std::vector<Diagnostic>& diagnostics) {
  // Files by the order of their paths: a run names few of them.
  std::vector<std::string_view> paths;
  for (const Diagnostic& diagnostic : diagnostics) {
    if (paths.empty() || paths.back() != diagnostic.location.file) paths.push_back(diagnostic.location.file);
  }
  std::sort(paths.begin(), paths.end());
  paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
  struct Key {
    std::uint32_t file;
    std::uint32_t line;
    std::uint32_t column;
    std::uint32_t index;
  };
  std::vector<Key> keys;
  keys.reserve(diagnostics.size());
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const Location& at = diagnostics[i].location;
    const auto file = std::lower_bound(paths.begin(), paths.end(), at.file) - paths.begin();
    keys.push_back({static_cast<std::uint32_t>(file), at.line, at.column, static_cast<std::uint32_t>(i)});
  }
  std::sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
    if (std::tie(a.file, a.line, a.column) != std::tie(b.file, b.line, b.column)) {
      return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    }
    const Diagnostic& left = diagnostics[a.index];
    const Diagnostic& right = diagnostics[b.index];
    if (std::tie(left.code, left.message) != std::tie(right.code, right.message)) {
      return std::tie(left.code, left.message) < std::tie(right.code, right.message);
    }
    return a.index < b.index;
  });
  std::vector<std::size_t> order;
  order.reserve(keys.size());
  for (const Key& key : keys) order.push_back(key.index);
  return order;
}

Diagnostic to_diagnostic(const RawFinding& raw, const std::vector<model::FileRecord>& files, const Settings& settings) {
  const Language language = settings.language;
  const rules::RuleInfo& info = raw.rule->info;
  Diagnostic diagnostic;
  diagnostic.code = info.code;
  diagnostic.rule = info.slug;
  const auto override = settings.severities.find(std::string(info.code));
  diagnostic.severity = override != settings.severities.end() ? override->second : info.severity;
  diagnostic.location = locate(files, raw.finding.location);
  const rules::Phrase& wording = raw.finding.variant > 0 && raw.finding.variant <= info.variants.size()
                                     ? info.variants[raw.finding.variant - 1]
                                     : info.message;
  diagnostic.message = rules::fill(wording.in(language), raw.finding.args);
  diagnostic.hint = with_screen(info.hint.in(language), raw.finding.record.kind, language);
  diagnostic.record = raw.finding.record.str();
  // Exactly: a related place is a path and two numbers, and L001 gives ten a finding.
  diagnostic.related.reserve(raw.finding.related.size());
  for (const auto& related : raw.finding.related) diagnostic.related.push_back(locate(files, related));
  // Resolved (kept or pseudonymised) once the report is in its final order.
  if (!raw.finding.predicted_login.empty()) {
    diagnostic.predicted_login = model::personal(model::PersonalKind::login, raw.finding.predicted_login);
  }
  // A row known by its line ("L2") is told apart from another file's "L2" by
  // its file's name (not its path: a checkout elsewhere keeps the baseline).
  diagnostic.fingerprint =
      raw.finding.record.known_by_line()
          ? fingerprint_in_file(info.code, diagnostic.record, raw.finding.key, diagnostic.location.file)
          : fingerprint(info.code, diagnostic.record, raw.finding.key);
  return diagnostic;
}

}  // namespace scolint::engine
