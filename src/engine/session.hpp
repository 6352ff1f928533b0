#pragma once
// One lint run: read every input (streaming, record rules on the fly), run
// the dataset rules, turn findings into ordered diagnostics and an exit code.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <scolint/linter.hpp>

#include "model/dataset.hpp"
#include "model/existing_logins.hpp"
#include "model/login.hpp"
#include "rules/rule_registry.hpp"

namespace scolint::engine {

/// A file path, or an in-memory buffer when `bytes` is set.
struct Input {
  std::string name;
  std::optional<std::string> bytes;
  bool from_stdin = false;  // read standard input; `name` is what reports call it
};

/// Options checked and resolved against the registry.
struct Settings {
  Language language = Language::fr;
  std::vector<const rules::Rule*> selected;        // ordered by code
  std::map<std::string, int> option_values;        // "CODE.name" → value, only those set
  std::map<std::string, std::string> text_values;  // same, for text options
  model::LoginProfile login_profile = model::LoginProfile::underscore;
  std::shared_ptr<const model::ExistingLogins> existing_logins;  // Options::existing_logins, read; or none
  Severity fail_on = Severity::error;
  bool redact = false;
  bool low_memory = false;  // see Options::low_memory
  // Low-memory reading frees a scratch arena of values once it holds this
  // much: a few times per megabyte of input (the fuzzers set 0: every time).
  std::size_t scratch_bytes = std::size_t{32} << 10U;
  unsigned threads = 0;                                      // 0: one per core
  std::uint64_t split_min_bytes = std::uint64_t{16} << 20U;  // see Options::split_min_bytes
  std::map<std::string, Severity> severities;                // per-code overrides
  std::set<model::ExportKind> kinds;                         // empty: every kind
  Progress* progress = nullptr;                              // see Options::progress
  // Given the records once the checks have run, before the run frees them:
  // `scolint diff` takes them (moves them out) to compare two exports. The
  // file table stays, for the report.
  std::function<void(model::Dataset&)> take_records;
};

/// Resolves user options; errors name the offending value.
Result<Settings> resolve_settings(const rules::RuleRegistry& registry, const Options& options);

Report run_session(const rules::RuleRegistry& registry, const Settings& settings, const std::vector<Input>& inputs);

}  // namespace scolint::engine
