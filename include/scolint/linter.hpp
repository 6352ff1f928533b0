#pragma once
/// @file
/// The scolint library entry point: configure a Linter, give it inputs, run it.

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <scolint/export.h>
#include <scolint/diagnostic.hpp>
#include <scolint/result.hpp>

namespace scolint {

/// Counters a run updates while it reads, from its reading threads: a
/// caller's thread may read them to show progress (the CLI's progress line).
struct Progress {
  std::atomic<std::uint64_t> files{0};       ///< files the run will read (known once the inputs are planned)
  std::atomic<std::uint64_t> files_read{0};  ///< files (or parts of a split file) read so far
  std::atomic<std::uint64_t> bytes{0};       ///< bytes read so far
  std::atomic<std::uint64_t> records{0};     ///< records read so far
  std::atomic<bool> checking{false};         ///< every file is read: the cross-record checks run
};

/// How a Linter is set up. Every field has the default a user gets with no option.
struct Options {
  Language language = Language::fr;
  /// Rule codes or prefixes to run ("S001", "S", "X00"); empty means every rule.
  std::vector<std::string> select{};
  /// Rule codes or prefixes never to run; wins over `select`.
  std::vector<std::string> ignore{};
  /// Findings at or above this severity make the exit code 1.
  Severity fail_on = Severity::error;
  /// ENT login profile: "underscore", "entcore", "entcore-2017", "entcore-2014" or "se3" (docs/login-profiles.md).
  std::string login_profile = "underscore";
  /// A list of the accounts that exist already (a CSV with a login column and,
  /// best, name and first-name columns; or one login per line): predicted
  /// suffixes skip their logins, and a person's own account is not a
  /// collision (L001, `scolint accounts`). Empty: none known.
  std::string existing_logins{};
  /// Replace names, INE, birth dates, addresses, phones, e-mails and predicted
  /// logins by stable pseudonyms in every message (for CI logs).
  bool redact = false;
  /// Export kinds to read ("siecle-eleves", "sts-emp", "siecle-csv", "aaf"...); empty means all.
  /// Files of other kinds are recognised, skipped, and listed as such.
  std::vector<std::string> kinds{};
  /// Severity overrides per rule code (e.g. "P004" = warning → error).
  std::map<std::string, Severity> severities{};
  /// Rule thresholds, keyed "CODE.option" (e.g. "S001.max_length" = "6").
  std::map<std::string, std::string> rule_options{};
  /// Threads that read files and run the dataset rules; 0 means one per core.
  /// The report is the same, byte for byte, whatever the number.
  unsigned threads = 0;
  /// A SIECLE pupils' export at least this large is read by several threads
  /// at once, cut at pupil boundaries (when `threads` allows more than one).
  /// The report is the same; 0 splits every such file (for tests).
  std::uint64_t split_min_bytes = std::uint64_t{16} << 20U;
  /// Read the files that hold pupils twice instead of keeping every pupil
  /// and placement in memory: the first read keeps small keys, the second
  /// only the records the cross-record checks need. About a third of the
  /// memory of a large export for one more read of it; the same report.
  /// Standard input cannot be read twice: a run that reads it reads once.
  bool low_memory = false;
  /// Counters to update while the run reads (not owned; must outlive run()), or none.
  Progress* progress = nullptr;
};

/// What was read of one input file.
struct FileSummary {
  std::string path{};
  std::string kind{};      ///< e.g. "siecle-eleves", "sts-emp"; "unknown" if not recognised
  std::string encoding{};  ///< the encoding the file was decoded from, e.g. "ISO-8859-15"
  std::uint64_t records = 0;
  std::uint64_t bytes = 0;    ///< bytes read (after decompression for archive members)
  bool skipped = false;       ///< a kind the options leave out: recognised, not read
  bool failed = false;        ///< the file could not be read to the end (exit code 2)
  std::string uaj{};          ///< the establishment the export says it is from (PARAMETRES, AAF UAI), when it says
  std::string school_year{};  ///< its first year, e.g. "2026" for 2026-2027, when it says
  std::string export_date{};  ///< DD/MM/YYYY, when it says
};

/// A cross-file check that did not run because an export was missing.
struct SkippedCheck {
  std::string code{};                  ///< e.g. "X001"
  std::vector<std::string> missing{};  ///< export kinds absent from the run, e.g. "sts-emp"
};

/// A rule not checked in one file because the file has no column (CSV) or
/// attribute (AAF) the rule reads, e.g. P001 in an ENT CSV without INE.
struct NotChecked {
  std::string code{};     ///< e.g. "P001"
  std::string file{};     ///< the file's path, as in diagnostics
  std::string missing{};  ///< what the file lacks: "pupil-ine", "pupil-birth-date", "pupil-division",
                          ///< "pupil-responsables", "staff-birth-date", "responsable-address",
                          ///< "names" or "whole-export" (an AAF delta file)
};

/// The outcome of a run: files, diagnostics in a deterministic order, counts.
struct Report {
  Language language = Language::fr;  ///< of the messages and hints (formats without a language option use it)
  std::vector<FileSummary> files{};
  std::vector<Diagnostic> diagnostics{};  ///< sorted by file, line, column, code
  /// Cross-file checks not run for want of a file.
  std::vector<SkippedCheck> skipped_checks{};
  /// Rules not checked in a file for want of a column, once per rule and file.
  std::vector<NotChecked> not_checked{};
  /// Findings counted rather than listed, one line per rule (e.g. L001's
  /// logins shared only by people of different establishments).
  struct Tally {
    std::string code{};
    std::uint64_t count = 0;
    std::string message{};  ///< in the run's language, with the count
  };
  std::vector<Tally> tallies{};
  /// Bugs caught inside a rule (the rule was stopped; exit code 2). Empty normally.
  std::vector<std::string> internal_errors{};
  std::uint64_t errors = 0;
  std::uint64_t warnings = 0;
  std::uint64_t infos = 0;
  std::uint64_t records = 0;
  int exit_code = 0;                     ///< 0 clean, 1 findings at or above fail_on, 2 could not do its job
  Severity fail_on = Severity::error;    ///< the threshold the exit code used
  std::vector<std::string> rules_run{};  ///< codes of the rules that were selected
  bool baseline_applied = false;
  std::uint64_t baseline_hidden = 0;               ///< findings a baseline hid
  std::vector<std::string> baseline_stale{};       ///< "CODE record (fingerprint)" of entries no longer found
  std::map<std::string, std::uint64_t> omitted{};  ///< per code, diagnostics left out by limit_per_rule
  /// Low-memory mode (Options::low_memory): whether the run read twice
  /// (not with standard input), and how many of the pupils, placements and links
  /// the first read met the second kept.
  struct TwoReads {
    bool used = false;
    std::uint64_t records = 0;
    std::uint64_t kept = 0;
  } low_memory{};
};

/// Keeps at most `limit` diagnostics per rule (the first in report order) and
/// counts the others in `omitted`; severity counts and the exit code are unchanged.
SCOLINT_API void limit_per_rule(Report& report, std::size_t limit);

/// Metadata of one rule, for listings and documentation.
struct RuleDescription {
  std::string code{};
  std::string slug{};
  Severity severity = Severity::error;
  std::string summary{};  ///< one line, in the requested language
};

/// Lints SIECLE, STS-Web and AAF exports. One Linter holds no global state:
/// several may run in one process, each from its own thread.
// Its members are exported one by one, not the class: the standard
// templates instantiated on it (std::forward<Linter>...) stay inside the library.
class Linter {
 public:
  /// Checks the options (unknown rule codes, profiles or option keys are errors).
  [[nodiscard]] SCOLINT_API static Result<Linter> create(const Options& options);

  SCOLINT_API Linter(Linter&&) noexcept;
  SCOLINT_API Linter& operator=(Linter&&) noexcept;
  Linter(const Linter&) = delete;
  Linter& operator=(const Linter&) = delete;
  SCOLINT_API ~Linter();

  /// Adds a file, a ZIP archive (each *.xml member is linted, reported as
  /// "archive.zip!member.xml"), or a directory whose *.xml, *.zip and *.csv are all linted, recursively.
  SCOLINT_API void add_path(std::string path);
  /// Adds the process's standard input, reported as `name` (e.g. "-" or "ElevesSansAdresses.xml").
  SCOLINT_API void add_stdin(std::string name);
  /// Adds an in-memory file; `name` is used in locations and for nothing else.
  SCOLINT_API void add_buffer(std::string name, std::string bytes);

  /// Reads every input, runs the rules and returns the report. Inputs are never written.
  [[nodiscard]] SCOLINT_API Report run();

  /// Every rule, ordered by code.
  [[nodiscard]] SCOLINT_API static std::vector<RuleDescription> rules(Language language);
  /// The documentation page of a rule, or an error for an unknown code.
  [[nodiscard]] SCOLINT_API static Result<std::string> explain(std::string_view code, Language language);

 private:
  struct Impl;
  explicit Linter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_{};
};

}  // namespace scolint
