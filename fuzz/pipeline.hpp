#pragma once
// What every export harness does with one input. The pipeline harnesses
// (fuzz_xml, fuzz_aaf, fuzz_csv, fuzz_zip) lint it with every rule and render
// a report; the reader harnesses (the same names with `_read`, built with
// SCOLINT_FUZZ_READ_ONLY) stop after reading: sniffing, decoding, expat or the
// CSV grammar, the adapters and the dataset, at ten times the pipeline's
// speed, which is what lets a long run reach millions of inputs. The
// registry and settings are built once per process — building them costs
// more than linting a small input, and the engine never mutates them.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <scolint/report.hpp>

#include "engine/session.hpp"
#include "rules/rule_registry.hpp"

namespace scolint::fuzz {

struct Engine {
  rules::RuleRegistry registry = rules::RuleRegistry::with_all_rules();
  engine::Settings settings = resolve(registry, 1, Options{}.split_min_bytes);
  // Two threads, and every SIECLE pupils' export read in parts.
  engine::Settings split = resolve(registry, 2, 0);
  // No rule: the session reads, builds the dataset and reports read errors.
  engine::Settings read_only = without_rules(settings);
  engine::Settings read_only_split = without_rules(split);
  // Low-memory mode on two threads and split files, its scratch values freed
  // at every chance (a reader holding one past RecordSink::between_records
  // is then caught by ASan).
  engine::Settings low_memory = two_reads(split);
  engine::Settings read_only_low_memory = two_reads(read_only_split);

  static engine::Settings two_reads(engine::Settings settings) {
    settings.low_memory = true;
    settings.scratch_bytes = 0;
    return settings;
  }

  static engine::Settings without_rules(engine::Settings settings) {
    settings.selected.clear();
    return settings;
  }

  static engine::Settings resolve(const rules::RuleRegistry& registry, unsigned threads,
                                  std::uint64_t split_min_bytes) {
    Options options;
    options.rule_options["P010.rnie"] = "1";  // the opt-in rule too
    options.threads = threads;
    options.split_min_bytes = split_min_bytes;
    return engine::resolve_settings(registry, options).value();
  }
};

inline const Engine& shared_engine() {
  static const Engine engine;
  return engine;
}

// Each input is rendered in one of the eight formats, chosen by its size:
// rendering all eight (SARIF serialises the pages of every rule that fired)
// took four fifths of each execution, and the fuzzer reaches every format
// anyway since it varies lengths all the time.
//
// One input in eight is also linted split over two threads, and another one
// in eight in low-memory mode: the JSON report must be the same byte for
// byte as the plain one (a difference aborts, and libFuzzer keeps the input).
inline void lint_and_render(std::vector<engine::Input> inputs, std::size_t size) {
#ifdef SCOLINT_FUZZ_READ_ONLY
  constexpr bool read_only = true;
#else
  constexpr bool read_only = false;
#endif
  const Engine& e = shared_engine();
  const Report report = engine::run_session(e.registry, read_only ? e.read_only : e.settings, inputs);
  if (size % 64 < 8) {
    const Report split = engine::run_session(e.registry, read_only ? e.read_only_split : e.split, inputs);
    if (render_json(split) != render_json(report)) __builtin_trap();
  } else if (size % 64 < 16) {
    const Report low = engine::run_session(e.registry, read_only ? e.read_only_low_memory : e.low_memory, inputs);
    if (render_json(low) != render_json(report)) __builtin_trap();
  }
  if (read_only) return;
  switch (size % 8) {
    case 0: (void)render_text(report, {}); break;
    case 1: (void)render_json(report); break;
    case 2: (void)render_sarif(report, Language::fr); break;
    case 3: (void)render_github(report); break;
    case 4: (void)render_gitlab(report); break;
    case 5: (void)render_junit(report); break;
    case 6: (void)render_csv(report, Language::en); break;
    default: (void)render_html(report, Language::fr); break;
  }
}

}  // namespace scolint::fuzz
