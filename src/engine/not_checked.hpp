#pragma once
// Rules that cannot be checked in a file for want of a column (CSV) or an
// attribute (AAF): their findings there are dropped, and the report says
// once per rule and file that the rule was not checked (issue #22: never
// one error per record for what the file's format does not carry).

#include <string>
#include <vector>

#include <scolint/linter.hpp>

#include "model/dataset.hpp"
#include "rules/rule.hpp"

namespace scolint::engine {

/// True when `file` lacks a column `rule` reads: its findings there say
/// nothing about the records.
bool unchecked_in(const rules::Rule& rule, const model::FileRecord& file);

/// One entry per rule of `ran` and file lacking a column it reads, in file
/// order then rule order.
std::vector<NotChecked> not_checked(const std::vector<model::FileRecord>& files,
                                    const std::vector<const rules::Rule*>& ran);

}  // namespace scolint::engine
