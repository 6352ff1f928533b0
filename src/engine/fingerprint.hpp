#pragma once
// Fingerprints identify a finding across runs (baselines, SARIF, GitLab):
// code + record identifiers only, so moving a record or fixing a name
// elsewhere in the file keeps it, and no personal data goes in.

#include <string>
#include <string_view>

namespace scolint::engine {

/// 16 hex digits of FNV-1a 64 over code, record and key.
std::string fingerprint(std::string_view code, std::string_view record, std::string_view key);

/// The same, told apart by the name of the file at `path` (not its folders:
/// a checkout elsewhere keeps its baseline): for a record that means nothing
/// outside its file, or another person behind the same record id.
std::string fingerprint_in_file(std::string_view code, std::string_view record, std::string_view key,
                                std::string_view path);

}  // namespace scolint::engine
