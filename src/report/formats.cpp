// The table of report formats, and the one dispatch over it.
#include <algorithm>
#include <array>
#include <cctype>
#include <ostream>
#include <string>

#include <scolint/report.hpp>

namespace scolint {
namespace {

constexpr std::array<ReportFormat, 8> formats{{
    {"text", "", "gcc-style lines: each finding with whom it concerns and how to fix it, then a summary"},
    {"json", ".json", "the stable JSON contract (docs/report.schema.json)"},
    {"sarif", ".sarif", "SARIF 2.1.0, for code-scanning tools (GitHub, GitLab, Azure DevOps)"},
    {"github", "", "GitHub Actions workflow commands: annotations on the files"},
    {"gitlab", "", "GitLab Code Quality JSON"},
    {"junit", ".xml", "JUnit XML: a test case per finding"},
    {"csv", ".csv", "a spreadsheet: ;-separated, CRLF, UTF-8 with a BOM"},
    {"html", ".html .htm", "one self-contained page by division, searchable and printable"},
}};

// In the order of `formats`.
using Writer = void (*)(const Report&, const TextStyle&, std::ostream&);
constexpr std::array<Writer, formats.size()> writers{{
    [](const Report& r, const TextStyle& style, std::ostream& out) { out << render_text(r, style); },
    // Streamed: a report of a million findings is never one string.
    [](const Report& r, const TextStyle&, std::ostream& out) { write_json(r, out); },
    [](const Report& r, const TextStyle& style, std::ostream& out) { out << render_sarif(r, style.language); },
    [](const Report& r, const TextStyle&, std::ostream& out) { out << render_github(r); },
    [](const Report& r, const TextStyle&, std::ostream& out) { out << render_gitlab(r); },
    [](const Report& r, const TextStyle&, std::ostream& out) { out << render_junit(r); },
    [](const Report& r, const TextStyle& style, std::ostream& out) { out << render_csv(r, style.language); },
    [](const Report& r, const TextStyle& style, std::ostream& out) { out << render_html(r, style.language); },
}};

bool has_extension(std::string_view extensions, std::string_view extension) {
  while (!extensions.empty()) {
    const auto space = extensions.find(' ');
    if (extensions.substr(0, space) == extension) return true;
    if (space == std::string_view::npos) break;
    extensions.remove_prefix(space + 1);
  }
  return false;
}

}  // namespace

std::span<const ReportFormat> report_formats() { return formats; }

std::string_view format_of_path(std::string_view path) {
  const auto slash = path.find_last_of("/\\");
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const auto dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return "text";
  std::string extension(name.substr(dot));
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const ReportFormat& format : formats) {
    if (has_extension(format.extensions, extension)) return format.name;
  }
  return "text";
}

bool write_report(const Report& report, std::string_view format, const TextStyle& style, std::ostream& out) {
  const auto* found =
      std::find_if(formats.begin(), formats.end(), [&](const ReportFormat& f) { return f.name == format; });
  if (found == formats.end()) return false;
  writers.at(static_cast<std::size_t>(found - formats.begin()))(report, style, out);
  return true;
}

}  // namespace scolint
