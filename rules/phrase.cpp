#include "rules/phrase.hpp"

#include <vector>

namespace scolint::rules {

std::string quoted(Language language, std::string_view value) {
  static constexpr Phrase quotes{"« {0} »", "\"{0}\""};
  return say(language, quotes, {value});
}

std::string join_words(const std::vector<std::string>& words, Language language, const Phrase& last) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? last.in(language) : ", ";
    out += words[i];
  }
  return out;
}

std::string join_words(const std::vector<std::string>& words, Language language) {
  static constexpr Phrase and_words{" et ", " and "};
  return join_words(words, language, and_words);
}

}  // namespace scolint::rules
