#include "io/zip_archive.hpp"

#include <zip.h>

#include <algorithm>
#include <array>
#include <fstream>

namespace scolint::io {
namespace {

struct ArchiveCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
using Archive = std::unique_ptr<zip_t, ArchiveCloser>;

Result<Archive> open_archive(const std::string& path) {
  int error = 0;
  // ZIP_RDONLY: an input is never written, even by accident.
  zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (archive == nullptr) return Error{ErrorCode::io_error, error == ZIP_ER_NOENT ? "not-found" : "zip-corrupt"};
  return Archive(archive);
}

bool is_export_name(const std::string& name) {
  if (name.empty() || name.back() == '/') return false;
  std::string lower = name;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower.size() > 4 && lower.compare(lower.size() - 4, 4, ".xml") == 0 && lower.find("__macosx/") == std::string::npos;
}

class ZipMemberSource final : public ByteSource {
 public:
  ZipMemberSource(Archive archive, zip_file_t* file, std::uint64_t cap)
      : archive_(std::move(archive)), file_(file), cap_(cap) {}
  ZipMemberSource(const ZipMemberSource&) = delete;
  ZipMemberSource& operator=(const ZipMemberSource&) = delete;
  ~ZipMemberSource() override { zip_fclose(file_); }

  Result<std::size_t> read(std::span<char> buffer) override {
    if (read_ >= cap_) return Error{ErrorCode::io_error, "zip-too-large"};
    const auto want = static_cast<zip_uint64_t>(std::min<std::uint64_t>(buffer.size(), cap_ - read_));
    const zip_int64_t got = zip_fread(file_, buffer.data(), want);
    if (got < 0) return Error{ErrorCode::io_error, "zip-corrupt"};
    read_ += static_cast<std::uint64_t>(got);
    return static_cast<std::size_t>(got);
  }

 private:
  Archive archive_;
  zip_file_t* file_;
  std::uint64_t cap_;
  std::uint64_t read_ = 0;
};

}  // namespace

bool looks_like_zip(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::array<char, 4> head{};
  in.read(head.data(), head.size());
  return in.gcount() == 4 && head == std::array<char, 4>{'P', 'K', '\x03', '\x04'};
}

Result<std::vector<std::string>> zip_export_members(const std::string& path) {
  auto archive = open_archive(path);
  if (!archive) return archive.error();
  std::vector<std::string> members;
  const zip_int64_t count = zip_get_num_entries(archive.value().get(), 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive.value().get(), static_cast<zip_uint64_t>(i), 0, &stat) != 0) continue;
    if ((stat.valid & ZIP_STAT_NAME) == 0 || stat.name == nullptr) continue;
    const std::string name = stat.name;
    if (is_export_name(name)) members.push_back(name);
  }
  std::sort(members.begin(), members.end());
  return members;
}

Result<std::unique_ptr<ByteSource>> open_zip_member(const std::string& path, const std::string& member,
                                                    std::uint64_t cap) {
  auto archive = open_archive(path);
  if (!archive) return archive.error();
  zip_t* raw = archive.value().get();
  const zip_int64_t index = zip_name_locate(raw, member.c_str(), 0);
  if (index < 0) return Error{ErrorCode::io_error, "not-found"};
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(raw, static_cast<zip_uint64_t>(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 &&
      stat.encryption_method != ZIP_EM_NONE) {
    return Error{ErrorCode::io_error, "zip-encrypted"};
  }
  zip_file_t* file = zip_fopen_index(raw, static_cast<zip_uint64_t>(index), 0);
  if (file == nullptr) {
    const int code = zip_error_code_zip(zip_get_error(raw));
    return Error{ErrorCode::io_error, code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD ? "zip-encrypted" : "zip-corrupt"};
  }
  return std::unique_ptr<ByteSource>(std::make_unique<ZipMemberSource>(std::move(archive.value()), file, cap));
}

}  // namespace scolint::io
