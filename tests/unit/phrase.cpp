// The words rules put in arguments (rules/phrase.hpp), and that no rule
// chooses a language itself.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "rules/phrase.hpp"

using scolint::Language;
using scolint::rules::Phrase;

TEST_CASE("a phrase is said in the run's language, its arguments in place", "[phrase]") {
  static constexpr Phrase uaj{"l'UAJ {0}, année {1}", "UAJ {0}, school year {1}"};
  CHECK(scolint::rules::say(Language::fr, uaj, {"0999999F", "2026"}) == "l'UAJ 0999999F, année 2026");
  CHECK(scolint::rules::say(Language::en, uaj, {"0999999F", "2026"}) == "UAJ 0999999F, school year 2026");
  // A missing argument leaves nothing; braces that are no placeholder stay.
  CHECK(scolint::rules::say(Language::en, Phrase{"{0}-{1}", "{0}-{1}"}, {"a"}) == "a-");
  CHECK(scolint::rules::say(Language::en, Phrase{"{x} {", "{x} {"}, {}) == "{x} {");
  CHECK(scolint::rules::quoted(Language::fr, "5A") == "« 5A »");
  CHECK(scolint::rules::quoted(Language::en, "5A") == "\"5A\"");
  const std::vector<std::string> three{"A", "B", "C"};
  CHECK(scolint::rules::join_words(three, Language::fr) == "A, B et C");
  CHECK(scolint::rules::join_words(three, Language::en) == "A, B and C");
  CHECK(scolint::rules::join_words(three, Language::fr, Phrase{" ni ", " or "}) == "A, B ni C");
  CHECK(scolint::rules::join_words({"A"}, Language::en).empty() == false);
}

TEST_CASE("no rule chooses a language itself (#26)", "[phrase][style]") {
  // `fr ? "…" : "…"`, `language == Language::fr`, a switch on the language:
  // the wording belongs in a Phrase, whose `in` (rules/rule.hpp) is the one choice.
  const std::regex choice(R"((\b(fr|en) \?)|([!=]= Language::)|(Language::(fr|en) \?)|(switch \(language\)))");
  std::string offenders;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(SCOLINT_SOURCE_DIR) + "/rules")) {
    if (!entry.is_regular_file()) continue;
    const auto extension = entry.path().extension();
    if (extension != ".cpp" && extension != ".hpp") continue;
    if (entry.path().filename() == "rule.hpp") continue;
    std::ifstream in(entry.path());
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      if (std::regex_search(line, choice)) offenders += entry.path().string() + ":" + std::to_string(number) + "\n";
    }
  }
  INFO(offenders);
  CHECK(offenders.empty());
}
