#pragma once
// The rules of one Linter, ordered by code. Built per Linter from the
// generated list (build/generated/rule_list.cpp): no global mutable state.

#include <string_view>
#include <vector>

#include "rules/rule.hpp"

namespace scolint::rules {

class RuleRegistry {
 public:
  /// Every rule compiled into scolint.
  static RuleRegistry with_all_rules();

  void add(Rule rule);
  [[nodiscard]] const std::vector<Rule>& rules() const { return rules_; }
  [[nodiscard]] const Rule* find(std::string_view code) const;

 private:
  std::vector<Rule> rules_;
};

}  // namespace scolint::rules

namespace scolint::rules {
/// Generated: registers every rule under rules/.
void register_all_rules(rules::RuleRegistry& registry);
/// Generated: the Markdown page of a rule (French, or English), or empty.
std::string_view rule_page(std::string_view code, bool english);
}  // namespace scolint::rules
