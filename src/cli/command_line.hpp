#pragma once
// What the command line says, parsed by CLI11 (command_line.cpp), and the
// Options it makes over scolint.toml.

#include <optional>
#include <string>
#include <vector>

#include <scolint/linter.hpp>
#include <scolint/result.hpp>

namespace scolint::cli {

enum class Command { lint, rules, explain, diff, accounts };

struct CommandLine {
  Command command = Command::lint;
  std::vector<std::string> paths;  // lint and accounts: files, archives, directories, "-"
  std::vector<std::string> sides;  // diff: OLD and NEW
  std::string explained;           // explain: a code or slug
  bool markdown = false;           // rules --markdown
  std::string stdin_name = "-";
  std::string format = "text";
  bool format_given = false;
  std::string output_path;
  std::string language_name;
  std::string color = "auto";
  bool quiet = false;
  std::string config_path;
  bool no_config = false;
  bool show_settings = false;
  std::size_t limit = 0;
  bool statistics = false;
  std::string baseline_path;
  std::string write_baseline_path;
  std::vector<std::string> rule_options;  // CODE.option=value
  std::string fail_on;                    // empty: not given
  /// What the command line sets over scolint.toml; the `*_given` flags say
  /// which lists were given at all (an empty --select is not "no --select").
  Options flags;
  bool select_given = false;
  bool ignore_given = false;
  bool kinds_given = false;
  bool login_profile_given = false;
  bool existing_logins_given = false;
};

/// The parsed command line, or the exit code when parsing ends the run
/// (--help, --version: 0; a bad option: 2, CLI11's message printed).
std::optional<int> parse_command_line(int argc, char** argv, CommandLine& line);

/// French unless the environment clearly asks for another language.
Language default_language();

/// Built-in defaults < environment language < scolint.toml < command line.
/// `language` follows the resolution, so that an error is said in the
/// language known when it happens (the environment's for scolint.toml).
Result<Options> resolve_options(CommandLine& line, Language& language);

}  // namespace scolint::cli
