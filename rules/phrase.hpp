#pragma once
// Words a rule puts in its message arguments, in the run's language. A rule
// names each wording as a bilingual Phrase (`constexpr Phrase tab{"une
// tabulation", "a tab"}`) and says it through these: no rule chooses a
// language itself (docs/contributing.md, "What a finding says").

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.hpp"

namespace scolint::rules {

/// `text` in `language`.
inline std::string say(Language language, const Phrase& text) { return std::string(text.in(language)); }

/// `pattern` in `language`, its {0}, {1}... replaced by `args` in order.
std::string say(Language language, const Phrase& pattern, std::initializer_list<std::string_view> args);

/// `value` between the language's quotes: « value » or "value".
std::string quoted(Language language, std::string_view value);

/// "A, B et C" / "A, B and C"; `last` joins the last two ("ni" / "or"...).
std::string join_words(const std::vector<std::string>& words, Language language);
std::string join_words(const std::vector<std::string>& words, Language language, const Phrase& last);

}  // namespace scolint::rules
