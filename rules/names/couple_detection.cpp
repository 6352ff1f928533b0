#include "rules/names/couple_detection.hpp"

#include <algorithm>
#include <array>

#include "model/text.hpp"

namespace scolint::rules {

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
  // One walk: the civilities, and the first "et"/"ou" after the first word
  // (a joining word only if it is not the last word either).
  std::string civilities;
  int count = 0;
  std::string_view conjunction;
  std::size_t conjunction_at = 0;
  const std::size_t words = for_each_word(model::trim(value), [&](std::string_view word, std::size_t i) {
    if (conjunction.empty() && i > 0 &&
        (model::equals_upper_ascii(word, "ET") || model::equals_upper_ascii(word, "OU"))) {
      conjunction = word;
      conjunction_at = i;
    }
    if (!is_civility(word)) return;
    ++count;
    if (!civilities.empty()) civilities += ' ';
    civilities += word;
  });
  if (given_name && !conjunction.empty() && conjunction_at + 1 < words) {
    return {CoupleSign::conjunction, std::string(conjunction)};
  }
  if (count >= 2) return {CoupleSign::two_civilities, civilities};
  return {};
}

}  // namespace scolint::rules
