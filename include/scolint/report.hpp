#pragma once
/// @file
/// Renders a Report for people (text) and programs (JSON contract, docs/output.md).

#include <iosfwd>
#include <span>
#include <string>
#include <string_view>

#include <scolint/export.h>
#include <scolint/linter.hpp>

namespace scolint {

/// How the text report looks.
struct TextStyle {
  Language language = Language::fr;
  bool color = false;  ///< ANSI colours (the CLI decides: TTY, NO_COLOR, --color)
  bool show_hints = true;
  bool show_summary = true;
};

/// The gcc-like text report: one block per diagnostic, then the summary.
[[nodiscard]] SCOLINT_API std::string render_text(const Report& report, const TextStyle& style);

/// The JSON report; its schema is versioned by "schema_version".
[[nodiscard]] SCOLINT_API std::string render_json(const Report& report);

/// The same bytes as render_json, written to `out` a piece at a time: memory
/// stays bounded however many diagnostics the report holds.
SCOLINT_API void write_json(const Report& report, std::ostream& out);

/// SARIF 2.1.0 (GitHub code scanning, IDEs): the rules that fired with their
/// help text, results with partialFingerprints. Rule texts in `language`.
[[nodiscard]] SCOLINT_API std::string render_sarif(const Report& report, Language language);

/// GitHub Actions workflow commands (`::error file=…,line=…::…`), one per diagnostic.
[[nodiscard]] SCOLINT_API std::string render_github(const Report& report);

/// GitLab Code Quality JSON (an array of issues with unique fingerprints).
[[nodiscard]] SCOLINT_API std::string render_gitlab(const Report& report);

/// One self-contained HTML page for a secretariat: the summary first, then
/// the findings grouped by division and by rule, each with its fix hint, and
/// a search box and severity filters that work offline (no network access).
[[nodiscard]] SCOLINT_API std::string render_html(const Report& report, Language language);

/// JUnit XML (one test case per diagnostic, failures for errors and warnings),
/// for CI systems that only show test reports.
[[nodiscard]] SCOLINT_API std::string render_junit(const Report& report);

/// One row per diagnostic, `;`-separated, UTF-8 with a BOM so that a
/// spreadsheet opens it with the accents right. Headers in `language`.
[[nodiscard]] SCOLINT_API std::string render_csv(const Report& report, Language language);

/// One report format: what `--format` accepts, the C API's scolint_report and
/// docs/output.md all read this table.
struct ReportFormat {
  std::string_view name;         ///< "text", "json", "sarif"...
  std::string_view extensions;   ///< the --output extensions that choose it, space-separated (".html .htm"), or ""
  std::string_view description;  ///< one line, in English
};

/// Every report format, "text" first.
[[nodiscard]] SCOLINT_API std::span<const ReportFormat> report_formats();

/// The format an --output path's extension names (case-insensitive), or "text".
[[nodiscard]] SCOLINT_API std::string_view format_of_path(std::string_view path);

/// Writes `report` in the format named `format` (one of report_formats());
/// the text and the languages of SARIF, HTML and CSV follow `style`. False,
/// and nothing written, for an unknown name.
[[nodiscard]] SCOLINT_API bool write_report(const Report& report, std::string_view format, const TextStyle& style,
                                            std::ostream& out);

}  // namespace scolint
