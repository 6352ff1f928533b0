#pragma once
// ZIP archives as SIECLE hands them out (ExportXML_ElevesSansAdresses.zip):
// each member is read as its own file, streamed, never unpacked to disk.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <scolint/result.hpp>

#include "io/byte_source.hpp"

namespace scolint::io {

/// A zip bomb stops at this many inflated bytes per member, and says so.
inline constexpr std::uint64_t default_zip_member_cap = std::uint64_t{4} << 30U;

/// True when the file starts with a ZIP local header ("PK\3\4").
bool looks_like_zip(const std::string& path);

/// The names of the archive's members that are exports (*.xml), sorted.
/// Errors: "zip-corrupt", "zip-encrypted" or the system's reason.
Result<std::vector<std::string>> zip_export_members(const std::string& path);

/// Streams one member. Reading past `cap` inflated bytes fails with "zip-too-large".
Result<std::unique_ptr<ByteSource>> open_zip_member(const std::string& path, const std::string& member,
                                                    std::uint64_t cap = default_zip_member_cap);

}  // namespace scolint::io
