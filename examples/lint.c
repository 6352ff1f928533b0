/* Lints the paths given on the command line through the C API and prints the
 * JSON report: the shape every FFI binding follows. */
#include <stdio.h>

#include <scolint/scolint.h>

int main(int argc, char** argv) {
  scolint_linter* linter = NULL;
  if (scolint_new(&linter) != SCOLINT_OK) return 2;
  scolint_set(linter, "lang", "en");
  scolint_set(linter, "select", "S,P001");
  for (int i = 1; i < argc; ++i) scolint_add_file(linter, argv[i]);
  int exit_code = 0;
  if (scolint_run(linter, &exit_code) != SCOLINT_OK) {
    fprintf(stderr, "scolint: %s\n", scolint_last_error(linter));
    scolint_free(linter);
    return 2;
  }
  printf("%s", scolint_report_json(linter));
  printf("scolint %s: %zu diagnostics\n", scolint_version(), scolint_diagnostic_count(linter));
  scolint_free(linter);
  return exit_code;
}
