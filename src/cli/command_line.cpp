#include "cli/command_line.hpp"

#include <cstdlib>
#include <string_view>

#include <CLI/CLI.hpp>

#include <scolint/config.hpp>
#include <scolint/report.hpp>
#include <scolint/version.hpp>

namespace scolint::cli {
namespace {

// A list option: comma-separated, repeatable.
CLI::Option* list_option(CLI::App& app, const std::string& name, std::vector<std::string>& values,
                         const std::string& help) {
  return app.add_option(name, values, help)
      ->delimiter(',')
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

std::vector<std::string> format_names() {
  std::vector<std::string> names;
  for (const ReportFormat& format : report_formats()) names.emplace_back(format.name);
  return names;
}

}  // namespace

Language default_language() {
  // The users are French secretariats, and CI runners often have LANG=C.
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') continue;
    const std::string_view locale(value);
    if (locale == "C" || locale == "POSIX" || locale.starts_with("C.") || locale.starts_with("fr")) {
      return Language::fr;
    }
    return Language::en;
  }
  return Language::fr;
}

std::optional<int> parse_command_line(int argc, char** argv, CommandLine& line) {
  CLI::App app{"scolint: lints SIECLE and STS-Web exports before ENT accounts are created"};
  app.set_version_flag("--version", std::string("scolint ") + version_string);
  app.fallthrough();  // options after a subcommand belong to scolint: `scolint rules --lang en`
  Options& flags = line.flags;

  app.add_option("paths", line.paths,
                 "export files, ZIP archives, directories (every *.xml and *.zip), or - for stdin");
  app.add_option("--stdin-filename", line.stdin_name, "the name reported for standard input (-)");
  auto* format =
      app.add_option("--format", line.format, "output format (docs/output.md)")->check(CLI::IsMember(format_names()));
  app.add_option("-o,--output", line.output_path,
                 "write the report to this file (its format from the extension unless --format says: .json, .sarif, "
                 ".html, .csv, .xml for JUnit, anything else text)");
  app.add_option("--lang", line.language_name, "language of messages (default: fr)")
      ->check(CLI::IsMember({"fr", "en"}));
  auto* select = list_option(app, "--select", flags.select, "only these rules (codes, prefixes or slugs)");
  auto* ignore = list_option(app, "--ignore", flags.ignore, "never these rules (codes, prefixes or slugs)");
  app.add_option("--fail-on", line.fail_on, "lowest severity that makes the exit code 1 (default: error)")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  auto* profile = app.add_option("--login-profile", flags.login_profile, "ENT login profile")
                      ->check(CLI::IsMember({"underscore", "entcore", "entcore-2017", "entcore-2014", "se3"}));
  auto* existing =
      app.add_option("--existing-logins", flags.existing_logins,
                     "accounts that exist already (CSV with a login column, or one login per line): predicted suffixes "
                     "skip them, a person's own account is no collision");
  app.add_option("--rule-option", line.rule_options, "a rule threshold, CODE.option=value (e.g. S001.max_length=6)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--color", line.color, "colours in text output")->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag_callback(
      "--no-color", [&line] { line.color = "never"; }, "no colours");
  app.add_flag("-q,--quiet", line.quiet, "no hints and no summary");
  app.add_option("--config", line.config_path, "settings file (default: the nearest scolint.toml upward)");
  app.add_flag("--no-config", line.no_config, "ignore scolint.toml files");
  auto* kinds =
      list_option(app, "--kinds", flags.kinds, "only these export kinds (siecle-eleves, sts-emp, siecle-csv, aaf...)");
  app.add_option("--limit", line.limit, "show at most N diagnostics per rule (the summary counts them all)");
  app.add_flag("--statistics", line.statistics, "print files, records, bytes and speed to stderr");
  app.add_option("-j,--jobs", flags.threads,
                 "threads reading files and running checks (default: one per core; same report)");
  app.add_flag("--low-memory", flags.low_memory,
               "read pupils' exports twice instead of keeping every record in memory (same report)");
  app.add_option("--baseline", line.baseline_path,
                 "hide the findings this baseline file accepts; report only new ones");
  app.add_option("--write-baseline", line.write_baseline_path, "write every finding of this run to a baseline file");
  app.add_flag("--show-settings", line.show_settings, "print the settings in effect (as scolint.toml) and exit");
  app.add_flag("--redact", flags.redact,
               "replace names, INE, birth dates, addresses, phones, e-mails and logins by pseudonyms (for CI logs)");

  auto* rules = app.add_subcommand("rules", "list every rule with its severity and summary");
  rules->add_flag("--markdown", line.markdown, "the full rule reference (index + every page), as docs/rules.md");
  auto* explain = app.add_subcommand("explain", "print the documentation page of a rule");
  explain->add_option("code", line.explained, "rule code or slug, e.g. S001")->required();
  auto* diff =
      app.add_subcommand("diff", "what changed between two exports of one school, before the import (docs/diff.md)");
  diff->add_option("sides", line.sides, "OLD and NEW: each a file, a ZIP archive or a directory")
      ->expected(2)
      ->required();
  auto* accounts = app.add_subcommand(
      "accounts", "the accounts an ENT import would create, with predicted logins and findings (docs/accounts.md)");
  std::vector<std::string> account_paths;
  accounts->add_option("paths", account_paths, "export files, ZIP archives or directories")->required();
  app.require_subcommand(0, 1);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? 0 : 2;
  }
  line.format_given = format->count() > 0;
  line.select_given = select->count() > 0;
  line.ignore_given = ignore->count() > 0;
  line.kinds_given = kinds->count() > 0;
  line.login_profile_given = profile->count() > 0;
  line.existing_logins_given = existing->count() > 0;
  if (*rules) line.command = Command::rules;
  if (*explain) line.command = Command::explain;
  if (*diff) line.command = Command::diff;
  if (*accounts) {
    line.command = Command::accounts;
    line.paths = std::move(account_paths);
  }
  return std::nullopt;
}

Result<Options> resolve_options(CommandLine& line, Language& language) {
  Options options;
  options.language = default_language();
  language = options.language;
  if (line.config_path.empty() && !line.no_config) line.config_path = find_config(".");
  if (!line.config_path.empty()) {
    auto configured = read_config(line.config_path, options);
    if (!configured) return configured.error();
    options = std::move(configured.value());
  }
  if (!line.language_name.empty()) options.language = line.language_name == "fr" ? Language::fr : Language::en;
  language = options.language;
  const Options& flags = line.flags;
  if (line.select_given) options.select = flags.select;
  if (line.ignore_given) options.ignore = flags.ignore;
  if (line.kinds_given) options.kinds = flags.kinds;
  if (!line.fail_on.empty()) options.fail_on = *parse_severity(line.fail_on);
  if (line.login_profile_given) options.login_profile = flags.login_profile;
  if (line.existing_logins_given) options.existing_logins = flags.existing_logins;
  if (flags.redact) options.redact = true;
  options.threads = flags.threads;
  if (flags.low_memory) options.low_memory = true;
  for (const std::string& assignment : line.rule_options) {
    const auto equal = assignment.find('=');
    if (equal == std::string::npos) return Error{ErrorCode::invalid_option, assignment};
    options.rule_options[assignment.substr(0, equal)] = assignment.substr(equal + 1);
  }
  return options;
}

}  // namespace scolint::cli
