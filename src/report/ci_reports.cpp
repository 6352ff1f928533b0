// Formats for CI systems and spreadsheets: GitHub workflow commands, GitLab
// Code Quality, and CSV for the secretariat's spreadsheet.
#include <nlohmann/json.hpp>

#include <scolint/report.hpp>

#include "report/subject_words.hpp"

#include "report/markup.hpp"

namespace scolint {
namespace {

// GitHub's escaping rules for workflow commands (actions/toolkit, command.ts):
// data escapes % CR LF; properties also escape : and ,.
std::string escape_data(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out += c;
  }
  return out;
}

std::string escape_property(std::string_view text) {
  std::string out;
  for (const char c : escape_data(text)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

std::string csv_field(std::string_view text) {
  const bool quote = text.find_first_of(";\"\r\n") != std::string_view::npos;
  if (!quote) return std::string(text);
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// The message, then who it is about: a CI log reader finds the record by name.
std::string with_subject(const Diagnostic& d, Language language) {
  const std::string about = report::subject_words(d.subject, language);
  return about.empty() ? d.message : d.message + " — " + about;
}

}  // namespace

std::string render_github(const Report& report) {
  std::string out;
  for (const Diagnostic& d : report.diagnostics) {
    const std::string_view command = d.severity == Severity::error     ? "error"
                                     : d.severity == Severity::warning ? "warning"
                                                                       : "notice";
    std::string message = with_subject(d, report.language);
    if (!d.hint.empty()) message += "\n" + d.hint;
    out += "::" + std::string(command) + " file=" + escape_property(d.location.file) +
           ",line=" + std::to_string(d.location.line) + ",col=" + std::to_string(d.location.column) +
           ",title=" + escape_property(d.rule.empty() || d.rule == d.code ? d.code : d.code + " " + d.rule) + "::" + escape_data(message) + "\n";
  }
  return out;
}

using report::escape_markup;

std::string render_junit(const Report& report) {
  std::uint64_t failures = 0;
  for (const Diagnostic& d : report.diagnostics) failures += d.severity == Severity::info ? 0 : 1;
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"scolint\" tests=\"" +
                    std::to_string(report.diagnostics.size()) + "\" failures=\"" + std::to_string(failures) + "\">\n" +
                    "  <testsuite name=\"scolint\" tests=\"" + std::to_string(report.diagnostics.size()) +
                    "\" failures=\"" + std::to_string(failures) + "\">\n";
  for (const Diagnostic& d : report.diagnostics) {
    const std::string where =
        d.location.file + ":" + std::to_string(d.location.line) + ":" + std::to_string(d.location.column);
    out += "    <testcase classname=\"" + escape_markup(d.location.file) + "\" name=\"" +
           escape_markup(d.code + " " + d.rule + " " + where) + "\"";
    const std::string message = with_subject(d, report.language);
    if (d.severity == Severity::info) {
      out += "><system-out>" + escape_markup(message) + "</system-out></testcase>\n";
      continue;
    }
    out += "><failure type=\"" + std::string(severity_name(d.severity)) + "\" message=\"" + escape_markup(message) +
           "\">" + escape_markup(where + ": " + message + (d.hint.empty() ? "" : "\n" + d.hint)) +
           "</failure></testcase>\n";
  }
  return out + "  </testsuite>\n</testsuites>\n";
}

std::string render_gitlab(const Report& report) {
  using Json = nlohmann::ordered_json;
  Json issues = Json::array();
  for (const Diagnostic& d : report.diagnostics) {
    // GitLab severities: info, minor, major, critical, blocker.
    const std::string_view severity = d.severity == Severity::error     ? "major"
                                      : d.severity == Severity::warning ? "minor"
                                                                        : "info";
    issues.push_back(
        {{"type", "issue"},
         {"check_name", d.code + " " + d.rule},
         {"description", with_subject(d, report.language)},
         {"categories", Json::array({"Bug Risk"})},
         {"severity", severity},
         {"fingerprint", d.fingerprint},
         {"location",
          {{"path", d.location.file}, {"lines", {{"begin", std::max<std::uint32_t>(d.location.line, 1)}}}}}});
  }
  return issues.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string render_csv(const Report& report, Language language) {
  const bool fr = language == Language::fr;
  std::string out = "\xEF\xBB\xBF";  // BOM: spreadsheets then read UTF-8, accents intact
  out += fr ? "fichier;ligne;colonne;sévérité;code;règle;message;conseil;enregistrement;login prévu;empreinte;"
              "concerne;type;nom;division\r\n"
            : "file;line;column;severity;code;rule;message;hint;record;predicted login;fingerprint;"
              "about;kind;name;division\r\n";
  for (const Diagnostic& d : report.diagnostics) {
    const std::string severity = !fr                               ? std::string(severity_name(d.severity))
                                 : d.severity == Severity::error   ? "erreur"
                                 : d.severity == Severity::warning ? "avertissement"
                                                                   : "info";
    out += csv_field(d.location.file) + ";" + std::to_string(d.location.line) + ";" +
           std::to_string(d.location.column) + ";" + severity + ";" + d.code + ";" + d.rule + ";" +
           csv_field(d.message) + ";" + csv_field(d.hint) + ";" + csv_field(d.record) + ";" +
           csv_field(d.predicted_login) + ";" + d.fingerprint + ";" +
           csv_field(report::subject_words(d.subject, language)) + ";" + csv_field(d.subject.kind) + ";" +
           csv_field(d.subject.name) + ";" + csv_field(d.division) + "\r\n";
  }
  return out;
}

}  // namespace scolint
