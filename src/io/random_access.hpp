#pragma once
// Random access to a whole input, so that one large file can be read in
// parts by several threads: each part is a ByteSource over a byte range.

#include <cstdint>
#include <memory>
#include <span>
#include <string>

#include "io/byte_source.hpp"

namespace scolint::io {

class RandomAccess {
 public:
  virtual ~RandomAccess() = default;
  [[nodiscard]] virtual std::uint64_t size() const = 0;
  /// Reads up to buffer.size() bytes at `offset`; 0 at the end. Safe from several threads.
  [[nodiscard]] virtual Result<std::size_t> read_at(std::uint64_t offset, std::span<char> buffer) const = 0;
};

/// A regular file opened read-only (same refusals as open_file).
[[nodiscard]] Result<std::shared_ptr<const RandomAccess>> open_random_access(const std::string& path);

/// A buffer the caller keeps alive.
[[nodiscard]] std::shared_ptr<const RandomAccess> memory_random_access(const std::string& bytes);

/// `prefix`, then the bytes [begin, end) of `input`.
[[nodiscard]] std::unique_ptr<ByteSource> range_source(std::shared_ptr<const RandomAccess> input, std::string prefix,
                                                       std::uint64_t begin, std::uint64_t end);

}  // namespace scolint::io
