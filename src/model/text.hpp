#pragma once
// Text facts about names and codes. UTF-8 in, UTF-8 out; ICU does the
// Unicode work (normalisation, marks, case).

#include <cstddef>
#include <string>
#include <string_view>

namespace scolint::model {

/// Number of Unicode code points: "3ÈME EUR" is 8 characters but 9 bytes.
std::size_t code_point_count(std::string_view utf8);

/// `text` without leading and trailing ASCII white space.
std::string_view trim(std::string_view text);

/// `text` with a-z upper-cased and every other byte kept (codes, encoding
/// names, INE letters: no locale, no Unicode).
std::string upper_ascii(std::string_view text);

/// Whether upper_ascii(text) == upper, without building it (checks run on
/// every word of every name).
bool equals_upper_ascii(std::string_view text, std::string_view upper);

/// Identity key of a name for duplicate and homonym checks: accents and case
/// folded (É→E, Œ→OE, ß→SS), and every space, hyphen, apostrophe or dot
/// dropped, so "Jean-Pierre", "JEAN PIERRE" and "jean pierre" share a key.
std::string fold_identity(std::string_view utf8);

/// Lower-case ASCII spelling of a name: accents stripped, œ→oe, æ→ae, ß→ss,
/// typographic apostrophes → '. Other characters are kept for the caller to judge.
std::string fold_ascii_lower(std::string_view utf8);

/// Lower case with combining accents removed (NFD) and nothing else changed:
/// what Java's Normalizer + toLowerCase do in the entcore feeder (œ stays œ).
std::string strip_marks_lower(std::string_view utf8);

/// The first code point of `utf8` that `allowed` rejects, as UTF-8 (empty if none).
template <typename Pred>
std::string first_rejected(std::string_view utf8, Pred allowed);

/// True for a letter of any script (ICU's alphabetic property): "é", "Ø", "ß".
bool is_letter(char32_t c);

/// Decodes one UTF-8 sequence at `pos`, advancing it; U+FFFD for a bad byte.
char32_t next_code_point(std::string_view utf8, std::size_t& pos);

template <typename Pred>
std::string first_rejected(std::string_view utf8, Pred allowed) {
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    const std::size_t start = pos;
    const char32_t c = next_code_point(utf8, pos);
    if (!allowed(c)) return std::string(utf8.substr(start, pos - start));
  }
  return {};
}

}  // namespace scolint::model
