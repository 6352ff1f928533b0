#pragma once
/// @file
/// scolint.toml: the project's settings, found from a directory upward.
///
/// ```toml
/// [lint]
/// select = ["S", "P", "X"]     # codes, prefixes or slugs
/// ignore = ["P010"]
/// kinds = ["sts-emp"]          # export kinds to read; the others are skipped
/// fail_on = "warning"          # error | warning | info
/// language = "fr"              # fr | en
/// login_profile = "underscore" # underscore | entcore | entcore-2017 | entcore-2014 | se3
/// redact = true
///
/// [rules.S001]
/// severity = "warning"         # per-rule severity
/// max_length = 8               # any option the rule declares
/// ```

#include <string>

#include <scolint/export.h>
#include <scolint/linter.hpp>
#include <scolint/result.hpp>

namespace scolint {

/// The nearest scolint.toml in `directory` or one of its parents; empty if none.
[[nodiscard]] SCOLINT_API std::string find_config(const std::string& directory);

/// Applies the file's settings over `options`. Unknown tables, keys, rule
/// codes, options and bad values are errors naming the key and its line.
[[nodiscard]] SCOLINT_API Result<Options> read_config(const std::string& path, Options options);

/// The options as a scolint.toml would write them (for --show-settings).
[[nodiscard]] SCOLINT_API std::string settings_as_toml(const Options& options);

}  // namespace scolint
