#pragma once
// From findings to diagnostics: the message worded in the run's language,
// the hint with its screen, locations as paths, the fingerprint; and the
// order of the report.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <scolint/diagnostic.hpp>

#include "engine/collector.hpp"
#include "engine/session.hpp"
#include "model/dataset.hpp"

namespace scolint::engine {

/// A source location as a path, line and column.
Location locate(const std::vector<model::FileRecord>& files, const model::SourceLocation& at);

/// The indexes of `diagnostics` in report order: by file path, line, column,
/// code, then message, equal ones in their given order (a stable sort).
std::vector<std::size_t> report_order(const std::vector<Diagnostic>& diagnostics);

/// The diagnostic of one finding; takes it by value, its strings are freed (or moved) here.
Diagnostic to_diagnostic(const RawFinding& raw, const std::vector<model::FileRecord>& files, const Settings& settings);

}  // namespace scolint::engine
