// The report a secretariat opens in a browser: one file, no network, French
// by default. Findings appear twice: by division (what to fix class by
// class) and by rule (what kind of fix). Filtering is a few lines of inline
// script: a search box and severity boxes; `#q=text` in the URL pre-fills it.
#include <map>
#include <sstream>

#include <scolint/report.hpp>
#include <scolint/version.hpp>

#include "report/markup.hpp"
#include "report/subject_words.hpp"

namespace scolint {
namespace {

using report::escape_markup;

struct Words {
  const char* title;
  const char* summary;
  const char* by_division;
  const char* by_rule;
  const char* no_division;
  const char* search;
  const char* error;
  const char* warning;
  const char* info;
  const char* hint;
  const char* login;
  const char* files;
  const char* records;
  const char* none;
};

constexpr Words french{"Rapport scolint", "Bilan", "Par division", "Par règle", "Sans division", "Rechercher…",
                       "erreur", "avertissement", "info", "Conseil", "Identifiant ENT prévu", "fichier(s)",
                       "enregistrement(s)", "Aucun constat."};
constexpr Words english{"scolint report", "Summary", "By division", "By rule", "No division", "Search…", "error",
                        "warning", "info", "Hint", "Predicted ENT login", "file(s)", "record(s)", "No finding."};

const char* severity_word(Severity severity, const Words& w) {
  switch (severity) {
    case Severity::error: return w.error;
    case Severity::warning: return w.warning;
    case Severity::info: return w.info;
  }
  return w.info;
}

void finding(std::ostringstream& out, const Diagnostic& d, const Words& w, Language language) {
  const std::string_view severity = severity_name(d.severity);
  out << "<li class=\"finding " << severity << "\" data-severity=\"" << severity << "\" data-code=\"" << escape_markup(d.code)
      << "\"><span class=\"badge\">" << severity_word(d.severity, w) << "</span> <code>" << escape_markup(d.code) << "</code> "
      << escape_markup(d.message);
  if (const std::string about = report::subject_words(d.subject, language); !about.empty()) {
    out << "<div class=\"about\">" << escape_markup(about) << "</div>";
  }
  out << "<div class=\"where\">" << escape_markup(d.location.file) << ":" << d.location.line << ":"
      << d.location.column;
  if (!d.record.empty()) out << " · " << escape_markup(d.record);
  out << "</div>";
  if (!d.predicted_login.empty()) out << "<div class=\"login\">" << w.login << " : <code>" << escape_markup(d.predicted_login) << "</code></div>";
  if (!d.hint.empty()) out << "<div class=\"hint\"><b>" << w.hint << " :</b> " << escape_markup(d.hint) << "</div>";
  out << "</li>\n";
}

}  // namespace

std::string render_html(const Report& report, Language language) {
  const Words& w = language == Language::fr ? french : english;
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"" << (language == Language::fr ? "fr" : "en") << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" << w.title << "</title>\n<style>\n"
      << "body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem;color:#222}\n"
      << "h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}h3{font-size:1rem}\n"
      << "ul{list-style:none;padding:0}.finding{border-left:4px solid #888;margin:.5rem 0;padding:.3rem .6rem;background:#fafafa}\n"
      << ".error{border-color:#c62828}.warning{border-color:#ef8f00}.info{border-color:#1565c0}\n"
      << ".badge{font-weight:bold}.where{color:#555;font-size:.85rem}.hint{margin-top:.2rem}.login{font-size:.9rem}.about{font-weight:600}\n"
      << ".counts span{margin-right:1.5rem}#filters{position:sticky;top:0;background:#fff;padding:.5rem 0}\n"
      << "</style>\n</head>\n<body>\n<h1>" << w.title << "</h1>\n";

  out << "<section id=\"summary\"><h2>" << w.summary << "</h2><p class=\"counts\"><span>" << report.errors << " "
      << w.error << "(s)</span><span>" << report.warnings << " " << w.warning << "(s)</span><span>" << report.infos << " "
      << w.info << "</span><span>" << report.files.size() << " " << w.files << "</span><span>" << report.records << " "
      << w.records << "</span></p>\n<ul>";
  for (const FileSummary& file : report.files) {
    out << "<li>" << escape_markup(file.path) << " — " << escape_markup(file.kind);
    if (!file.encoding.empty()) out << ", " << escape_markup(file.encoding);
    out << ", " << file.records << " " << w.records << "</li>";
  }
  out << "</ul></section>\n";

  out << "<div id=\"filters\"><input id=\"q\" type=\"search\" placeholder=\"" << w.search << "\" size=\"40\">"
      << " <label><input type=\"checkbox\" value=\"error\" checked> " << w.error << "</label>"
      << " <label><input type=\"checkbox\" value=\"warning\" checked> " << w.warning << "</label>"
      << " <label><input type=\"checkbox\" value=\"info\" checked> " << w.info << "</label></div>\n";

  if (report.diagnostics.empty()) out << "<p>" << w.none << "</p>\n";

  std::map<std::string, std::vector<const Diagnostic*>> by_division;
  std::map<std::string, std::vector<const Diagnostic*>> by_code;
  for (const Diagnostic& d : report.diagnostics) {
    by_division[d.division].push_back(&d);
    by_code[d.code].push_back(&d);
  }
  out << "<section id=\"by-division\"><h2>" << w.by_division << "</h2>\n";
  for (const auto& [division, findings] : by_division) {
    out << "<h3>" << (division.empty() ? w.no_division : escape_markup(division)) << " (" << findings.size() << ")</h3><ul>\n";
    for (const Diagnostic* d : findings) finding(out, *d, w, language);
    out << "</ul>\n";
  }
  out << "</section>\n<section id=\"by-rule\"><h2>" << w.by_rule << "</h2>\n";
  for (const auto& [code, findings] : by_code) {
    out << "<h3><code>" << escape_markup(code) << "</code> " << escape_markup(findings.front()->rule) << " (" << findings.size()
        << ")</h3><ul>\n";
    for (const Diagnostic* d : findings) finding(out, *d, w, language);
    out << "</ul>\n";
  }
  out << "</section>\n<footer><p>scolint " << version_string << "</p></footer>\n"
      << "<script>\n"
      << "(function(){var q=document.getElementById('q');"
      << "var boxes=document.querySelectorAll('#filters input[type=checkbox]');"
      << "function apply(){var text=q.value.toLowerCase();var shown={};"
      << "boxes.forEach(function(b){shown[b.value]=b.checked;});"
      << "document.querySelectorAll('.finding').forEach(function(li){"
      << "li.hidden=!(shown[li.dataset.severity]&&li.textContent.toLowerCase().indexOf(text)>=0);});}"
      << "q.addEventListener('input',apply);boxes.forEach(function(b){b.addEventListener('change',apply);});"
      << "var m=/[#&]q=([^&]*)/.exec(location.hash);if(m){q.value=decodeURIComponent(m[1]);}apply();})();\n"
      << "</script>\n</body>\n</html>\n";
  return out.str();
}

}  // namespace scolint
