#include "formats/single_byte_encoding.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "model/text.hpp"

namespace scolint::formats {

std::optional<ByteTable> single_byte_table(std::string_view charset_name) {
  UErrorCode status = U_ZERO_ERROR;
  const std::string name(charset_name);
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(name.c_str(), &status), &ucnv_close);
  if (U_FAILURE(status) || !converter || ucnv_getMaxCharSize(converter.get()) != 1) return std::nullopt;
  // Undefined bytes must fail rather than become U+FFFD or U+001A.
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return std::nullopt;

  ByteTable table{};
  for (std::size_t byte = 0; byte < table.size(); ++byte) {
    const char in = static_cast<char>(static_cast<unsigned char>(byte));
    std::array<UChar, 4> out{};
    status = U_ZERO_ERROR;
    ucnv_reset(converter.get());
    const int32_t length =
        ucnv_toUChars(converter.get(), out.data(), static_cast<int32_t>(out.size()), &in, 1, &status);
    table.at(byte) = (U_FAILURE(status) || length != 1 || U16_IS_SURROGATE(out[0])) ? -1 : static_cast<int>(out[0]);
  }
  // expat requires the ASCII bytes to be ASCII; a charset where they are not
  // (EBCDIC...) cannot be an XML export anyway.
  for (std::size_t byte = 0x20; byte < 0x7F; ++byte) {
    if (table.at(byte) != static_cast<int>(byte)) return std::nullopt;
  }
  return table;
}

std::string declared_encoding(std::string_view prefix) {
  if (prefix.rfind("\xEF\xBB\xBF", 0) == 0) prefix.remove_prefix(3);
  if (prefix.rfind("<?xml", 0) != 0) return {};
  const auto end = prefix.find("?>");
  const std::string_view declaration = prefix.substr(0, end);
  const auto key = declaration.find("encoding");
  if (key == std::string_view::npos) return {};
  auto quote = declaration.find_first_of("\"'", key);
  if (quote == std::string_view::npos) return {};
  const auto close = declaration.find(declaration[quote], quote + 1);
  if (close == std::string_view::npos) return {};
  return model::upper_ascii(declaration.substr(quote + 1, close - quote - 1));
}

namespace {

class SingleByteToUtf8 final : public io::ByteSource {
 public:
  SingleByteToUtf8(const ByteTable& table, io::ByteSource& inner) : inner_(inner) {
    for (std::size_t byte = 0; byte < table.size(); ++byte) {
      const auto c = static_cast<unsigned>(table.at(byte));
      Utf8& utf8 = utf8_.at(byte);
      if (c < 0x80U) {
        utf8 = {{static_cast<char>(c), 0, 0}, 1};
      } else if (c < 0x800U) {
        utf8 = {{static_cast<char>(0xC0U | (c >> 6U)), static_cast<char>(0x80U | (c & 0x3FU)), 0}, 2};
      } else {
        utf8 = {{static_cast<char>(0xE0U | (c >> 12U)), static_cast<char>(0x80U | ((c >> 6U) & 0x3FU)),
                 static_cast<char>(0x80U | (c & 0x3FU))},
                3};
      }
    }
  }

  Result<std::size_t> read(std::span<char> buffer) override {
    // A byte gives at most 3 UTF-8 bytes (U+0800..U+FFFF: the euro sign).
    if (buffer.size() < 3) return Error{ErrorCode::io_error, "read buffer too small"};
    raw_.resize(buffer.size() / 3);
    auto got = inner_.read(raw_);
    if (!got) return got;
    // Every byte may write three: the buffer holds three per byte read.
    char* out = buffer.data();
    const char* in = raw_.data();
    const std::size_t length = got.value();
    for (std::size_t i = 0; i < length;) {
      // Markup is ASCII: eight bytes at a time while no byte has its high bit.
      std::uint64_t word = 0;
      if (i + sizeof word <= length) {
        std::memcpy(&word, in + i, sizeof word);
        if ((word & 0x8080808080808080ULL) == 0) {
          std::memcpy(out, &word, sizeof word);
          out += sizeof word;
          i += sizeof word;
          continue;
        }
      }
      const auto byte = static_cast<unsigned char>(in[i++]);
      if (byte < 0x80U) {
        *out++ = static_cast<char>(byte);
        continue;
      }
      const Utf8& utf8 = utf8_[byte];
      std::memcpy(out, utf8.bytes.data(), utf8.bytes.size());
      out += utf8.size;
    }
    return static_cast<std::size_t>(out - buffer.data());
  }

 private:
  struct Utf8 {
    std::array<char, 3> bytes;
    std::uint8_t size;
  };

  io::ByteSource& inner_;
  std::array<Utf8, 256> utf8_{};
  std::vector<char> raw_;
};

}  // namespace

std::unique_ptr<io::ByteSource> utf8_from_single_byte(const ByteTable& table, io::ByteSource& inner) {
  for (const int c : table) {
    if (c < 0 || c >= 0x10000) return nullptr;
  }
  return std::make_unique<SingleByteToUtf8>(table, inner);
}

}  // namespace scolint::formats
