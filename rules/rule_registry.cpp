#include "rules/rule_registry.hpp"

#include <algorithm>

namespace scolint::rules {

RuleRegistry RuleRegistry::with_all_rules() {
  RuleRegistry registry;
  rules::register_all_rules(registry);
  std::sort(registry.rules_.begin(), registry.rules_.end(),
            [](const Rule& a, const Rule& b) { return a.info.code < b.info.code; });
  return registry;
}

void RuleRegistry::add(Rule rule) { rules_.push_back(std::move(rule)); }

const Rule* RuleRegistry::find(std::string_view code) const {
  for (const Rule& rule : rules_) {
    if (rule.info.code == code) return &rule;
  }
  return nullptr;
}

}  // namespace scolint::rules
