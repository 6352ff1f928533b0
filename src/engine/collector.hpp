#pragma once
// The findings a part of the run collects, and the Reporter the rules talk
// to while it runs: which rule is running, its options, a guard that turns a
// bug in a rule into an internal error instead of a crash.

#include <cstdint>
#include <exception>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "engine/session.hpp"
#include "rules/rule.hpp"

namespace scolint::engine {

struct RawFinding {
  const rules::Rule* rule = nullptr;
  rules::Finding finding;
};

// What one collector gathered. The run joins these in input order (files)
// then rule order (dataset rules), whichever thread produced them.
struct Collected {
  std::vector<RawFinding> findings;
  std::vector<std::string> internal_errors;  // bugs caught inside a rule
  std::map<const rules::Rule*, std::uint64_t> tallies;

  void absorb(Collected&& other) {
    for (const auto& [rule, count] : other.tallies) tallies[rule] += count;
    findings.insert(findings.end(), std::make_move_iterator(other.findings.begin()),
                    std::make_move_iterator(other.findings.end()));
    internal_errors.insert(internal_errors.end(), std::make_move_iterator(other.internal_errors.begin()),
                           std::make_move_iterator(other.internal_errors.end()));
    other = {};
  }
};

// The Reporter the rules talk to: knows which rule is running, collects.
class Collector final : public rules::Reporter {
 public:
  explicit Collector(const Settings& settings) : settings_(settings) {}

  void set_rule(const rules::Rule* rule) { rule_ = rule; }
  void report(rules::Finding finding) override { collected_.findings.push_back({rule_, std::move(finding)}); }
  void tally(std::uint64_t count) override { collected_.tallies[rule_] += count; }

  [[nodiscard]] int option(std::string_view name) const override {
    for (const rules::OptionSpec& spec : rule_->info.options) {
      if (spec.name != name) continue;
      const auto it = settings_.option_values.find(std::string(rule_->info.code) + "." + std::string(name));
      return it != settings_.option_values.end() ? it->second : spec.default_value;
    }
    return 0;  // a rule asked for an option it did not declare; the registry test catches it
  }
  [[nodiscard]] std::string text_option(std::string_view name) const override {
    for (const rules::OptionSpec& spec : rule_->info.options) {
      if (spec.name != name || !spec.text) continue;
      const auto it = settings_.text_values.find(std::string(rule_->info.code) + "." + std::string(name));
      return it != settings_.text_values.end() ? it->second : std::string(spec.default_text);
    }
    return {};
  }
  [[nodiscard]] model::LoginProfile login_profile() const override { return settings_.login_profile; }
  [[nodiscard]] const model::ExistingLogins* existing_logins() const override {
    return settings_.existing_logins.get();
  }
  [[nodiscard]] Language language() const override { return settings_.language; }

  std::vector<RawFinding>& findings() { return collected_.findings; }
  Collected take() { return std::move(collected_); }

  // Runs one check; a bug in a rule is reported once and disables that rule,
  // it never kills the run.
  template <typename F>
  void guarded(const rules::Rule* rule, F&& check) {
    if (broken_.contains(rule)) return;
    set_rule(rule);
    try {
      check();
    } catch (const std::exception& error) {
      broken_.insert(rule);
      collected_.internal_errors.push_back(std::string(rule->info.code) + ": " + error.what());
    } catch (...) {
      broken_.insert(rule);
      collected_.internal_errors.push_back(std::string(rule->info.code) + ": unknown exception");
    }
  }

 private:
  const Settings& settings_;
  const rules::Rule* rule_ = nullptr;
  Collected collected_;
  std::set<const rules::Rule*> broken_;
};

}  // namespace scolint::engine
