#pragma once
// What every export harness does with one input: lint it with every rule and
// render every report format. The registry and settings are built once per
// process — building them costs more than linting a small input, and the
// engine never mutates them.
#include <string>
#include <vector>

#include <scolint/report.hpp>

#include "engine/rule_registry.hpp"
#include "engine/session.hpp"

namespace scolint::fuzz {

struct Engine {
  engine::RuleRegistry registry = engine::RuleRegistry::with_all_rules();
  engine::Settings settings = resolve(registry);

  static engine::Settings resolve(const engine::RuleRegistry& registry) {
    Options options;
    options.rule_options["P010.rnie"] = "1";  // the opt-in rule too
    return engine::resolve_settings(registry, options).value();
  }
};

inline const Engine& shared_engine() {
  static const Engine engine;
  return engine;
}

inline void lint_and_render(std::vector<engine::Input> inputs) {
  const Engine& e = shared_engine();
  const Report report = engine::run_session(e.registry, e.settings, inputs);
  (void)render_text(report, {});
  (void)render_json(report);
  (void)render_sarif(report, Language::fr);
  (void)render_github(report);
  (void)render_gitlab(report);
  (void)render_junit(report);
  (void)render_csv(report, Language::en);
  (void)render_html(report, Language::fr);
}

}  // namespace scolint::fuzz
