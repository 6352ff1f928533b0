// Lints the paths given on the command line with the C++ API and prints the
// findings, one per line: what a vendor embeds before its own import.
#include <iostream>

#include <scolint/linter.hpp>
#include <scolint/report.hpp>

int main(int argc, char** argv) {
  auto linter = scolint::Linter::create({.language = scolint::Language::en});
  if (!linter) {
    std::cerr << linter.error().detail << '\n';
    return 2;
  }
  for (int i = 1; i < argc; ++i) linter.value().add_path(argv[i]);
  const scolint::Report report = linter.value().run();
  for (const scolint::Diagnostic& d : report.diagnostics) {
    std::cout << d.code << ' ' << d.location.file << ':' << d.location.line << ' ' << d.record << '\n';
  }
  std::cout << report.errors << " errors, " << report.warnings << " warnings\n";
  return report.exit_code;
}
