#pragma once
// Where input bytes come from: a file opened read-only, or memory. Reading is
// chunked so memory stays bounded whatever the file size.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>

#include <scolint/result.hpp>

namespace scolint::io {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  /// Fills `buffer` from the current position; 0 means end of input.
  [[nodiscard]] virtual Result<std::size_t> read(std::span<char> buffer) = 0;
};

/// `prefix`, then the rest of `rest` (bytes read ahead while sniffing, or
/// the head a part of a split file is read behind).
class PrefixedSource final : public ByteSource {
 public:
  PrefixedSource(std::string prefix, ByteSource& rest) : prefix_(std::move(prefix)), rest_(rest) {}
  [[nodiscard]] Result<std::size_t> read(std::span<char> buffer) override;

 private:
  std::string prefix_;
  ByteSource& rest_;
  std::size_t offset_ = 0;
};

/// Opens a regular file read-only. Directories, FIFOs and devices are refused
/// with a reason, so a run never blocks on a pipe or reads /dev/zero forever.
/// The error detail is "not-found", "permission-denied", "is-directory",
/// "not-regular", or the system's text for anything else.
[[nodiscard]] Result<std::unique_ptr<ByteSource>> open_file(const std::string& path);

/// Reads the process's standard input (for `scolint -`). Not closed at the end.
[[nodiscard]] std::unique_ptr<ByteSource> stdin_source();

/// Reads from a string the caller keeps alive.
[[nodiscard]] std::unique_ptr<ByteSource> memory_source(const std::string& bytes);

}  // namespace scolint::io
