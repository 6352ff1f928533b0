#include <charconv>
#include <fstream>
#include <sstream>

#include "engine/session.hpp"

namespace scolint::engine {
namespace {

bool matches(const rules::Rule& rule, std::string_view pattern) {
  return rule.info.code.starts_with(pattern) || rule.info.slug == pattern;
}

// Every pattern must name at least one rule: a typo in --select would
// otherwise silently disable every check.
std::optional<std::string> unknown_pattern(const rules::RuleRegistry& registry,
                                           const std::vector<std::string>& patterns) {
  for (const std::string& pattern : patterns) {
    bool found = false;
    for (const rules::Rule& rule : registry.rules()) found = found || (!pattern.empty() && matches(rule, pattern));
    if (!found) return pattern;
  }
  return std::nullopt;
}

}  // namespace

Result<Settings> resolve_settings(const rules::RuleRegistry& registry, const Options& options) {
  Settings settings;
  settings.language = options.language;
  settings.fail_on = options.fail_on;
  settings.redact = options.redact;
  settings.threads = options.threads;
  settings.split_min_bytes = options.split_min_bytes;
  settings.low_memory = options.low_memory;
  settings.progress = options.progress;
  for (const std::string& name : options.kinds) {
    bool known = false;
    for (const auto kind : model::all_export_kinds) {
      if (model::export_kind_name(kind) == name) {
        settings.kinds.insert(kind);
        known = true;
      }
    }
    if (!known) return Error{ErrorCode::invalid_option, "unknown file kind: " + name};
  }
  for (const auto& [code, severity] : options.severities) {
    if (registry.find(code) == nullptr) return Error{ErrorCode::unknown_rule, code};
    settings.severities[code] = severity;
  }
  if (auto bad = unknown_pattern(registry, options.select)) return Error{ErrorCode::unknown_rule, *bad};
  if (auto bad = unknown_pattern(registry, options.ignore)) return Error{ErrorCode::unknown_rule, *bad};
  for (const rules::Rule& rule : registry.rules()) {
    bool selected = options.select.empty();
    for (const auto& pattern : options.select) selected = selected || matches(rule, pattern);
    for (const auto& pattern : options.ignore) selected = selected && !matches(rule, pattern);
    if (selected) settings.selected.push_back(&rule);
  }
  const auto profile = model::parse_login_profile(options.login_profile);
  if (!profile) return Error{ErrorCode::invalid_option, "login profile: " + options.login_profile};
  settings.login_profile = *profile;
  if (!options.existing_logins.empty()) {
    std::ifstream in(options.existing_logins, std::ios::binary);
    if (!in) return Error{ErrorCode::io_error, options.existing_logins};
    std::ostringstream bytes;
    bytes << in.rdbuf();
    std::string why;
    auto existing = model::ExistingLogins::parse(bytes.str(), why);
    if (!existing) return Error{ErrorCode::invalid_option, "--existing-logins " + options.existing_logins + ": " + why};
    settings.existing_logins = std::make_shared<const model::ExistingLogins>(std::move(*existing));
  }

  for (const auto& [key, text] : options.rule_options) {
    const auto dot = key.find('.');
    const rules::Rule* rule = dot == std::string::npos ? nullptr : registry.find(key.substr(0, dot));
    const rules::OptionSpec* spec = nullptr;
    if (rule != nullptr) {
      for (const rules::OptionSpec& candidate : rule->info.options) {
        if (candidate.name == std::string_view(key).substr(dot + 1)) spec = &candidate;
      }
    }
    if (spec == nullptr) return Error{ErrorCode::invalid_option, "unknown rule option: " + key};
    if (spec->text) {
      settings.text_values[key] = text;
      continue;
    }
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || value < spec->min_value ||
        value > spec->max_value) {
      return Error{ErrorCode::invalid_option, key + "=" + text + " (expected an integer in [" +
                                                  std::to_string(spec->min_value) + ", " +
                                                  std::to_string(spec->max_value) + "])"};
    }
    settings.option_values[key] = value;
  }
  return settings;
}

}  // namespace scolint::engine
