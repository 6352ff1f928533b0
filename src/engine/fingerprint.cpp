#include "engine/fingerprint.hpp"

#include <array>
#include <cstdint>

namespace scolint::engine {

std::string fingerprint(std::string_view code, std::string_view record, std::string_view key) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  auto mix = [&hash](std::string_view part) {
    for (const char c : part) {
      hash ^= static_cast<unsigned char>(c);
      hash *= 0x100000001b3ULL;
    }
    hash ^= 0xFFU;  // separator, so ("ab","c") and ("a","bc") differ
    hash *= 0x100000001b3ULL;
  };
  mix(code);
  mix(record);
  mix(key);
  static constexpr std::array<char, 16> digits{'0', '1', '2', '3', '4', '5', '6', '7',
                                               '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
  std::string out(16, '0');
  for (std::size_t i = 0; i < 16; ++i) out[15 - i] = digits[(hash >> (4 * i)) & 0xFU];
  return out;
}

std::string fingerprint_in_file(std::string_view code, std::string_view record, std::string_view key,
                                std::string_view path) {
  const std::string_view name = path.substr(path.find_last_of('/') + 1);
  return fingerprint(code, record, std::string(key).append(1, '\x1f').append(name));
}

}  // namespace scolint::engine
