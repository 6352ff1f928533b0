#include "rules/names/couple_detection.hpp"

#include <algorithm>
#include <array>

#include "model/text.hpp"

namespace scolint::rules {
namespace {

// Calls fn(word, index) for each blank-separated word: no vector, since this
// runs on every name field of every record.
template <typename Fn>
std::size_t for_each_word(std::string_view value, Fn fn) {
  std::size_t pos = 0;
  std::size_t index = 0;
  while (pos < value.size()) {
    while (pos < value.size() && (value[pos] == ' ' || value[pos] == '\t')) ++pos;
    const std::size_t start = pos;
    while (pos < value.size() && value[pos] != ' ' && value[pos] != '\t') ++pos;
    if (pos > start) fn(value.substr(start, pos - start), index++);
  }
  return index;
}

}  // namespace

bool is_civility(std::string_view word) {
  static constexpr std::array<std::string_view, 12> civilities{
      "M", "M.", "MR", "MR.", "MME", "MME.", "MMES", "MLLE", "MLLE.", "MONSIEUR", "MADAME", "MADEMOISELLE"};
  return std::ranges::any_of(civilities,
                             [word](std::string_view civility) { return model::equals_upper_ascii(word, civility); });
}

CoupleMatch find_couple(std::string_view value, bool given_name) {
  // A symbol between two names: "Tino & Suzanne", "Paul/Marie", "Luc+Anne".
  for (const char symbol : {'&', '+', '/'}) {
    const auto at = value.find(symbol);
    if (at == std::string_view::npos) continue;
    const auto before = model::trim(value.substr(0, at));
    const auto after = model::trim(value.substr(at + 1));
    if (!before.empty() && !after.empty()) return {CoupleSign::symbol, std::string(1, symbol)};
  }
  const std::string_view trimmed = model::trim(value);
  const std::size_t words = for_each_word(trimmed, [](std::string_view, std::size_t) {});
  if (given_name && words >= 3) {
    std::string_view conjunction;
    for_each_word(trimmed, [&](std::string_view word, std::size_t i) {
      if (conjunction.empty() && i > 0 && i + 1 < words &&
          (model::equals_upper_ascii(word, "ET") || model::equals_upper_ascii(word, "OU"))) {
        conjunction = word;
      }
    });
    if (!conjunction.empty()) return {CoupleSign::conjunction, std::string(conjunction)};
  }
  std::string civilities;
  int count = 0;
  for_each_word(trimmed, [&](std::string_view word, std::size_t) {
    if (!is_civility(word)) return;
    ++count;
    if (!civilities.empty()) civilities += ' ';
    civilities += word;
  });
  if (count >= 2) return {CoupleSign::two_civilities, civilities};
  return {};
}

}  // namespace scolint::rules
