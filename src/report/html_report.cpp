// The report a secretariat opens in a browser and prints: one file, no
// network, French by default (docs/html-report.md). A to-do list: the
// summary first, then the findings class by class — errors first, the
// responsables under their children's class, info and long runs folded — each
// class a section that prints on its own pages for its professeur principal;
// then the rules, each with its page one click away. A search box and
// severity boxes filter; `#q=text` in the URL pre-fills the search.
#include <algorithm>
#include <map>
#include <sstream>
#include <string_view>

#include <scolint/linter.hpp>
#include <scolint/report.hpp>
#include <scolint/version.hpp>

#include "report/markup.hpp"
#include "report/subject_words.hpp"

namespace scolint {
namespace {

using report::escape_markup;

// A rule with more findings than this in one class is folded under its count.
constexpr std::size_t fold_after = 8;

struct Words {
  std::string_view title, summary, by_division, by_rule, no_division, search, error, warning, info, hint, login, files,
      records, none, print, rule_page, more_findings, file, kind, uaj, year, exported, encoding, count, rule, severity,
      classes, infos_folded, records_by_kind;
};

constexpr Words french{"Rapport scolint",
                       "Bilan",
                       "Par division",
                       "Par règle",
                       "Sans division",
                       "Rechercher…",
                       "erreur",
                       "avertissement",
                       "info",
                       "Conseil",
                       "Identifiant ENT prévu",
                       "fichier(s)",
                       "enregistrement(s)",
                       "Aucun constat.",
                       "Imprimer cette division",
                       "Explication de la règle",
                       "constats",
                       "fichier",
                       "type",
                       "UAJ",
                       "année",
                       "exporté le",
                       "encodage",
                       "nombre",
                       "règle",
                       "sévérité",
                       "Divisions",
                       "info(s), à vérifier",
                       "Enregistrements par type d'export"};
constexpr Words english{"scolint report",
                        "Summary",
                        "By division",
                        "By rule",
                        "No division",
                        "Search…",
                        "error",
                        "warning",
                        "info",
                        "Hint",
                        "Predicted ENT login",
                        "file(s)",
                        "record(s)",
                        "No finding.",
                        "Print this division",
                        "What the rule says",
                        "findings",
                        "file",
                        "kind",
                        "UAJ",
                        "year",
                        "exported",
                        "encoding",
                        "count",
                        "rule",
                        "severity",
                        "Divisions",
                        "info(s), to check",
                        "Records by export kind"};

std::string_view severity_word(Severity severity, const Words& w) {
  switch (severity) {
    case Severity::error: return w.error;
    case Severity::warning: return w.warning;
    case Severity::info: return w.info;
  }
  return w.info;
}

// An id for a division's section: letters and digits kept, the rest as hex.
std::string anchor(std::string_view prefix, std::string_view name) {
  static constexpr std::string_view hex = "0123456789abcdef";
  std::string out(prefix);
  for (const char c : name) {
    const auto byte = static_cast<unsigned char>(c);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      out += c;
    } else {
      out += '_';
      out += hex[byte >> 4U];
      out += hex[byte & 0xFU];
    }
  }
  return out;
}

void finding(std::ostringstream& out, const Diagnostic& d, const Words& w, Language language) {
  const std::string_view severity = severity_name(d.severity);
  out << "<li class=\"finding " << severity << "\" data-severity=\"" << severity << "\" data-code=\""
      << escape_markup(d.code) << "\"><span class=\"badge\">" << severity_word(d.severity, w) << "</span> <a href=\"#"
      << anchor("rule-", d.code) << "\"><code>" << escape_markup(d.code) << "</code></a> ";
  if (const std::string about = report::subject_words(d.subject, language); !about.empty()) {
    out << "<span class=\"about\">" << escape_markup(about) << "</span> — ";
  }
  out << escape_markup(d.message) << "<div class=\"where\">" << escape_markup(d.location.file) << ":" << d.location.line
      << ":" << d.location.column;
  if (!d.record.empty()) out << " · " << escape_markup(d.record);
  out << "</div>";
  if (!d.predicted_login.empty()) {
    out << "<div class=\"login\">" << w.login << " : <code>" << escape_markup(d.predicted_login) << "</code></div>";
  }
  if (!d.hint.empty()) out << "<div class=\"hint\"><b>" << w.hint << " :</b> " << escape_markup(d.hint) << "</div>";
  out << "</li>\n";
}

// The findings of one class (or one rule), errors first, then warnings; a
// rule with many findings folded under its count; the infos folded apart.
void findings_list(std::ostringstream& out, const std::vector<const Diagnostic*>& findings, const Words& w,
                   Language language) {
  for (const Severity severity : {Severity::error, Severity::warning, Severity::info}) {
    std::map<std::string, std::vector<const Diagnostic*>> by_code;
    std::size_t count = 0;
    for (const Diagnostic* d : findings) {
      if (d->severity == severity) {
        by_code[d->code].push_back(d);
        ++count;
      }
    }
    if (count == 0) continue;
    if (severity == Severity::info) {
      out << "<details class=\"infos\"><summary>" << count << " " << w.infos_folded << "</summary>\n";
    }
    for (const auto& [code, list] : by_code) {
      const bool fold = list.size() > fold_after;
      if (fold) {
        out << "<details class=\"many\"><summary><code>" << escape_markup(code) << "</code> "
            << escape_markup(list.front()->rule) << " — " << list.size() << " " << w.more_findings << "</summary>\n";
      }
      out << "<ul>\n";
      for (const Diagnostic* d : list) finding(out, *d, w, language);
      out << "</ul>\n";
      if (fold) out << "</details>\n";
    }
    if (severity == Severity::info) out << "</details>\n";
  }
}

// A rule page (Markdown, rules/*/*.md) as HTML: headings, paragraphs, code
// blocks; tables kept as preformatted lines. The pages are ours, simple.
std::string page_html(std::string_view markdown, Language language) {
  auto heading = [language](std::string_view title) -> std::string {
    if (language != Language::fr) return std::string(title);
    if (title == "What it checks") return "Ce qui est vérifié";
    if (title == "Why it matters") return "Pourquoi c'est important";
    if (title == "Example (bad)") return "Exemple à corriger";
    if (title == "Fix") return "Corriger";
    return std::string(title);
  };
  std::string out;
  std::string paragraph;
  bool code = false;
  bool table = false;
  auto flush = [&] {
    if (!paragraph.empty()) out += "<p>" + escape_markup(paragraph) + "</p>";
    paragraph.clear();
  };
  std::size_t start = 0;
  while (start <= markdown.size()) {
    const std::size_t end = std::min(markdown.find('\n', start), markdown.size());
    const std::string_view line = markdown.substr(start, end - start);
    start = end + 1;
    if (line.starts_with("```")) {
      flush();
      out += code ? "</pre>" : "<pre>";
      code = !code;
      continue;
    }
    if (code) {
      out += escape_markup(line) + "\n";
      continue;
    }
    const bool row = line.starts_with('|');
    if (table && !row) out += "</pre>";
    if (row && !table) {
      flush();
      out += "<pre class=\"table\">";
    }
    table = row;
    if (row) {
      out += escape_markup(line) + "\n";
    } else if (line.starts_with("# ")) {
      flush();  // the page's title: the section says it already
    } else if (line.starts_with("## ")) {
      flush();
      out += "<h4>" + escape_markup(heading(line.substr(3))) + "</h4>";
    } else if (line.empty()) {
      flush();
    } else {
      if (!paragraph.empty()) paragraph += ' ';
      paragraph += line;
    }
    if (end == markdown.size()) break;
  }
  flush();
  if (table) out += "</pre>";
  if (code) out += "</pre>";
  return out;
}

void summary(std::ostringstream& out, const Report& report, const Words& w) {
  out << "<section id=\"summary\"><h2>" << w.summary << "</h2><p class=\"counts\"><span class=\"error\">"
      << report.errors << " " << w.error << "(s)</span><span class=\"warning\">" << report.warnings << " " << w.warning
      << "(s)</span><span class=\"info\">" << report.infos << " " << w.info << "</span><span>" << report.files.size()
      << " " << w.files << "</span><span>" << report.records << " " << w.records << "</span></p>\n";
  // By rule, errors first, then the biggest counts.
  std::map<std::string, std::pair<const Diagnostic*, std::size_t>> rules;
  for (const Diagnostic& d : report.diagnostics) {
    auto& [first, count] = rules[d.code];
    if (first == nullptr) first = &d;
    ++count;
  }
  for (const auto& [code, count] : report.omitted) rules[code].second += count;
  std::vector<std::pair<std::string, std::pair<const Diagnostic*, std::size_t>>> ordered(rules.begin(), rules.end());
  std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
    const Severity sa = a.second.first != nullptr ? a.second.first->severity : Severity::info;
    const Severity sb = b.second.first != nullptr ? b.second.first->severity : Severity::info;
    return sa != sb ? sa > sb : a.second.second > b.second.second;
  });
  if (!ordered.empty()) {
    out << "<table class=\"rules\"><tr><th>" << w.rule << "</th><th>" << w.severity << "</th><th>" << w.count
        << "</th></tr>\n";
    for (const auto& [code, entry] : ordered) {
      const Diagnostic* d = entry.first;
      out << "<tr><td><a href=\"#" << anchor("rule-", code) << "\"><code>" << escape_markup(code) << "</code> "
          << (d != nullptr ? escape_markup(d->rule) : "") << "</a></td><td>"
          << (d != nullptr ? severity_word(d->severity, w) : "") << "</td><td>" << entry.second << "</td></tr>\n";
    }
    out << "</table>\n";
  }
  out << "<table class=\"files\"><tr><th>" << w.file << "</th><th>" << w.kind << "</th><th>" << w.uaj << "</th><th>"
      << w.year << "</th><th>" << w.exported << "</th><th>" << w.records << "</th><th>" << w.encoding << "</th></tr>\n";
  std::map<std::string, std::uint64_t> by_kind;
  for (const FileSummary& file : report.files) {
    by_kind[file.kind] += file.records;
    out << "<tr><td>" << escape_markup(file.path) << "</td><td>" << escape_markup(file.kind) << "</td><td>"
        << escape_markup(file.uaj) << "</td><td>" << escape_markup(file.school_year) << "</td><td>"
        << escape_markup(file.export_date) << "</td><td>" << file.records << "</td><td>" << escape_markup(file.encoding)
        << "</td></tr>\n";
  }
  out << "</table>\n<p class=\"kinds\">" << w.records_by_kind << " : ";
  bool first = true;
  for (const auto& [kind, records] : by_kind) {
    out << (first ? "" : ", ") << escape_markup(kind) << " " << records;
    first = false;
  }
  out << "</p>\n";
  for (const Report::Tally& tally : report.tallies) {
    out << "<p class=\"tally\"><code>" << escape_markup(tally.code) << "</code> " << escape_markup(tally.message)
        << "</p>\n";
  }
  out << "</section>\n";
}

}  // namespace

std::string render_html(const Report& report, Language language) {
  const Words& w = language == Language::fr ? french : english;
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"" << (language == Language::fr ? "fr" : "en")
      << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" << w.title
      << "</title>\n<style>\n"
      << "body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem;color:#222}\n"
      << "h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}h3{font-size:1.05rem}\n"
      << "ul{list-style:none;padding:0}.finding{border-left:4px solid #888;margin:.5rem 0;padding:.3rem .6rem;"
         "background:#fafafa}\n"
      << ".error{border-color:#c62828}.warning{border-color:#ef8f00}.info{border-color:#1565c0}\n"
      << ".counts .error{color:#c62828}.counts .warning{color:#b26a00}.counts .info{color:#1565c0}\n"
      << ".badge{font-weight:bold}.where{color:#555;font-size:.85rem}.hint{margin-top:.2rem}.login{font-size:.9rem}"
         ".about{font-weight:600}\n"
      << ".counts span{margin-right:1.5rem}#filters{position:sticky;top:0;background:#fff;padding:.5rem 0;z-index:1}\n"
      << "table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.2rem .5rem;"
         "text-align:left;font-size:.9rem}\n"
      << "details summary{cursor:pointer;margin:.3rem 0}.page{background:#f4f6f8;padding:.5rem 1rem}"
         ".page pre{white-space:pre-wrap}\n"
      << "nav.divisions a{margin-right:1rem;white-space:nowrap}section.division h3 button{margin-left:1rem;"
         "font-size:.8rem}\n"
      // Printing: one page (or more) per division for its professeur principal;
      // "Imprimer cette division" prints that one alone.
      << "@media print{#filters,nav,button,#by-rule,footer{display:none}section.division{break-before:page}"
         "body.one section.division:not(.chosen),body.one #summary{display:none}"
         "body.one section.division.chosen{break-before:auto}.finding{break-inside:avoid}}\n"
      << "</style>\n</head>\n<body>\n<h1>" << w.title << "</h1>\n";

  summary(out, report, w);

  out << "<div id=\"filters\"><input id=\"q\" type=\"search\" placeholder=\"" << w.search << "\" size=\"40\">"
      << " <label><input type=\"checkbox\" value=\"error\" checked> " << w.error << "</label>"
      << " <label><input type=\"checkbox\" value=\"warning\" checked> " << w.warning << "</label>"
      << " <label><input type=\"checkbox\" value=\"info\" checked> " << w.info << "</label></div>\n";

  if (report.diagnostics.empty()) out << "<p>" << w.none << "</p>\n";

  // Classes in order, the findings of no class last.
  std::map<std::string, std::vector<const Diagnostic*>> by_division;
  std::map<std::string, std::vector<const Diagnostic*>> by_code;
  for (const Diagnostic& d : report.diagnostics) {
    by_division[d.division].push_back(&d);
    by_code[d.code].push_back(&d);
  }
  std::vector<std::pair<std::string, const std::vector<const Diagnostic*>*>> divisions;
  for (const auto& [division, findings] : by_division) {
    if (!division.empty()) divisions.emplace_back(division, &findings);
  }
  if (const auto none = by_division.find(""); none != by_division.end()) divisions.emplace_back("", &none->second);

  out << "<section id=\"by-division\"><h2>" << w.by_division << "</h2>\n<nav class=\"divisions\">" << w.classes
      << " : ";
  for (const auto& [division, findings] : divisions) {
    out << "<a href=\"#" << anchor("division-", division) << "\">"
        << (division.empty() ? std::string(w.no_division) : escape_markup(division)) << " (" << findings->size()
        << ")</a>";
  }
  out << "</nav>\n";
  for (const auto& [division, findings] : divisions) {
    const std::string id = anchor("division-", division);
    out << "<section class=\"division\" id=\"" << id << "\"><h3>"
        << (division.empty() ? std::string(w.no_division) : escape_markup(division)) << " (" << findings->size()
        << ")<button type=\"button\" class=\"print\" data-section=\"" << id << "\">" << w.print << "</button></h3>\n";
    findings_list(out, *findings, w, language);
    out << "</section>\n";
  }
  out << "</section>\n<section id=\"by-rule\"><h2>" << w.by_rule << "</h2>\n";
  for (const auto& [code, findings] : by_code) {
    out << "<section class=\"rule\" id=\"" << anchor("rule-", code) << "\"><h3><code>" << escape_markup(code)
        << "</code> " << escape_markup(findings.front()->rule) << " (" << findings.size() << ")</h3>\n";
    if (auto page = Linter::explain(code, language)) {
      out << "<details class=\"page\"><summary>" << w.rule_page << "</summary>" << page_html(page.value(), language)
          << "</details>\n";
    }
    out << "<details class=\"list\"><summary>" << findings.size() << " " << w.more_findings << "</summary><ul>\n";
    for (const Diagnostic* d : findings) finding(out, *d, w, language);
    out << "</ul></details>\n</section>\n";
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
      << "var m=/[#&]q=([^&]*)/.exec(location.hash);if(m){q.value=decodeURIComponent(m[1]);}apply();"
      // One division alone: mark it, print, unmark. `#print=ID` does it at load (for tests and links).
      << "function only(id){var s=document.getElementById(id);if(!s)return;"
      << "document.querySelectorAll('section.division.chosen').forEach(function(x){x.classList.remove('chosen');});"
      << "s.classList.add('chosen');document.body.classList.add('one');}"
      // A printed page shows what is folded on screen.
      << "var opened=[];window.addEventListener('beforeprint',function(){"
      << "document.querySelectorAll('section.division details:not([open])').forEach(function(d){d.open=true;"
      << "opened.push(d);});});"
      << "window.addEventListener('afterprint',function(){document.body.classList.remove('one');"
      << "opened.forEach(function(d){d.open=false;});opened=[];});"
      << "document.querySelectorAll('button.print').forEach(function(b){b.addEventListener('click',function(){"
      << "only(b.dataset.section);window.print();});});"
      << "var p=/[#&]print=([^&]*)/.exec(location.hash);if(p){only(decodeURIComponent(p[1]));}})();\n"
      << "</script>\n</body>\n</html>\n";
  return out.str();
}

}  // namespace scolint
