#pragma once
// What each kind of change says, in both languages, and how bad it is: one
// table (wording.cpp), so that docs/diff.md, the messages and the severities
// cannot drift apart.

#include <cstdint>
#include <span>
#include <string_view>

#include <scolint/diagnostic.hpp>

#include "rules/rule.hpp"

namespace scolint::changes {

/// One wording of a kind of change: arguments {0}, {1}... in the message.
struct Wording {
  std::string_view kind;
  std::uint8_t variant = 0;
  Severity severity = Severity::info;
  rules::Phrase message;
  rules::Phrase hint;
};

/// The wording of `kind` (variant `variant`); every kind has a variant 0.
const Wording& wording(std::string_view kind, std::uint8_t variant = 0);

/// The kind's place in the table: changes of one division list in this order.
std::size_t kind_rank(std::string_view kind);

/// Every wording, in table order (for the tests and docs).
std::span<const Wording> all_wordings();

}  // namespace scolint::changes
