#include "model/text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace scolint::model {
namespace {

// Letters that carry no combining mark under NFKD but that French data and
// ENT login rules spell out in ASCII (seed 002, SE3 creer_uid: Œ→OE, Æ→AE).
std::u16string_view ascii_spelling(char32_t c) {
  switch (c) {
    case U'Œ': return u"OE";
    case U'œ': return u"oe";
    case U'Æ': return u"AE";
    case U'æ': return u"ae";
    case U'ß': return u"ss";
    case U'Ø': return u"O";
    case U'ø': return u"o";
    case U'Đ': return u"D";
    case U'đ': return u"d";
    case U'Ð': return u"D";
    case U'ð': return u"d";
    case U'Ł': return u"L";
    case U'ł': return u"l";
    case U'Þ': return u"TH";
    case U'þ': return u"th";
    case U'ı': return u"i";
    case U'\u2019':  // right single quotation mark, the usual word-processor apostrophe
    case U'\u2018':
    case U'\u02BC': return u"'";
    case U'\u2010':
    case U'\u2011':
    case U'\u2013':
    case U'\u2014': return u"-";
    default: return {};
  }
}

enum class Pass { identity, ascii_lower, marks_only };

icu::UnicodeString decomposed(std::string_view utf8, bool compatibility) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer =
      compatibility ? icu::Normalizer2::getNFKDInstance(status) : icu::Normalizer2::getNFDInstance(status);
  const auto source = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (U_FAILURE(status) || normalizer == nullptr) return source;
  icu::UnicodeString result = normalizer->normalize(source, status);
  return U_FAILURE(status) ? source : result;
}

// Most names in an export are ASCII, or ASCII with the accented letters of
// French (é, è, ç, ï...): for those, NFKD + dropping marks leaves one ASCII
// base letter, and no spelling rule applies, so every pass reduces to a byte
// loop giving the same result as ICU without its allocations. Anything else
// (Œ, ß, other scripts, combining marks) goes through ICU.
// The base letter of U+00C0..U+00FF (UTF-8 C3 80..C3 BF), or 0 when the
// character is not a letter with one mark on an ASCII base.
constexpr std::string_view latin1_bases =
    "AAAAAA\0CEEEEIIII\0NOOOOO\0\0UUUUY\0\0"
    "aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0y";

bool fold_fast(std::string_view utf8, Pass pass, std::string& out) {
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    char c = utf8[i];
    if ((static_cast<unsigned char>(c) & 0x80U) != 0) {
      const bool latin1 = static_cast<unsigned char>(c) == 0xC3U && i + 1 < utf8.size() &&
                          (static_cast<unsigned char>(utf8[i + 1]) & 0xC0U) == 0x80U;
      if (!latin1) return false;
      c = latin1_bases[static_cast<unsigned char>(utf8[++i]) & 0x3FU];
      if (c == '\0') return false;
    }
    const bool upper = c >= 'A' && c <= 'Z';
    const bool lower = c >= 'a' && c <= 'z';
    if (pass == Pass::identity) {
      if (upper || (c >= '0' && c <= '9')) out += c;
      if (lower) out += static_cast<char>(c - 'a' + 'A');
    } else {
      out += upper ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  return true;
}

std::string fold(std::string_view utf8, Pass pass) {
  if (std::string fast; fold_fast(utf8, pass, fast)) return fast;
  const icu::UnicodeString text = decomposed(utf8, pass != Pass::marks_only);
  icu::UnicodeString out;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    const UChar32 c = text.char32At(i);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (pass == Pass::marks_only) {
      out.append(u_tolower(c));
      continue;
    }
    const std::u16string_view spelled = ascii_spelling(static_cast<char32_t>(c));
    icu::UnicodeString piece = spelled.empty()
                                   ? icu::UnicodeString(c)
                                   : icu::UnicodeString(spelled.data(), static_cast<int32_t>(spelled.size()));
    if (pass == Pass::identity) {
      for (int32_t j = 0; j < piece.length(); j = piece.moveIndex32(j, 1)) {
        const UChar32 p = piece.char32At(j);
        if (u_isalnum(p)) out.append(u_toupper(p));
      }
    } else {
      out.append(piece.toLower());
    }
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

}  // namespace

std::size_t code_point_count(std::string_view utf8) {
  std::size_t count = 0;
  for (const char c : utf8) {
    // Count every byte that does not continue a multi-byte sequence.
    if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++count;
  }
  return count;
}

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::string upper_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

bool equals_upper_ascii(std::string_view text, std::string_view upper) {
  if (text.size() != upper.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if ((c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c) != upper[i]) return false;
  }
  return true;
}

std::string fold_identity(std::string_view utf8) { return fold(utf8, Pass::identity); }

std::string fold_ascii_lower(std::string_view utf8) { return fold(utf8, Pass::ascii_lower); }

std::string strip_marks_lower(std::string_view utf8) { return fold(utf8, Pass::marks_only); }

char32_t next_code_point(std::string_view utf8, std::size_t& pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(utf8[i]); };
  const unsigned char lead = byte(pos);
  std::size_t length = 0;
  char32_t value = 0;
  if (lead < 0x80U) {
    ++pos;
    return lead;
  }
  if ((lead & 0xE0U) == 0xC0U) {
    length = 2;
    value = lead & 0x1FU;
  } else if ((lead & 0xF0U) == 0xE0U) {
    length = 3;
    value = lead & 0x0FU;
  } else if ((lead & 0xF8U) == 0xF0U) {
    length = 4;
    value = lead & 0x07U;
  } else {
    ++pos;
    return U'\uFFFD';
  }
  if (pos + length > utf8.size()) {
    pos = utf8.size();
    return U'\uFFFD';
  }
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char next = byte(pos + i);
    if ((next & 0xC0U) != 0x80U) {
      pos += i;
      return U'\uFFFD';
    }
    value = (value << 6U) | (next & 0x3FU);
  }
  pos += length;
  return value;
}

bool is_letter(char32_t c) {
  // ASCII without ICU: names are mostly ASCII, and this runs on each character.
  if (c < 0x80) return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
  return u_isUAlphabetic(static_cast<UChar32>(c)) != 0;
}

}  // namespace scolint::model
