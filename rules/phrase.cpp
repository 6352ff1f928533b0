#include "rules/phrase.hpp"

#include <vector>

namespace scolint::rules {

std::string say(Language language, const Phrase& pattern, std::initializer_list<std::string_view> args) {
  const std::string_view text = pattern.in(language);
  std::string out;
  out.reserve(text.size() + 16);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{' && i + 2 < text.size() && text[i + 2] == '}' && text[i + 1] >= '0' && text[i + 1] <= '9') {
      const auto n = static_cast<std::size_t>(text[i + 1] - '0');
      if (n < args.size()) out += *(args.begin() + n);
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

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
