#pragma once
// Everything a rule file needs. A rule is a struct with `static constexpr
// RuleInfo info` and one or more static `check` functions taking a record
// (Pupil, Person, Staff, Division, Group: runs while the file streams) or the
// whole Dataset (runs after loading). SCOLINT_RULE(CODE, Type) registers it.
// A dataset check also declares `static constexpr low_memory::Needs
// records_needed`: the pupils, placements and links it needs (low_memory_kit.hpp).

#include <algorithm>
#include <span>
#include <string>

#include "model/dataset.hpp"
#include "model/login.hpp"
#include "model/personal.hpp"
#include "model/records.hpp"
#include "model/text.hpp"
#include "rules/low_memory_kit.hpp"
#include "rules/named_record.hpp"
#include "rules/phrase.hpp"
#include "rules/rule.hpp"
#include "rules/rule_registry.hpp"
#include "rules/text_record.hpp"

namespace scolint::rules {

using model::personal;
using model::PersonalKind;

/// Whether the file `at` is in lacks one of `columns` (a rule's `reads`):
/// the engine drops the rule's findings there, so a dataset check skips the work.
inline bool lacks_any(const model::Dataset& dataset, const model::SourceLocation& at,
                      std::span<const model::Column> columns) {
  if (at.file >= dataset.files.size() || dataset.files[at.file].lacking == 0) return false;
  return std::any_of(columns.begin(), columns.end(), [&](model::Column c) { return dataset.files[at.file].lacks(c); });
}

namespace detail {

template <typename R, typename Record>
concept checks = requires(const Record& record, Reporter& out) {
  R::check(record, out);
};

template <typename R>
rules::Rule make_rule() {
  rules::Rule rule{R::info, {}, {}, {}, {}, {}, {}};
  if constexpr (checks<R, NamedRecord>) {
    // One check for every record that carries a person's names.
    rule.on_pupil = [](const model::Pupil& r, Reporter& o) { R::check(named(r), o); };
    rule.on_person = [](const model::Person& r, Reporter& o) { R::check(named(r), o); };
    rule.on_staff = [](const model::Staff& r, Reporter& o) { R::check(named(r), o); };
  }
  if constexpr (checks<R, TextRecord>) {
    // One check for the text values of every record that carries some.
    rule.on_pupil = [](const model::Pupil& r, Reporter& o) { R::check(text_record(r), o); };
    rule.on_person = [](const model::Person& r, Reporter& o) { R::check(text_record(r), o); };
    rule.on_staff = [](const model::Staff& r, Reporter& o) { R::check(text_record(r), o); };
  }
  if constexpr (checks<R, model::Pupil>) rule.on_pupil = [](const model::Pupil& r, Reporter& o) { R::check(r, o); };
  if constexpr (checks<R, model::Person>) rule.on_person = [](const model::Person& r, Reporter& o) { R::check(r, o); };
  if constexpr (checks<R, model::Staff>) rule.on_staff = [](const model::Staff& r, Reporter& o) { R::check(r, o); };
  if constexpr (checks<R, model::Division>) {
    rule.on_division = [](const model::Division& r, Reporter& o) { R::check(r, o); };
  }
  if constexpr (checks<R, model::Group>) rule.on_group = [](const model::Group& r, Reporter& o) { R::check(r, o); };
  if constexpr (checks<R, model::Dataset>) {
    rule.on_dataset = [](const model::Dataset& r, Reporter& o) { R::check(r, o); };
  }
  if constexpr (requires { R::records_needed; }) rule.records_needed = R::records_needed;
  return rule;
}

}  // namespace detail
}  // namespace scolint::rules

/// Defines the registration function the generated rule list calls.
#define SCOLINT_RULE(CODE, TYPE)                                        \
  void register_rule_##CODE(::scolint::rules::RuleRegistry& registry) { \
    registry.add(::scolint::rules::detail::make_rule<TYPE>());          \
  }
