#pragma once
/// @file
/// Renders a Report for people (text) and programs (JSON contract, docs/output.md).

#include <string>

#include <scolint/linter.hpp>

namespace scolint {

/// How the text report looks.
struct TextStyle {
  Language language = Language::fr;
  bool color = false;       ///< ANSI colours (the CLI decides: TTY, NO_COLOR, --color)
  bool show_hints = true;
  bool show_summary = true;
};

/// The gcc-like text report: one block per diagnostic, then the summary.
[[nodiscard]] std::string render_text(const Report& report, const TextStyle& style);

/// The JSON report; its schema is versioned by "schema_version".
[[nodiscard]] std::string render_json(const Report& report);

}  // namespace scolint
