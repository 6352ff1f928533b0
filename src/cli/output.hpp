#pragma once
// Where a command's report goes: --output (never over an input) or stdout,
// and how the text looks there.

#include <fstream>
#include <iosfwd>
#include <string>
#include <vector>

#include <scolint/report.hpp>

#include "cli/command_line.hpp"

namespace scolint::cli {

/// "scolint: règle inconnue : Z999": an error of the library, on stderr.
void print_error(const Error& error, Language language);

class Output {
 public:
  /// Without --format, --output's extension names the format.
  Output(const CommandLine& line, Language language);

  /// Opens --output (or takes stdout), refusing to write over `inputs`; false
  /// after printing why.
  [[nodiscard]] bool open(const std::vector<std::string>& inputs);
  [[nodiscard]] std::ostream& stream();
  /// Closes --output; false after printing why when writing failed.
  [[nodiscard]] bool close();

  [[nodiscard]] const std::string& format() const { return format_; }
  /// Colours on a terminal unless NO_COLOR or --color says otherwise; no hints or summary with --quiet.
  [[nodiscard]] TextStyle text_style() const;

 private:
  const CommandLine& line_;
  Language language_;
  std::string format_;
  std::ofstream file_;
};

}  // namespace scolint::cli
