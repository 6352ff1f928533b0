#include "rules/names/couple_detection.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "model/text.hpp"

namespace scolint::rules {
namespace {

std::vector<std::string_view> words(std::string_view value) {
  std::vector<std::string_view> out;
  std::size_t pos = 0;
  while (pos < value.size()) {
    while (pos < value.size() && (value[pos] == ' ' || value[pos] == '\t')) ++pos;
    const std::size_t start = pos;
    while (pos < value.size() && value[pos] != ' ' && value[pos] != '\t') ++pos;
    if (pos > start) out.push_back(value.substr(start, pos - start));
  }
  return out;
}

}  // namespace

bool is_civility(std::string_view word) {
  static constexpr std::array<std::string_view, 12> civilities{
      "M", "M.", "MR", "MR.", "MME", "MME.", "MMES", "MLLE", "MLLE.", "MONSIEUR", "MADAME", "MADEMOISELLE"};
  return std::ranges::any_of(civilities,
                             [word](std::string_view civility) { return model::equals_upper_ascii(word, civility); });
}

CoupleMatch find_couple(std::string_view value, bool given_name) {
  const auto parts = words(model::trim(value));
  // A symbol between two names: "Tino & Suzanne", "Paul/Marie", "Luc+Anne".
  for (const char symbol : {'&', '+', '/'}) {
    const auto at = value.find(symbol);
    if (at == std::string_view::npos) continue;
    const auto before = model::trim(value.substr(0, at));
    const auto after = model::trim(value.substr(at + 1));
    if (!before.empty() && !after.empty()) return {CoupleSign::symbol, std::string(1, symbol)};
  }
  if (given_name && parts.size() >= 3) {
    for (std::size_t i = 1; i + 1 < parts.size(); ++i) {
      if (model::equals_upper_ascii(parts[i], "ET") || model::equals_upper_ascii(parts[i], "OU")) return {CoupleSign::conjunction, std::string(parts[i])};
    }
  }
  std::string civilities;
  int count = 0;
  for (const auto part : parts) {
    if (!is_civility(part)) continue;
    ++count;
    civilities += (civilities.empty() ? "" : " ") + std::string(part);
  }
  if (count >= 2) return {CoupleSign::two_civilities, civilities};
  return {};
}

}  // namespace scolint::rules
