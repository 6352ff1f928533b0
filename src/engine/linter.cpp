#include <scolint/linter.hpp>

#include "engine/session.hpp"
#include "rules/rule_registry.hpp"

namespace scolint {

struct Linter::Impl {
  rules::RuleRegistry registry;
  engine::Settings settings;
  std::vector<engine::Input> inputs;
};

Result<Linter> Linter::create(const Options& options) {
  auto impl = std::make_unique<Impl>();
  impl->registry = rules::RuleRegistry::with_all_rules();
  auto settings = engine::resolve_settings(impl->registry, options);
  if (!settings) return settings.error();
  impl->settings = std::move(settings.value());
  return Linter(std::move(impl));
}

Linter::Linter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {
  // Settings point into the registry: it must not move after resolution.
}
Linter::Linter(Linter&&) noexcept = default;
Linter& Linter::operator=(Linter&&) noexcept = default;
Linter::~Linter() = default;

void Linter::add_path(std::string path) { impl_->inputs.push_back({std::move(path), std::nullopt, false}); }

void Linter::add_stdin(std::string name) { impl_->inputs.push_back({std::move(name), std::nullopt, true}); }

void Linter::add_buffer(std::string name, std::string bytes) {
  impl_->inputs.push_back({std::move(name), std::move(bytes), false});
}

Report Linter::run() { return engine::run_session(impl_->registry, impl_->settings, impl_->inputs); }

void limit_per_rule(Report& report, std::size_t limit) {
  std::map<std::string, std::size_t> shown;
  std::vector<Diagnostic> kept;
  for (Diagnostic& d : report.diagnostics) {
    if (shown[d.code]++ < limit) {
      kept.push_back(std::move(d));
    } else {
      ++report.omitted[d.code];
    }
  }
  report.diagnostics = std::move(kept);
}

std::vector<RuleDescription> Linter::rules(Language language) {
  std::vector<RuleDescription> out;
  const auto registry = rules::RuleRegistry::with_all_rules();  // must outlive the loop
  for (const auto& rule : registry.rules()) {
    out.push_back({std::string(rule.info.code), std::string(rule.info.slug), rule.info.severity,
                   std::string(rule.info.summary.in(language))});
  }
  return out;
}

Result<std::string> Linter::explain(std::string_view code, Language language) {
  // By code, straight from the generated pages: SARIF asks once per rule.
  if (auto page = rules::rule_page(code, language == Language::en); !page.empty()) return std::string(page);
  const auto registry = rules::RuleRegistry::with_all_rules();
  for (const auto& rule : registry.rules()) {
    if (rule.info.code == code || rule.info.slug == code)
      return std::string(rules::rule_page(rule.info.code, language == Language::en));
  }
  return Error{ErrorCode::unknown_rule, std::string(code)};
}

}  // namespace scolint
