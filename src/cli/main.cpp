// The scolint command: a thin shell over scolint::Linter (src/engine).
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

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

std::string error_text(const scolint::Error& error, scolint::Language language) {
  const bool fr = language == scolint::Language::fr;
  switch (error.code) {
    case scolint::ErrorCode::unknown_rule: return (fr ? "règle inconnue : " : "unknown rule: ") + error.detail;
    case scolint::ErrorCode::invalid_option: return (fr ? "option invalide : " : "invalid option: ") + error.detail;
    case scolint::ErrorCode::io_error: return (fr ? "erreur d'entrée-sortie : " : "I/O error: ") + error.detail;
  }
  return error.detail;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"scolint: lints SIECLE and STS-Web exports before ENT accounts are created"};
  app.set_version_flag("--version", std::string("scolint ") + scolint::version_string);

  std::vector<std::string> paths;
  std::string format = "text";
  std::string language_name;
  std::string fail_on = "error";
  std::string color = "auto";
  std::vector<std::string> rule_options;
  bool quiet = false;
  scolint::Options options;

  app.add_option("paths", paths, "export files, or directories whose *.xml files are all linted");
  app.add_option("--format", format, "output format")->check(CLI::IsMember({"text", "json"}));
  app.add_option("--lang", language_name, "language of messages (default: fr)")->check(CLI::IsMember({"fr", "en"}));
  app.add_option("--select", options.select, "only these rules (codes, prefixes or slugs)")->delimiter(',')
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--ignore", options.ignore, "never these rules (codes, prefixes or slugs)")->delimiter(',')
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--fail-on", fail_on, "lowest severity that makes the exit code 1")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  app.add_option("--login-profile", options.login_profile, "ENT login profile")
      ->check(CLI::IsMember({"underscore", "entcore", "entcore-2017", "se3"}));
  app.add_option("--rule-option", rule_options, "a rule threshold, CODE.option=value (e.g. S001.max_length=6)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--color", color, "colours in text output")->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag_callback("--no-color", [&color] { color = "never"; }, "no colours");
  app.add_flag("-q,--quiet", quiet, "no hints and no summary");

  auto* rules_command = app.add_subcommand("rules", "list every rule with its severity and summary");
  std::string explained;
  auto* explain_command = app.add_subcommand("explain", "print the documentation page of a rule");
  explain_command->add_option("code", explained, "rule code or slug, e.g. S001")->required();
  app.require_subcommand(0, 1);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? 0 : 2;
  }

  const scolint::Language language =
      language_name.empty() ? default_language() : (language_name == "fr" ? scolint::Language::fr : scolint::Language::en);
  options.language = language;
  options.fail_on = *scolint::parse_severity(fail_on);
  for (const std::string& assignment : rule_options) {
    const auto equal = assignment.find('=');
    if (equal == std::string::npos) {
      std::cerr << "scolint: " << error_text({scolint::ErrorCode::invalid_option, assignment}, language) << '\n';
      return 2;
    }
    options.rule_options[assignment.substr(0, equal)] = assignment.substr(equal + 1);
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

  if (paths.empty()) {
    std::cerr << "scolint: " << (language == scolint::Language::fr ? "aucun fichier à vérifier (voir --help)"
                                                                     : "no file to lint (see --help)")
              << '\n';
    return 2;
  }
  auto linter = scolint::Linter::create(options);
  if (!linter) {
    std::cerr << "scolint: " << error_text(linter.error(), language) << '\n';
    return 2;
  }
  for (auto& path : paths) linter.value().add_path(std::move(path));
  const scolint::Report report = linter.value().run();

  if (format == "json") {
    std::cout << scolint::render_json(report);
  } else {
    const bool tty = isatty(STDOUT_FILENO) != 0;
    const bool no_color_env = std::getenv("NO_COLOR") != nullptr && *std::getenv("NO_COLOR") != '\0';
    scolint::TextStyle style;
    style.language = language;
    style.color = color == "always" || (color == "auto" && tty && !no_color_env);
    style.show_hints = !quiet;
    style.show_summary = !quiet;
    std::cout << scolint::render_text(report, style);
  }
  if (format == "json") {
    for (const auto& error : report.internal_errors) std::cerr << "scolint: internal error: " << error << '\n';
  }
  return report.exit_code;
}
