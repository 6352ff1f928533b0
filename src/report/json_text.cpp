#include "report/json_text.hpp"

#include <cstddef>

#include <nlohmann/json.hpp>

namespace scolint::report {
namespace {

bool continuation(unsigned byte) { return (byte & 0xC0U) == 0x80U; }

// The length of the well-formed UTF-8 sequence at `at` (Unicode table 3-7), or 0.
std::size_t sequence_length(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  auto byte = [&](std::size_t i) { return at + i < text.size() ? static_cast<unsigned char>(text[at + i]) : 0U; };
  if (lead >= 0xC2U && lead <= 0xDFU) return continuation(byte(1)) ? 2 : 0;
  if (lead >= 0xE0U && lead <= 0xEFU) {
    const unsigned low = lead == 0xE0U ? 0xA0U : 0x80U;
    const unsigned high = lead == 0xEDU ? 0x9FU : 0xBFU;  // no surrogates
    return byte(1) >= low && byte(1) <= high && continuation(byte(2)) ? 3 : 0;
  }
  if (lead >= 0xF0U && lead <= 0xF4U) {
    const unsigned low = lead == 0xF0U ? 0x90U : 0x80U;
    const unsigned high = lead == 0xF4U ? 0x8FU : 0xBFU;  // up to U+10FFFF
    return byte(1) >= low && byte(1) <= high && continuation(byte(2)) && continuation(byte(3)) ? 4 : 0;
  }
  return 0;
}

}  // namespace

bool copies_verbatim(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    const auto c = static_cast<unsigned char>(text[at]);
    if (c < 0x80U) {
      if (c < 0x20U || c == '"' || c == '\\') return false;
      ++at;
      continue;
    }
    const std::size_t length = sequence_length(text, at);
    if (length == 0) return false;
    at += length;
  }
  return true;
}

void append_json_string(std::string& out, std::string_view text) {
  if (copies_verbatim(text)) {
    out += '"';
    out += text;
    out += '"';
    return;
  }
  // Escapes and replacement characters: nlohmann's own rules, for the same bytes.
  out += nlohmann::ordered_json(text).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace scolint::report
