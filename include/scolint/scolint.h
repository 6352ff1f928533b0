/* scolint C API: lint SIECLE / STS-Web exports from C, or through FFI from
 * Java, PHP, Python or C#. Every function is noexcept on the C++ side: no
 * exception crosses this boundary. Strings are UTF-8 and NUL-terminated.
 *
 *   scolint_linter* linter = NULL;
 *   if (scolint_new(&linter) != SCOLINT_OK) return 1;
 *   scolint_set(linter, "lang", "fr");
 *   scolint_add_file(linter, "exports/ElevesSansAdresses.xml");
 *   int exit_code = 0;
 *   if (scolint_run(linter, &exit_code) == SCOLINT_OK) puts(scolint_report_json(linter));
 *   scolint_free(linter);
 */
#ifndef SCOLINT_SCOLINT_H
#define SCOLINT_SCOLINT_H

/* A C header: C names, typedefs and headers, whatever C++ style says. */
/* NOLINTBEGIN(modernize-deprecated-headers,modernize-use-using,readability-identifier-naming) */
#include <stddef.h>

#include <scolint/export.h>

#ifdef __cplusplus
extern "C" {
#endif

/** What a call did. */
typedef enum scolint_status {
  SCOLINT_OK = 0,
  SCOLINT_E_INVALID_ARGUMENT = 1, /**< a NULL pointer or an unknown option key */
  SCOLINT_E_INVALID_OPTION = 2,   /**< an option value scolint refuses (see scolint_last_error) */
  SCOLINT_E_UNKNOWN_RULE = 3,     /**< --select/--ignore names no rule */
  SCOLINT_E_NOT_RUN = 4,          /**< a report was asked for before scolint_run */
  SCOLINT_E_INTERNAL = 99         /**< a bug in scolint; the message says where */
} scolint_status;

/** An opaque linter. One per thread; linters never share state. */
typedef struct scolint_linter scolint_linter;

/** The library version, e.g. "0.1.0". */
SCOLINT_API const char* scolint_version(void);

/** Creates a linter with the default options (French, every rule). */
SCOLINT_API scolint_status scolint_new(scolint_linter** out);

/** Sets an option before scolint_run. Keys: "lang" (fr|en), "select" and
 * "ignore" (comma-separated codes, prefixes or slugs), "fail_on"
 * (error|warning|info), "login_profile", "existing_logins" (a path), "redact" (0|1), "low_memory" (0|1:
 * read pupils' exports twice, a third of the memory, the same report), and
 * "rule_option.CODE.name" (an integer threshold, e.g. "rule_option.S001.max_length"). */
SCOLINT_API scolint_status scolint_set(scolint_linter* linter, const char* key, const char* value);

/** Adds a file, or a directory whose *.xml files are all linted. Read at scolint_run. */
SCOLINT_API scolint_status scolint_add_file(scolint_linter* linter, const char* path);

/** Adds an in-memory export; `name` is used in locations only. The bytes are copied. */
SCOLINT_API scolint_status scolint_add_buffer(scolint_linter* linter, const char* name, const char* data, size_t size);

/** Reads every input and runs the rules. `exit_code` (may be NULL) gets what
 * the command line would return: 0 clean, 1 findings at or above fail_on, 2
 * an input could not be read. */
SCOLINT_API scolint_status scolint_run(scolint_linter* linter, int* exit_code);

/** The JSON report of the last run (docs/output.md), owned by the linter and
 * valid until the next scolint_run or scolint_free; NULL before a run. */
SCOLINT_API const char* scolint_report_json(const scolint_linter* linter);

/** The report of the last run in `format`, a name of `scolint --help`'s
 * --format list ("text", "json", "sarif", "github", "gitlab", "junit", "csv",
 * "html"; docs/output.md), in the language of that run. Owned by the linter
 * and valid until the next scolint_run or scolint_free; NULL before a run, or
 * for an unknown format (then scolint_last_error says which). Made on the
 * first call for each format: like scolint_set, not to be called on one
 * linter from two threads at once. The linter keeps the last run's findings
 * for it (scolint_free releases them). */
SCOLINT_API const char* scolint_report(scolint_linter* linter, const char* format);

/** Number of diagnostics of the last run. */
SCOLINT_API size_t scolint_diagnostic_count(const scolint_linter* linter);

/** Text of the last error on this linter, or "" (owned by the linter). */
SCOLINT_API const char* scolint_last_error(const scolint_linter* linter);

/** Frees the linter and everything it returned. NULL is allowed. */
SCOLINT_API void scolint_free(scolint_linter* linter);

#ifdef __cplusplus
}
#endif
/* NOLINTEND(modernize-deprecated-headers,modernize-use-using,readability-identifier-naming) */

#endif /* SCOLINT_SCOLINT_H */
