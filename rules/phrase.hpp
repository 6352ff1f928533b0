#pragma once
// Words a rule puts in its message arguments, in the run's language. A rule
// names each wording as a bilingual Phrase (`constexpr Phrase tab{"une
// tabulation", "a tab"}`) and says it through these: no rule chooses a
// language itself (docs/contributing.md, "What a finding says").

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.hpp"

namespace scolint::rules {

/// `pattern` with {0}, {1}... {9} replaced by `args` in order (nothing for
/// a missing one): the one templating of messages, tallies and phrases.
/// `Args`: a vector of strings, an initializer list of views...
template <typename Args>
std::string fill(std::string_view pattern, const Args& args) {
  // Reserved once: grown a character at a time, a 250-byte message held 480
  // (84 000 of them at the end of a 1M-pupil run).
  std::size_t size = pattern.size();
  for (const auto& arg : args) size += arg.size();
  std::string out;
  out.reserve(size);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const bool placeholder = pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
                             pattern[i + 1] >= '0' && pattern[i + 1] <= '9';
    if (!placeholder) {
      out += pattern[i];
      continue;
    }
    const auto index = static_cast<std::size_t>(pattern[i + 1] - '0');
    if (index < args.size()) out += *(args.begin() + static_cast<std::ptrdiff_t>(index));
    i += 2;
  }
  return out;
}

/// `text` in `language`.
inline std::string say(Language language, const Phrase& text) { return std::string(text.in(language)); }

/// `pattern` in `language`, its {0}, {1}... replaced by `args` in order.
inline std::string say(Language language, const Phrase& pattern, std::initializer_list<std::string_view> args) {
  return fill(pattern.in(language), args);
}

/// `value` between the language's quotes: « value » or "value".
std::string quoted(Language language, std::string_view value);

/// "A, B et C" / "A, B and C"; `last` joins the last two ("ni" / "or"...).
std::string join_words(const std::vector<std::string>& words, Language language);
std::string join_words(const std::vector<std::string>& words, Language language, const Phrase& last);

}  // namespace scolint::rules
