// The scolint command: a thin shell over scolint::Linter (src/engine).
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#include <scolint/accounts.hpp>
#include <scolint/baseline.hpp>
#include <scolint/config.hpp>
#include <scolint/diff.hpp>
#include <scolint/linter.hpp>
#include <scolint/report.hpp>
#include <scolint/version.hpp>

namespace {

// French unless the environment clearly asks for another language: the users
// are French secretariats, and CI runners often have LANG=C.
scolint::Language default_language() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') continue;
    const std::string locale(value);
    if (locale == "C" || locale == "POSIX" || locale.rfind("C.", 0) == 0 || locale.rfind("fr", 0) == 0) {
      return scolint::Language::fr;
    }
    return scolint::Language::en;
  }
  return scolint::Language::fr;
}

// The format --output's extension names, when --format does not say.
std::string format_of_extension(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (extension == ".json") return "json";
  if (extension == ".sarif") return "sarif";
  if (extension == ".html" || extension == ".htm") return "html";
  if (extension == ".csv") return "csv";
  if (extension == ".xml") return "junit";
  return "text";
}

// Whether writing `output` would overwrite what `input` stands for: the file
// itself, or a file a directory input holds that scolint reads (.xml, .zip, .csv).
bool is_input(const std::string& input, const std::string& output) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (fs::equivalent(input, output, error)) return true;
  if (!fs::is_directory(input, error) || !fs::exists(output, error)) return false;
  const std::string extension = format_of_extension(output);
  const std::string raw = fs::path(output).extension().string();
  if (extension != "csv" && extension != "junit" && raw != ".zip" && raw != ".ZIP") return false;
  const fs::path dir = fs::weakly_canonical(input, error);
  const fs::path file = fs::weakly_canonical(output, error);
  const auto [end, ignored] = std::mismatch(dir.begin(), dir.end(), file.begin(), file.end());
  return end == dir.end();
}

// Whether a progress line may be drawn: stderr is a terminal, and not a CI
// job's (CI logs keep every \r'd line).
bool progress_wanted() {
  const char* ci = std::getenv("CI");
  return isatty(STDERR_FILENO) != 0 && (ci == nullptr || *ci == '\0' || std::string_view(ci) == "false");
}

// Runs the linter; on a terminal, a run of more than a second shows on
// stderr what it has read so far, on one line rewritten in place.
scolint::Report run_with_progress(scolint::Linter& linter, scolint::Progress& progress, scolint::Language language) {
  if (!progress_wanted()) return linter.run();
  std::atomic<bool> done{false};
  std::thread drawer([&] {
    using namespace std::chrono_literals;
    const auto started = std::chrono::steady_clock::now();
    bool drawn = false;
    while (!done.load()) {
      std::this_thread::sleep_for(100ms);
      if (done.load() || std::chrono::steady_clock::now() - started < 1s) continue;
      const bool fr = language == scolint::Language::fr;
      const auto megabytes = progress.bytes.load() >> 20U;
      std::string line = progress.checking.load()
                             ? (fr ? "vérifications croisées…" : "cross-checks…")
                             : (fr ? "lecture : " : "reading: ") + std::to_string(progress.files_read.load()) + "/" +
                                   std::to_string(progress.files.load()) + (fr ? " fichier(s), " : " file(s), ") +
                                   std::to_string(megabytes) + (fr ? " Mo, " : " MB, ") +
                                   std::to_string(progress.records.load()) + (fr ? " enregistrements" : " records");
      std::cerr << "\r\x1b[K"
                << "scolint: " << line << std::flush;
      drawn = true;
    }
    if (drawn) std::cerr << "\r\x1b[K" << std::flush;
  });
  scolint::Report report = linter.run();
  done.store(true);
  drawer.join();
  return report;
}

std::string error_text(const scolint::Error& error, scolint::Language language) {
  const bool fr = language == scolint::Language::fr;
  switch (error.code) {
    case scolint::ErrorCode::unknown_rule: return (fr ? "règle inconnue : " : "unknown rule: ") + error.detail;
    case scolint::ErrorCode::invalid_option: return (fr ? "option invalide : " : "invalid option: ") + error.detail;
    case scolint::ErrorCode::io_error: return (fr ? "erreur d'entrée-sortie : " : "I/O error: ") + error.detail;
  }
  return error.detail;
}

// On stderr, so that it never mixes with a machine-readable report.
void print_statistics(const scolint::Report& report, double seconds, scolint::Language language) {
  std::uint64_t bytes = 0;
  for (const auto& file : report.files) bytes += file.bytes;
  const double safe = std::max(seconds, 1e-6);
  const bool fr = language == scolint::Language::fr;
  std::cerr.setf(std::ios::fixed);
  std::cerr.precision(2);
  std::cerr << (fr ? "statistiques : " : "statistics: ") << report.files.size() << (fr ? " fichier(s), " : " file(s), ")
            << report.records << (fr ? " enregistrements, " : " records, ") << static_cast<double>(bytes) / 1e6
            << (fr ? " Mo en " : " MB in ") << seconds << " s ; " << static_cast<double>(report.records) / safe
            << (fr ? " enr./s, " : " records/s, ") << static_cast<double>(bytes) / 1e6 / safe
            << (fr ? " Mo/s\n" : " MB/s\n");
  std::map<std::string, std::uint64_t> per_code;
  for (const auto& d : report.diagnostics) ++per_code[d.code];
  for (const auto& [code, count] : report.omitted) per_code[code] += count;
  for (const auto& [code, count] : per_code) std::cerr << "  " << code << ' ' << count << '\n';
  if (report.low_memory.used) {
    std::cerr << (fr ? "  mémoire réduite : la seconde lecture a gardé " : "  low memory: the second read kept ")
              << report.low_memory.kept
              << (fr ? " élèves, affectations et liens sur " : " pupils, placements and links of ")
              << report.low_memory.records << '\n';
  }
}

// docs/rules.md: an index table, then every page as `scolint explain` prints it.
void print_rule_reference(scolint::Language language) {
  const bool fr = language == scolint::Language::fr;
  std::cout << (fr ? "# Règles de scolint\n\n" : "# scolint rules\n\n")
            << (fr ? "Généré par `scolint rules --markdown` à partir de `rules/*/*.md` : ne pas modifier à la main.\n\n"
                   : "Generated by `scolint rules --markdown` from `rules/*/*.md`: do not edit by hand.\n\n")
            << (fr ? "| code | règle | sévérité | résumé |\n|---|---|---|---|\n"
                   : "| code | rule | severity | summary |\n|---|---|---|---|\n");
  const auto rules = scolint::Linter::rules(language);
  for (const auto& rule : rules) {
    std::cout << "| [" << rule.code << "](#" << rule.code << "-" << rule.slug << ") | `" << rule.slug << "` | "
              << scolint::severity_name(rule.severity) << " | " << rule.summary << " |\n";
  }
  for (const auto& rule : rules) {
    auto page = scolint::Linter::explain(rule.code, language);
    if (!page) continue;
    // Pages start with a level-1 title; in the reference they are sections.
    std::cout << "\n---\n\n#" << page.value();
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"scolint: lints SIECLE and STS-Web exports before ENT accounts are created"};
  app.set_version_flag("--version", std::string("scolint ") + scolint::version_string);
  app.fallthrough();  // options after a subcommand belong to scolint: `scolint rules --lang en`

  std::vector<std::string> paths;
  std::string format = "text";
  std::string language_name;
  std::string fail_on = "error";
  std::string color = "auto";
  std::vector<std::string> rule_options;
  bool quiet = false;
  std::string config_path;
  bool no_config = false;
  bool show_settings = false;
  scolint::Options flags;  // what the command line says; applied over scolint.toml

  app.add_option("paths", paths, "export files, ZIP archives, directories (every *.xml and *.zip), or - for stdin");
  std::string stdin_name = "-";
  app.add_option("--stdin-filename", stdin_name, "the name reported for standard input (-)");
  app.add_option("--format", format, "output format")
      ->check(CLI::IsMember({"text", "json", "sarif", "github", "gitlab", "junit", "csv", "html"}));
  std::string output_path;
  app.add_option("-o,--output", output_path,
                 "write the report to this file (its format from the extension unless --format says: .json, .sarif, "
                 ".html, .csv, .xml for JUnit, anything else text)");
  app.add_option("--lang", language_name, "language of messages (default: fr)")->check(CLI::IsMember({"fr", "en"}));
  app.add_option("--select", flags.select, "only these rules (codes, prefixes or slugs)")
      ->delimiter(',')
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--ignore", flags.ignore, "never these rules (codes, prefixes or slugs)")
      ->delimiter(',')
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--fail-on", fail_on, "lowest severity that makes the exit code 1")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  app.add_option("--login-profile", flags.login_profile, "ENT login profile")
      ->check(CLI::IsMember({"underscore", "entcore", "entcore-2017", "entcore-2014", "se3"}));
  app.add_option("--existing-logins", flags.existing_logins,
                 "accounts that exist already (CSV with a login column, or one login per line): predicted suffixes "
                 "skip them, a person's own account is no collision");
  app.add_option("--rule-option", rule_options, "a rule threshold, CODE.option=value (e.g. S001.max_length=6)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--color", color, "colours in text output")->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag_callback(
      "--no-color", [&color] { color = "never"; }, "no colours");
  app.add_flag("-q,--quiet", quiet, "no hints and no summary");
  app.add_option("--config", config_path, "settings file (default: the nearest scolint.toml upward)");
  app.add_flag("--no-config", no_config, "ignore scolint.toml files");
  app.add_option("--kinds", flags.kinds, "only these export kinds (siecle-eleves, sts-emp, siecle-csv, aaf...)")
      ->delimiter(',')
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  std::size_t limit = 0;
  bool statistics = false;
  app.add_option("--limit", limit, "show at most N diagnostics per rule (the summary counts them all)");
  app.add_flag("--statistics", statistics, "print files, records, bytes and speed to stderr");
  unsigned jobs = 0;
  app.add_option("-j,--jobs", jobs, "threads reading files and running checks (default: one per core; same report)");
  bool low_memory = false;
  app.add_flag("--low-memory", low_memory,
               "read pupils' exports twice instead of keeping every record in memory (same report)");
  std::string baseline_path;
  std::string write_baseline_path;
  app.add_option("--baseline", baseline_path, "hide the findings this baseline file accepts; report only new ones");
  app.add_option("--write-baseline", write_baseline_path, "write every finding of this run to a baseline file");
  app.add_flag("--show-settings", show_settings, "print the settings in effect (as scolint.toml) and exit");
  app.add_flag("--redact", flags.redact,
               "replace names, INE, birth dates, addresses, phones, e-mails and logins by pseudonyms (for CI logs)");

  auto* rules_command = app.add_subcommand("rules", "list every rule with its severity and summary");
  bool markdown = false;
  rules_command->add_flag("--markdown", markdown, "the full rule reference (index + every page), as docs/rules.md");
  std::string explained;
  auto* explain_command = app.add_subcommand("explain", "print the documentation page of a rule");
  explain_command->add_option("code", explained, "rule code or slug, e.g. S001")->required();
  auto* diff_command =
      app.add_subcommand("diff", "what changed between two exports of one school, before the import (docs/diff.md)");
  std::vector<std::string> diff_sides;
  diff_command->add_option("sides", diff_sides, "OLD and NEW: each a file, a ZIP archive or a directory")
      ->expected(2)
      ->required();
  auto* accounts_command = app.add_subcommand(
      "accounts", "the accounts an ENT import would create, with predicted logins and findings (docs/accounts.md)");
  std::vector<std::string> account_paths;
  accounts_command->add_option("paths", account_paths, "export files, ZIP archives or directories")->required();
  app.require_subcommand(0, 1);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? 0 : 2;
  }

  // Precedence: built-in defaults < environment language < scolint.toml < command line.
  scolint::Options options;
  options.language = default_language();
  if (config_path.empty() && !no_config) config_path = scolint::find_config(".");
  if (!config_path.empty()) {
    auto configured = scolint::read_config(config_path, options);
    if (!configured) {
      std::cerr << "scolint: " << error_text(configured.error(), options.language) << '\n';
      return 2;
    }
    options = std::move(configured.value());
  }
  if (!language_name.empty()) options.language = language_name == "fr" ? scolint::Language::fr : scolint::Language::en;
  const scolint::Language language = options.language;
  if (app.count("--select") > 0) options.select = flags.select;
  if (app.count("--ignore") > 0) options.ignore = flags.ignore;
  if (app.count("--kinds") > 0) options.kinds = flags.kinds;
  if (app.count("--fail-on") > 0) options.fail_on = *scolint::parse_severity(fail_on);
  if (app.count("--login-profile") > 0) options.login_profile = flags.login_profile;
  if (app.count("--existing-logins") > 0) options.existing_logins = flags.existing_logins;
  if (flags.redact) options.redact = true;
  options.threads = jobs;
  if (low_memory) options.low_memory = true;
#if defined(__GLIBC__)
  // The process is the command's: where the user chose memory over speed,
  // glibc gives freed memory back at once instead of keeping up to its
  // (growing) trim threshold — 1M SIECLE 183 -> 169 MB, the same time.
  if (options.low_memory) mallopt(M_TRIM_THRESHOLD, 0);
#endif
  for (const std::string& assignment : rule_options) {
    const auto equal = assignment.find('=');
    if (equal == std::string::npos) {
      std::cerr << "scolint: " << error_text({scolint::ErrorCode::invalid_option, assignment}, language) << '\n';
      return 2;
    }
    options.rule_options[assignment.substr(0, equal)] = assignment.substr(equal + 1);
  }
  if (show_settings) {
    std::cout << "# " << (config_path.empty() ? "no scolint.toml" : "from " + config_path)
              << ", then the command line\n"
              << scolint::settings_as_toml(options);
    return scolint::Linter::create(options).ok() ? 0 : 2;
  }

  if (*rules_command && markdown) {
    print_rule_reference(language);
    return 0;
  }
  if (*rules_command) {
    for (const auto& rule : scolint::Linter::rules(language)) {
      std::cout << rule.code << "  " << rule.slug << "  " << scolint::severity_name(rule.severity) << "  "
                << rule.summary << '\n';
    }
    return 0;
  }
  if (*explain_command) {
    auto page = scolint::Linter::explain(explained, language);
    if (!page) {
      std::cerr << "scolint: " << error_text(page.error(), language) << '\n';
      return 2;
    }
    std::cout << page.value();
    return 0;
  }

  // The report goes to --output (never over an input) or to stdout.
  std::ofstream file;
  auto open_output = [&](const std::vector<std::string>& inputs) {
    if (output_path.empty()) return true;
    if (app.count("--format") == 0) format = format_of_extension(output_path);
    // scolint never writes to its inputs: a report named like one is refused.
    for (const std::string& input : inputs) {
      if (input != "-" && is_input(input, output_path)) {
        const std::string why = language == scolint::Language::fr
                                    ? " : c'est un des fichiers lus, scolint n'y écrit jamais"
                                    : ": it is one of the files read, scolint never writes to them";
        std::cerr << "scolint: "
                  << error_text(
                         {scolint::ErrorCode::invalid_option, std::string("--output ").append(output_path).append(why)},
                         language)
                  << '\n';
        return false;
      }
    }
    file.open(output_path, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "scolint: " << error_text({scolint::ErrorCode::io_error, output_path}, language) << '\n';
      return false;
    }
    return true;
  };
  auto close_output = [&] {
    if (output_path.empty()) return true;
    file.close();
    if (!file) std::cerr << "scolint: " << error_text({scolint::ErrorCode::io_error, output_path}, language) << '\n';
    return static_cast<bool>(file);
  };
  auto text_style = [&] {
    const bool tty = output_path.empty() && isatty(STDOUT_FILENO) != 0;
    const char* no_color = std::getenv("NO_COLOR");
    const bool no_color_env = no_color != nullptr && *no_color != '\0';
    scolint::TextStyle style;
    style.language = language;
    style.color = color == "always" || (color == "auto" && tty && !no_color_env);
    style.show_hints = !quiet;
    style.show_summary = !quiet;
    return style;
  };

  if (*accounts_command) {
    options.threads = jobs;
    if (!output_path.empty() && app.count("--format") == 0) format = format_of_extension(output_path);
    if (format != "text" && format != "csv" && format != "html" && format != "json") {
      std::cerr << "scolint: "
                << error_text({scolint::ErrorCode::invalid_option,
                               "--format " + format + " (accounts: text, csv, html, json)"},
                              language)
                << '\n';
      return 2;
    }
    auto listed = scolint::accounts(options, account_paths);
    if (!listed) {
      std::cerr << "scolint: " << error_text(listed.error(), language) << '\n';
      return 2;
    }
    if (!open_output(account_paths)) return 2;
    std::ostream& out = output_path.empty() ? std::cout : file;
    const scolint::AccountList& list = listed.value();
    if (format == "csv") {
      out << scolint::render_accounts_csv(list);
    } else if (format == "html") {
      out << scolint::render_accounts_html(list);
    } else if (format == "json") {
      out << scolint::render_accounts_json(list);
    } else {  // text: the formats were checked above
      out << scolint::render_accounts_text(list);
    }
    if (!close_output()) return 2;
    // Findings are for a lint to judge; the list itself succeeded unless a file could not be read.
    return list.report.exit_code == 2 ? 2 : 0;
  }

  if (*diff_command) {
    options.threads = jobs;
    auto compared = scolint::diff(options, {diff_sides[0]}, {diff_sides[1]});
    if (!compared) {
      std::cerr << "scolint: " << error_text(compared.error(), language) << '\n';
      return 2;
    }
    if (!open_output(diff_sides)) return 2;
    std::ostream& out = output_path.empty() ? std::cout : file;
    const scolint::DiffReport& changes = compared.value();
    if (format == "json") {
      out << scolint::render_diff_json(changes);
    } else if (format == "html") {
      out << scolint::render_diff_html(changes);
    } else if (format == "text") {
      out << scolint::render_diff_text(changes, text_style());
    } else {
      const scolint::Report as_report = scolint::diff_as_report(changes);
      if (format == "sarif") out << scolint::render_sarif(as_report, language);
      if (format == "github") out << scolint::render_github(as_report);
      if (format == "gitlab") out << scolint::render_gitlab(as_report);
      if (format == "junit") out << scolint::render_junit(as_report);
      if (format == "csv") out << scolint::render_csv(as_report, language);
    }
    if (!close_output()) return 2;
    return changes.exit_code;
  }

  if (paths.empty()) {
    std::cerr << "scolint: "
              << (language == scolint::Language::fr ? "aucun fichier à vérifier (voir --help)"
                                                    : "no file to lint (see --help)")
              << '\n';
    return 2;
  }
  scolint::Progress progress;
  options.progress = &progress;
  auto linter = scolint::Linter::create(options);
  if (!linter) {
    std::cerr << "scolint: " << error_text(linter.error(), language) << '\n';
    return 2;
  }
  const std::vector<std::string> input_paths = paths;
  for (auto& path : paths) {
    if (path == "-") {
      linter.value().add_stdin(stdin_name);
    } else {
      linter.value().add_path(std::move(path));
    }
  }
  const auto started = std::chrono::steady_clock::now();
  scolint::Report report = run_with_progress(linter.value(), progress, language);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  scolint::Baseline baseline;
  if (!baseline_path.empty()) {
    auto read = scolint::read_baseline(baseline_path);
    if (!read) {
      std::cerr << "scolint: " << error_text(read.error(), language) << '\n';
      return 2;
    }
    baseline = std::move(read.value());
  }
  if (!write_baseline_path.empty()) {
    // Written before filtering, so that the new file lists every current finding.
    std::ofstream out(write_baseline_path, std::ios::binary | std::ios::trunc);
    out << scolint::baseline_json(report, baseline);
    if (!out) {
      std::cerr << "scolint: " << error_text({scolint::ErrorCode::io_error, write_baseline_path}, language) << '\n';
      return 2;
    }
  }
  if (!baseline_path.empty()) scolint::apply_baseline(report, baseline);
  if (limit > 0) scolint::limit_per_rule(report, limit);
  if (statistics) print_statistics(report, seconds, language);

  if (!open_output(input_paths)) return 2;
  std::ostream& out = output_path.empty() ? std::cout : file;
  if (format == "json") {
    scolint::write_json(report, out);
  } else if (format == "sarif") {
    out << scolint::render_sarif(report, language);
  } else if (format == "github") {
    out << scolint::render_github(report);
  } else if (format == "gitlab") {
    out << scolint::render_gitlab(report);
  } else if (format == "html") {
    out << scolint::render_html(report, language);
  } else if (format == "junit") {
    out << scolint::render_junit(report);
  } else if (format == "csv") {
    out << scolint::render_csv(report, language);
  } else {
    out << scolint::render_text(report, text_style());
  }
  if (!close_output()) return 2;
  if (format != "text") {
    for (const auto& error : report.internal_errors) std::cerr << "scolint: internal error: " << error << '\n';
  }
  return report.exit_code;
}
