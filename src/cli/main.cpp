// The scolint command: a thin shell over the public API (include/scolint).
#include <cstdlib>  // first: it defines __GLIBC__ on glibc
#include <exception>
#include <iostream>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <scolint/config.hpp>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"

namespace {

int run(int argc, char** argv) {
  using namespace scolint::cli;
  CommandLine line;
  if (const auto done = parse_command_line(argc, argv, line)) return *done;

  scolint::Language language = scolint::Language::fr;
  auto resolved = resolve_options(line, language);
  if (!resolved) {
    print_error(resolved.error(), language);
    return 2;
  }
  const scolint::Options& options = resolved.value();
#if defined(__GLIBC__)
  // The process is the command's: where the user chose memory over speed,
  // glibc gives freed memory back at once instead of keeping up to its
  // (growing) trim threshold — 1M SIECLE 183 -> 169 MB, the same time.
  if (options.low_memory) mallopt(M_TRIM_THRESHOLD, 0);
#endif
  if (line.show_settings) {
    std::cout << "# " << (line.config_path.empty() ? "no scolint.toml" : "from " + line.config_path)
              << ", then the command line\n"
              << scolint::settings_as_toml(options);
    return scolint::Linter::create(options).ok() ? 0 : 2;
  }
  switch (line.command) {
    case Command::rules: return list_rules(line, options.language);
    case Command::explain: return explain_rule(line, options.language);
    case Command::accounts: return list_accounts(line, options);
    case Command::diff: return diff_exports(line, options);
    case Command::lint: break;
  }
  return lint(line, options);
}

}  // namespace

int main(int argc, char** argv) {
  // The library returns errors as values; what may still throw here is the
  // standard library (out of memory, a stream): exit code 2, said plainly.
  try {
    return run(argc, argv);
  } catch (const std::exception& error) {
    std::cerr << "scolint: internal error: " << error.what() << '\n';
  } catch (...) {
    std::cerr << "scolint: internal error\n";
  }
  return 2;
}
