// The reports of `scolint diff` (docs/diff.md): a change log by division for
// people, the JSON contract for programs, a page to check before the import,
// and the changes as a lint Report for the CI formats.
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include <scolint/diff.hpp>
#include <scolint/version.hpp>

#include "engine/fingerprint.hpp"
#include "report/counted.hpp"
#include "report/markup.hpp"
#include "report/subject_words.hpp"

namespace scolint {
namespace {

using report::counted;

using Json = nlohmann::ordered_json;

std::string_view severity_word(Severity severity, Language language) {
  const bool fr = language == Language::fr;
  switch (severity) {
    case Severity::error: return fr ? "erreur" : "error";
    case Severity::warning: return fr ? "avertissement" : "warning";
    case Severity::info: return "info";
  }
  return "info";
}

std::string place(const Location& at) {
  if (at.file.empty()) return {};
  return at.file + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

std::string_view why_words(std::string_view why, Language language) {
  const bool fr = language == Language::fr;
  if (why == "old-only") return fr ? "seulement dans l'ancien export" : "only in the old export";
  if (why == "new-only") return fr ? "seulement dans le nouvel export" : "only in the new export";
  if (why == "delta") return fr ? "un delta AAF, pas un export entier" : "an AAF delta, not a whole export";
  return fr ? "un fichier illisible" : "a file could not be read";
}

std::string_view records_words(std::string_view records, Language language) {
  const bool fr = language == Language::fr;
  if (records == "pupils") return fr ? "élèves" : "pupils";
  if (records == "responsables") return "responsables";
  if (records == "staff") return fr ? "personnels" : "staff";
  return "structures";
}

std::string division_title(const std::string& division, Language language) {
  if (division.empty()) return language == Language::fr ? "Établissement" : "School";
  return "Division " + division;  // the same word in both languages
}

// The line that closes the log: counts, then what was and was not compared.
std::string summary_line(const DiffReport& report, Language language) {
  const bool fr = language == Language::fr;
  std::string out = fr ? "Bilan : " : "Summary: ";
  out += fr ? counted(report.changes.size(), "changement", "changements", language)
            : counted(report.changes.size(), "change", "changes", language);
  out += " (" +
         (fr ? counted(report.errors, "erreur", "erreurs", language)
             : counted(report.errors, "error", "errors", language)) +
         ", " +
         (fr ? counted(report.warnings, "avertissement", "avertissements", language)
             : counted(report.warnings, "warning", "warnings", language)) +
         ", " + std::to_string(report.infos) + " info)\n";
  if (!report.counts.empty()) {
    out += fr ? "  par type : " : "  by kind: ";
    bool first = true;
    for (const auto& [kind, count] : report.counts) {
      out += (first ? "" : ", ") + kind + " ×" + std::to_string(count);
      first = false;
    }
    out += '\n';
  }
  if (!report.compared.empty()) {
    out += fr ? "  comparés : " : "  compared: ";
    for (std::size_t i = 0; i < report.compared.size(); ++i) {
      out += (i > 0 ? ", " : "") + std::string(records_words(report.compared[i].records, language)) + " (" +
             report.compared[i].kind + ")";
    }
    out += '\n';
  }
  for (const DiffReport::NotCompared& left : report.not_compared) {
    out += (fr ? "  non comparés : " : "  not compared: ") + std::string(records_words(left.records, language)) + " (" +
           left.kind + ")" + (fr ? " : " : ": ") + std::string(why_words(left.why, language)) + "\n";
  }
  return out;
}

Json location_json(const Location& at) { return Json{{"file", at.file}, {"line", at.line}, {"column", at.column}}; }

Json subject_json(const Subject& subject) {
  Json out = Json::object();
  auto text = [&](const char* key, const std::string& value) {
    if (!value.empty()) out[key] = value;
  };
  text("kind", subject.kind);
  text("id", subject.id);
  text("name", subject.name);
  text("division", subject.division);
  text("relation", subject.relation);
  if (!subject.related.empty()) {
    Json children = Json::array();
    for (const Subject& related : subject.related) children.push_back(subject_json(related));
    out["children"] = std::move(children);
  }
  return out;
}

Json files_json(const std::vector<FileSummary>& files) {
  Json out = Json::array();
  for (const FileSummary& file : files) {
    Json entry{{"path", file.path}, {"kind", file.kind}, {"encoding", file.encoding}, {"records", file.records}};
    if (file.failed) entry["failed"] = true;
    if (file.skipped) entry["skipped"] = true;
    if (!file.uaj.empty()) entry["uaj"] = file.uaj;
    if (!file.school_year.empty()) entry["school_year"] = file.school_year;
    if (!file.export_date.empty()) entry["export_date"] = file.export_date;
    out.push_back(std::move(entry));
  }
  return Json{{"files", std::move(out)}};
}

}  // namespace

std::string render_diff_text(const DiffReport& report, const TextStyle& style) {
  const Language language = style.language;
  if (report.changes.empty() && report.problems.empty() && report.not_compared.empty()) return {};
  const auto paint = [&style](std::string_view code, std::string_view text) {
    return style.color ? "\x1b[" + std::string(code) + "m" + std::string(text) + "\x1b[0m" : std::string(text);
  };
  auto severity = [&](Severity s) {
    return paint(s == Severity::error ? "1;31" : s == Severity::warning ? "1;33" : "1;36", severity_word(s, language));
  };
  std::ostringstream out;
  for (const Diagnostic& problem : report.problems) {
    out << paint("1", place(problem.location) + ":") << ' ' << severity(problem.severity) << ": " << problem.message
        << " [" << problem.code << ' ' << problem.rule << "]\n";
  }
  bool first = true;
  const std::string* division = nullptr;
  for (const Change& change : report.changes) {
    if (division == nullptr || *division != change.division) {
      out << (first && report.problems.empty() ? "" : "\n")
          << paint("1", "== " + division_title(change.division, language) + " ==") << '\n';
      division = &change.division;
      first = false;
    }
    const std::string where = place(change.location.file.empty() ? change.old_location : change.location);
    out << (where.empty() ? "" : paint("1", where + ":") + " ") << severity(change.severity) << ": " << change.message
        << " [" << change.kind << "]\n";
    if (style.show_hints && !change.hint.empty()) {
      out << "  " << paint("32", language == Language::fr ? "conseil : " : "hint: ") << change.hint << '\n';
    }
  }
  if (style.show_summary)
    out << (report.changes.empty() && report.problems.empty() ? "" : "\n") << summary_line(report, language);
  return out.str();
}

std::string render_diff_json(const DiffReport& report) {
  Json changes = Json::array();
  for (const Change& change : report.changes) {
    Json entry{{"kind", change.kind}, {"severity", severity_name(change.severity)}};
    if (!change.subject.kind.empty()) entry["subject"] = subject_json(change.subject);
    entry["old"] = change.old_value;
    entry["new"] = change.new_value;
    entry["message"] = change.message;
    entry["hint"] = change.hint;
    if (!change.record.empty()) entry["record"] = change.record;
    if (!change.division.empty()) entry["division"] = change.division;
    if (!change.location.file.empty()) entry["location"] = location_json(change.location);
    if (!change.old_location.file.empty()) entry["old_location"] = location_json(change.old_location);
    changes.push_back(std::move(entry));
  }
  Json problems = Json::array();
  for (const Diagnostic& problem : report.problems) {
    problems.push_back({{"code", problem.code},
                        {"rule", problem.rule},
                        {"severity", severity_name(problem.severity)},
                        {"location", location_json(problem.location)},
                        {"message", problem.message}});
  }
  Json compared = Json::array();
  for (const DiffReport::Compared& unit : report.compared) {
    compared.push_back({{"kind", unit.kind}, {"records", unit.records}});
  }
  Json not_compared = Json::array();
  for (const DiffReport::NotCompared& left : report.not_compared) {
    not_compared.push_back({{"kind", left.kind}, {"records", left.records}, {"why", left.why}});
  }
  Json by_kind = Json::object();
  for (const auto& [kind, count] : report.counts) by_kind[kind] = count;
  const Json out{{"schema_version", 1},
                 {"tool", {{"name", "scolint"}, {"version", version_string}}},
                 {"language", report.language == Language::fr ? "fr" : "en"},
                 {"old", files_json(report.old_files)},
                 {"new", files_json(report.new_files)},
                 {"compared", std::move(compared)},
                 {"not_compared", std::move(not_compared)},
                 {"problems", std::move(problems)},
                 {"changes", std::move(changes)},
                 {"summary",
                  {{"changes", report.changes.size()},
                   {"errors", report.errors},
                   {"warnings", report.warnings},
                   {"infos", report.infos},
                   {"by_kind", std::move(by_kind)},
                   {"fail_on", severity_name(report.fail_on)},
                   {"exit_code", report.exit_code}}}};
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string render_diff_html(const DiffReport& report) {
  const Language language = report.language;
  const bool fr = language == Language::fr;
  using report::escape_markup;
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"" << (fr ? "fr" : "en") << "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
      << (fr ? "scolint — changements avant l'import" : "scolint — changes before the import") << "</title>\n"
      << "<style>\nbody{font-family:system-ui,sans-serif;margin:1.5em;max-width:70em}"
         "table{border-collapse:collapse;width:100%;table-layout:fixed}th:first-child{width:9em}th:nth-child(2){width:"
         "55%}td,th{border-bottom:1px solid #ddd;padding:.3em;text-align:left;"
         "vertical-align:top}.error{color:#b00020;font-weight:bold}.warning{color:#8a5a00;font-weight:bold}"
         ".info{color:#055}.hint{color:#333;font-size:.9em}.where{color:#666;font-size:.8em}"
         "section{page-break-inside:avoid;margin-top:1.5em}@media print{.noprint{display:none}}\n</style>\n"
      << "</head>\n<body>\n<h1>" << (fr ? "Changements entre les deux exports" : "Changes between the two exports")
      << "</h1>\n<pre>" << escape_markup(summary_line(report, language)) << "</pre>\n";
  if (!report.problems.empty()) {
    out << "<section><h2>" << (fr ? "Fichiers illisibles" : "Unreadable files") << "</h2><ul>\n";
    for (const Diagnostic& problem : report.problems) {
      out << "<li><span class=\"where\">" << escape_markup(place(problem.location)) << "</span> "
          << escape_markup(problem.message) << "</li>\n";
    }
    out << "</ul></section>\n";
  }
  const std::string* division = nullptr;
  for (const Change& change : report.changes) {
    if (division == nullptr || *division != change.division) {
      if (division != nullptr) out << "</tbody></table></section>\n";
      out << "<section><h2>" << escape_markup(division_title(change.division, language))
          << "</h2>\n<table><thead><tr><th>" << (fr ? "gravité" : "severity") << "</th><th>"
          << (fr ? "changement" : "change") << "</th><th>" << (fr ? "à faire" : "to do")
          << "</th></tr></thead><tbody>\n";
      division = &change.division;
    }
    const std::string name(severity_name(change.severity));
    const std::string where = place(change.location.file.empty() ? change.old_location : change.location);
    out << "<tr><td class=\"" << name << "\">" << escape_markup(severity_word(change.severity, language)) << "</td><td>"
        << escape_markup(change.message) << "<br><span class=\"where\">" << escape_markup(change.kind)
        << (where.empty() ? "" : " — " + escape_markup(where)) << "</span></td><td class=\"hint\">"
        << escape_markup(change.hint) << "</td></tr>\n";
  }
  if (division != nullptr) out << "</tbody></table></section>\n";
  if (report.changes.empty()) {
    out << "<p>" << (fr ? "Aucun changement." : "No change.") << "</p>\n";
  }
  out << "</body>\n</html>\n";
  return out.str();
}

Report diff_as_report(const DiffReport& report) {
  Report out;
  out.language = report.language;
  out.files = report.new_files;
  out.diagnostics = report.problems;
  std::map<std::pair<std::string, std::string>, std::size_t> seen;  // the same kind and record more than once
  for (const Change& change : report.changes) {
    Diagnostic d;
    d.code = change.kind;
    d.rule = change.kind;
    d.severity = change.severity;
    d.location = change.location.file.empty() ? change.old_location : change.location;
    if (!change.location.file.empty() && !change.old_location.file.empty()) d.related.push_back(change.old_location);
    d.message = change.message;
    d.hint = change.hint;
    d.record = change.record;
    d.division = change.division;
    d.subject = change.subject;
    const std::size_t index = seen[{change.kind, change.record}]++;
    d.fingerprint = engine::fingerprint(change.kind, change.record, std::to_string(index));
    out.diagnostics.push_back(std::move(d));
  }
  out.errors = report.errors;
  out.warnings = report.warnings;
  out.infos = report.infos;
  for (const Diagnostic& problem : report.problems) {
    switch (problem.severity) {
      case Severity::error: ++out.errors; break;
      case Severity::warning: ++out.warnings; break;
      case Severity::info: ++out.infos; break;
    }
  }
  out.exit_code = report.exit_code;
  out.fail_on = report.fail_on;
  return out;
}

}  // namespace scolint
