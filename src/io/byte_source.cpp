#include "io/byte_source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace scolint::io {
namespace {

// Stable reason tokens: the engine words them in the user's language.
std::string open_failure(int error) {
  switch (error) {
    case ENOENT: return "not-found";
    case EACCES:
    case EPERM: return "permission-denied";
    case EISDIR: return "is-directory";
    default: return std::strerror(error);
  }
}

class FileSource final : public ByteSource {
 public:
  explicit FileSource(int fd, bool owned = true) : fd_(fd), owned_(owned) {}
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;
  ~FileSource() override {
    if (owned_) ::close(fd_);
  }

  Result<std::size_t> read(std::span<char> buffer) override {
    for (;;) {
      const ssize_t got = ::read(fd_, buffer.data(), buffer.size());
      if (got >= 0) return static_cast<std::size_t>(got);
      if (errno != EINTR) return Error{ErrorCode::io_error, std::strerror(errno)};
    }
  }

 private:
  int fd_;
  bool owned_;
};

class MemorySource final : public ByteSource {
 public:
  explicit MemorySource(const std::string& bytes) : bytes_(bytes) {}

  Result<std::size_t> read(std::span<char> buffer) override {
    const std::size_t count = std::min(buffer.size(), bytes_.size() - offset_);
    std::copy_n(bytes_.data() + offset_, count, buffer.data());
    offset_ += count;
    return count;
  }

 private:
  const std::string& bytes_;
  std::size_t offset_ = 0;
};

}  // namespace

Result<std::size_t> PrefixedSource::read(std::span<char> buffer) {
  if (offset_ < prefix_.size()) {
    const std::size_t count = std::min(buffer.size(), prefix_.size() - offset_);
    std::copy_n(prefix_.data() + offset_, count, buffer.data());
    offset_ += count;
    return count;
  }
  return rest_.read(buffer);
}

Result<std::unique_ptr<ByteSource>> open_file(const std::string& path) {
  // O_NONBLOCK so that opening a FIFO cannot hang; fstat then refuses it.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) return Error{ErrorCode::io_error, open_failure(errno)};
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    const int saved = errno;
    ::close(fd);
    return Error{ErrorCode::io_error, open_failure(saved)};
  }
  if (!S_ISREG(info.st_mode)) {
    ::close(fd);
    const char* what = S_ISDIR(info.st_mode) ? "is-directory" : "not-regular";
    return Error{ErrorCode::io_error, what};
  }
  const int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  return std::unique_ptr<ByteSource>(std::make_unique<FileSource>(fd));
}

std::unique_ptr<ByteSource> stdin_source() { return std::make_unique<FileSource>(STDIN_FILENO, false); }

std::unique_ptr<ByteSource> memory_source(const std::string& bytes) { return std::make_unique<MemorySource>(bytes); }

}  // namespace scolint::io
