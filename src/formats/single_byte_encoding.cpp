#include "formats/single_byte_encoding.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <memory>
#include <string>

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
    const int32_t length = ucnv_toUChars(converter.get(), out.data(), static_cast<int32_t>(out.size()), &in, 1, &status);
    table.at(byte) = (U_FAILURE(status) || length != 1 || U16_IS_SURROGATE(out[0])) ? -1 : static_cast<int>(out[0]);
  }
  // expat requires the ASCII bytes to be ASCII; a charset where they are not
  // (EBCDIC...) cannot be an XML export anyway.
  for (std::size_t byte = 0x20; byte < 0x7F; ++byte) {
    if (table.at(byte) != static_cast<int>(byte)) return std::nullopt;
  }
  return table;
}

}  // namespace scolint::formats
