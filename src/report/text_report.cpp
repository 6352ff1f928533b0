// The gcc-like report of docs/output.md, for a terminal or a log.
#include <map>
#include <sstream>

#include <scolint/report.hpp>

#include "report/subject_words.hpp"

namespace scolint {
namespace {

struct Words {
  std::string_view error, warning, info, hint, see_also, login, summary, errors, warnings, infos, in_files, records,
      by_rule, skipped, missing, internal;
};

constexpr Words french{"erreur", "avertissement", "info", "conseil : ", "voir aussi : ", "identifiant ENT prévu : ",
                       "Bilan : ", "erreur", "avertissement", "info", "fichier", "enregistrement", "par règle : ",
                       "vérifications croisées non faites (export manquant : ", ") : ", "erreur interne dans la règle "};
constexpr Words english{"error", "warning", "info", "hint: ", "see also: ", "predicted ENT login: ", "Summary: ",
                        "error", "warning", "info", "file", "record", "by rule: ",
                        "cross-checks not run (missing export: ", "): ", "internal error in rule "};

std::string plural(std::uint64_t count, std::string_view word, Language language) {
  std::string out = std::to_string(count) + " " + std::string(word);
  // "info" is invariable in both languages.
  const bool many = language == Language::fr ? count > 1 : count != 1;
  if (many && word != "info" && !(language == Language::fr && word.ends_with('s'))) out += 's';
  return out;
}

// Why a rule was not checked in a file, by NotChecked::missing (a stable name).
struct LackingReason {
  std::string_view missing, fr, en;
};
constexpr LackingReason lacking_reasons[]{
    {"pupil-ine", "faute d'INE des élèves dans le fichier", "for want of pupils' INE in the file"},
    {"pupil-birth-date", "faute de date de naissance des élèves dans le fichier",
     "for want of pupils' birth date in the file"},
    {"pupil-division", "faute de division des élèves dans le fichier", "for want of pupils' division in the file"},
    {"pupil-responsables", "faute de responsables légaux des élèves dans le fichier",
     "for want of pupils' legal responsables in the file"},
    {"staff-birth-date", "faute de date de naissance des personnels dans le fichier",
     "for want of staff birth date in the file"},
    {"responsable-address", "faute d'adresse des responsables dans le fichier",
     "for want of the responsables' address in the file"},
    {"names", "faute de colonne de nom ou de prénom (F007)", "for want of a name or first name column (F007)"},
    {"whole-export", "le fichier étant un delta (des modifications, pas l'export entier)",
     "the file being a delta (changes, not the whole export)"},
};

std::string_view lacking_reason(std::string_view missing, Language language) {
  for (const LackingReason& reason : lacking_reasons) {
    if (reason.missing == missing) return language == Language::fr ? reason.fr : reason.en;
  }
  return missing;
}

std::string location_text(const Location& at) {
  return at.file + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

}  // namespace

std::string render_text(const Report& report, const TextStyle& style) {
  const Words& w = style.language == Language::fr ? french : english;
  const auto paint = [&style](std::string_view code, const std::string& text) {
    return style.color ? "\x1b[" + std::string(code) + "m" + text + "\x1b[0m" : text;
  };
  std::ostringstream out;
  for (const Diagnostic& d : report.diagnostics) {
    std::string severity;
    switch (d.severity) {
      case Severity::error: severity = paint("1;31", std::string(w.error)); break;
      case Severity::warning: severity = paint("1;33", std::string(w.warning)); break;
      case Severity::info: severity = paint("1;36", std::string(w.info)); break;
    }
    out << paint("1", location_text(d.location) + ":") << ' ' << severity << ": " << d.message << " ["
        << d.code << ' ' << d.rule << "]\n";
    if (const std::string about = report::subject_words(d.subject, style.language); !about.empty()) {
      out << "  " << (style.language == Language::fr ? "concerne : " : "about: ") << about << '\n';
    }
    if (!d.predicted_login.empty()) out << "  " << w.login << d.predicted_login << '\n';
    for (const Location& related : d.related) out << "  " << w.see_also << location_text(related) << '\n';
    if (style.show_hints && !d.hint.empty()) out << "  " << paint("32", std::string(w.hint)) << d.hint << '\n';
  }
  for (const std::string& error : report.internal_errors) out << w.internal << error << '\n';
  if (!style.show_summary) return out.str();

  out << w.summary << plural(report.errors, w.errors, style.language) << ", "
      << plural(report.warnings, w.warnings, style.language) << ", " << plural(report.infos, w.infos, style.language)
      << (style.language == Language::fr ? " dans " : " in ") << plural(report.files.size(), w.in_files, style.language)
      << " (" << plural(report.records, w.records, style.language) << ")\n";
  std::map<std::string, std::uint64_t> per_code;
  for (const Diagnostic& d : report.diagnostics) ++per_code[d.code];
  for (const auto& [code, count] : report.omitted) per_code[code] += count;  // counts stay complete under --limit
  if (!per_code.empty()) {
    out << "  " << w.by_rule;
    bool first = true;
    for (const auto& [code, count] : per_code) {
      out << (first ? "" : ", ") << code << " ×" << count;
      first = false;
    }
    out << '\n';
  }
  // Group skipped checks by what is missing, so the line says what to add.
  std::map<std::string, std::string> skipped;
  for (const SkippedCheck& check : report.skipped_checks) {
    std::string missing;
    for (const auto& kind : check.missing) missing += (missing.empty() ? "" : ", ") + kind;
    auto& codes = skipped[missing];
    codes += (codes.empty() ? "" : ", ") + check.code;
  }
  for (const auto& [missing, codes] : skipped) out << "  " << w.skipped << missing << w.missing << codes << '\n';
  for (const Report::Tally& tally : report.tallies) {
    out << "  " << tally.code << (style.language == Language::fr ? " : " : ": ") << tally.message << '\n';
  }
  // Rules not checked for want of a column: one line per rule and column, with its files.
  std::map<std::pair<std::string, std::string>, std::string> unchecked;
  for (const NotChecked& entry : report.not_checked) {
    auto& files = unchecked[{entry.code, entry.missing}];
    files += (files.empty() ? "" : ", ") + entry.file;
  }
  for (const auto& [what, files] : unchecked) {
    out << "  " << what.first << (style.language == Language::fr ? " non vérifiée, " : " not checked, ")
        << lacking_reason(what.second, style.language) << (style.language == Language::fr ? " : " : ": ") << files
        << '\n';
  }
  std::uint64_t skipped_files = 0;
  for (const FileSummary& file : report.files) skipped_files += file.skipped ? 1 : 0;
  if (skipped_files > 0) {
    out << "  " << (style.language == Language::fr ? "fichiers d'un type non retenu (kinds), non lus : "
                                                    : "files of a kind left out (kinds), not read: ")
        << skipped_files << '\n';
  }
  if (!report.omitted.empty()) {
    out << "  " << (style.language == Language::fr ? "non affichés (--limit) : " : "not shown (--limit): ");
    bool first_omitted = true;
    for (const auto& [code, count] : report.omitted) {
      out << (first_omitted ? "" : ", ") << code << " ×" << count;
      first_omitted = false;
    }
    out << '\n';
  }
  if (report.baseline_applied) {
    const bool fr = style.language == Language::fr;
    out << "  " << (fr ? "ligne de base : " : "baseline: ") << report.baseline_hidden
        << (fr ? " constat(s) déjà accepté(s) masqué(s)" : " accepted finding(s) hidden");
    if (!report.baseline_stale.empty()) {
      out << ", " << report.baseline_stale.size()
          << (fr ? " entrée(s) périmée(s) (corrigées : régénérez la ligne de base avec --write-baseline) : "
                 : " stale entr(ies) (fixed: regenerate the baseline with --write-baseline): ");
      for (std::size_t i = 0; i < report.baseline_stale.size(); ++i) out << (i ? ", " : "") << report.baseline_stale[i];
    }
    out << '\n';
  }
  return out.str();
}

}  // namespace scolint
