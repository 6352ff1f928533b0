#include <algorithm>

#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

// windows-1252's 0x80-0x9F, as code points (0 where undefined): how a UTF-8
// byte in that range shows after a wrong decoding.
constexpr char32_t cp1252_high[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

int cp1252_byte(char32_t c) {
  if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) return static_cast<int>(c);
  if (c >= 0x80 && c <= 0x9F) return static_cast<int>(c);  // C1 control: ISO-8859-1 decoding
  for (int i = 0; i < 32; ++i) {
    if (cp1252_high[i] == c) return 0x80 + i;
  }
  return -1;
}

// The test of ftfy and similar tools: text that was UTF-8, decoded once as
// Latin-1/windows-1252, becomes valid UTF-8 with accents again when encoded
// back. "Ã©" → C3 A9 → "é". A real "é" alone (E9) is not valid UTF-8.
std::string repaired(std::string_view value) {
  // Plain ASCII has nothing to repair (most values): no copy for it.
  if (std::ranges::none_of(value, [](char c) { return static_cast<unsigned char>(c) >= 0x80U; })) return {};
  std::string bytes;
  bool high = false;
  std::size_t pos = 0;
  while (pos < value.size()) {
    const int b = cp1252_byte(model::next_code_point(value, pos));
    if (b < 0) return {};
    high = high || b >= 0x80;
    bytes += static_cast<char>(b);
  }
  if (!high) return {};
  std::size_t check = 0;
  bool multibyte = false;
  while (check < bytes.size()) {
    const std::size_t start = check;
    if (model::next_code_point(bytes, check) == U'\uFFFD') return {};
    multibyte = multibyte || check - start > 1;
  }
  return multibyte ? bytes : std::string();
}

struct Mojibake {
  static constexpr RuleInfo info{
      .code = "F005",
      .slug = "mojibake",
      .severity = Severity::warning,
      .summary = {.fr = "texte UTF-8 décodé en Latin-1 (« Ã© » pour « é ») : accents cassés jusque dans les logins",
                  .en = "UTF-8 text decoded as Latin-1 (\"Ã©\" for \"é\"): broken accents, down to the logins"},
      // {0} element, {1} value, {2} what it should read, {3} whose ("de l'élève « X »")
      .message = {.fr =
                      "{0} « {1} » {3} contient des accents cassés par un mauvais encodage ; il faudrait lire « {2} »",
                  .en = "{0} \"{1}\" {3} has accents broken by a wrong encoding; it should read \"{2}\""},
      .hint = {.fr = "corrigez la valeur dans {fiche} avant l'import dans l'ENT, dont le login garderait ces "
                     "caractères ; la cause est souvent un import de tableur ou un copier-coller",
               .en = "fix the value in {fiche} before the ENT import, whose login would keep these characters; "
                     "the cause is often a spreadsheet import or a copy-paste"},
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    for (const auto& address : dataset.addresses) check(text_record(address), out);
  }

  static void check(const TextRecord& text, Reporter& out) {
    for (const TextField& field : text.fields()) {
      const std::string fixed = repaired(field.value);
      if (fixed.empty()) continue;
      const auto kind = field.name ? PersonalKind::name : PersonalKind::text;
      out.report({.location = field.location,
                  .args = {std::string(field.label), personal(kind, field.value), personal(kind, fixed),
                           text.whose(out.language())},
                  .record = text.ref(),
                  .key = std::string(field.label)});
    }
  }

  static constexpr low_memory::Needs records_needed = low_memory::no_pupils;
};

}  // namespace

SCOLINT_RULE(F005, Mojibake)

}  // namespace scolint::rules
