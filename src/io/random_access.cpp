#include "io/random_access.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace scolint::io {
namespace {

class FileAccess final : public RandomAccess {
 public:
  FileAccess(int fd, std::uint64_t size) : fd_(fd), size_(size) {}
  FileAccess(const FileAccess&) = delete;
  FileAccess& operator=(const FileAccess&) = delete;
  ~FileAccess() override { ::close(fd_); }

  [[nodiscard]] std::uint64_t size() const override { return size_; }
  [[nodiscard]] Result<std::size_t> read_at(std::uint64_t offset, std::span<char> buffer) const override {
    for (;;) {
      const ssize_t got = ::pread(fd_, buffer.data(), buffer.size(), static_cast<off_t>(offset));
      if (got >= 0) return static_cast<std::size_t>(got);
      if (errno != EINTR) return Error{ErrorCode::io_error, std::strerror(errno)};
    }
  }

 private:
  int fd_;
  std::uint64_t size_;
};

class MemoryAccess final : public RandomAccess {
 public:
  explicit MemoryAccess(const std::string& bytes) : bytes_(bytes) {}
  [[nodiscard]] std::uint64_t size() const override { return bytes_.size(); }
  [[nodiscard]] Result<std::size_t> read_at(std::uint64_t offset, std::span<char> buffer) const override {
    if (offset >= bytes_.size()) return std::size_t{0};
    const std::size_t count = std::min<std::uint64_t>(buffer.size(), bytes_.size() - offset);
    std::copy_n(bytes_.data() + offset, count, buffer.data());
    return count;
  }

 private:
  const std::string& bytes_;
};

// The bytes [begin, end) of an input.
class RangeSource final : public ByteSource {
 public:
  RangeSource(std::shared_ptr<const RandomAccess> input, std::uint64_t begin, std::uint64_t end)
      : input_(std::move(input)), offset_(begin), end_(end) {}

  Result<std::size_t> read(std::span<char> buffer) override {
    if (offset_ >= end_) return std::size_t{0};
    const std::size_t wanted = std::min<std::uint64_t>(buffer.size(), end_ - offset_);
    auto got = input_->read_at(offset_, buffer.first(wanted));
    if (got) offset_ += got.value();
    return got;
  }

 private:
  std::shared_ptr<const RandomAccess> input_;
  std::uint64_t offset_;
  std::uint64_t end_;
};

// A range behind a prefix, owning both.
class PrefixedRange final : public ByteSource {
 public:
  PrefixedRange(std::shared_ptr<const RandomAccess> input, std::string prefix, std::uint64_t begin, std::uint64_t end)
      : range_(std::move(input), begin, end), source_(std::move(prefix), range_) {}
  Result<std::size_t> read(std::span<char> buffer) override { return source_.read(buffer); }

 private:
  RangeSource range_;
  PrefixedSource source_;
};

}  // namespace

Result<std::shared_ptr<const RandomAccess>> open_random_access(const std::string& path) {
  // Opened by open_file's rules first, so that a FIFO or a directory gets the same refusal.
  if (auto checked = open_file(path); !checked) return checked.error();
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return Error{ErrorCode::io_error, std::strerror(errno)};
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    return Error{ErrorCode::io_error, "not-regular"};
  }
  return std::shared_ptr<const RandomAccess>(
      std::make_shared<FileAccess>(fd, static_cast<std::uint64_t>(info.st_size)));
}

std::shared_ptr<const RandomAccess> memory_random_access(const std::string& bytes) {
  return std::make_shared<MemoryAccess>(bytes);
}

std::unique_ptr<ByteSource> range_source(std::shared_ptr<const RandomAccess> input, std::string prefix,
                                         std::uint64_t begin, std::uint64_t end) {
  return std::make_unique<PrefixedRange>(std::move(input), std::move(prefix), begin, end);
}

}  // namespace scolint::io
