#pragma once
// The commands of scolint, each returning its exit code.

#include <scolint/linter.hpp>

#include "cli/command_line.hpp"

namespace scolint::cli {

int list_rules(const CommandLine& line, Language language);
int explain_rule(const CommandLine& line, Language language);
int list_accounts(const CommandLine& line, const Options& options);
int diff_exports(const CommandLine& line, const Options& options);
int lint(CommandLine& line, Options options);

}  // namespace scolint::cli
