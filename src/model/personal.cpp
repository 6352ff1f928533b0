#include "model/personal.hpp"

#include "model/text.hpp"

namespace scolint::model {
namespace {

// XML 1.0 forbids these control characters, so they cannot come from an export.
constexpr char open_mark = '\x02';
constexpr char close_mark = '\x03';

std::string_view kind_word(char kind) {
  switch (kind) {
    case 'N': return "nom";
    case 'I': return "ine";
    case 'D': return "date";
    case 'A': return "adresse";
    case 'T': return "tel";
    case 'M': return "courriel";
    case 'L': return "login";
    default: return "texte";
  }
}

}  // namespace

std::string personal(PersonalKind kind, std::string_view value) {
  std::string out;
  out.reserve(value.size() + 3);
  out += open_mark;
  out += static_cast<char>(kind);
  for (const char c : value) {
    if (c != open_mark && c != close_mark) out += c;
  }
  out += close_mark;
  return out;
}

std::string personal_name(std::string_view nom, std::string_view prenom) {
  std::string name(model::trim(nom));
  const std::string_view first = model::trim(prenom);
  if (!name.empty() && !first.empty()) name += ' ';
  name += first;
  return name.empty() ? std::string() : personal(PersonalKind::name, name);
}

std::string Redactor::value(PersonalKind kind, std::string_view text) {
  if (!redact_ || text.empty()) return std::string(text);
  const char k = static_cast<char>(kind);
  auto [it, inserted] = tokens_.try_emplace({k, std::string(text)}, 0);
  if (inserted) it->second = ++counters_[k];
  return "\u2039" + std::string(kind_word(k)) + "-" + std::to_string(it->second) + "\u203A";
}

std::string Redactor::resolve(std::string_view marked) {
  std::string out;
  std::size_t pos = 0;
  while (pos < marked.size()) {
    const auto open = marked.find(open_mark, pos);
    if (open == std::string_view::npos || open + 1 >= marked.size()) {
      out.append(marked.substr(pos));
      break;
    }
    out.append(marked.substr(pos, open - pos));
    const auto close = marked.find(close_mark, open);
    const auto end = close == std::string_view::npos ? marked.size() : close;
    const auto kind = static_cast<PersonalKind>(marked[open + 1]);
    out += value(kind, marked.substr(open + 2, end - open - 2));
    pos = close == std::string_view::npos ? marked.size() : close + 1;
  }
  return out;
}

void Redactor::resolve_in_place(std::string& text) {
  if (text.find(open_mark) == std::string::npos) return;
  text = resolve(text);
}

}  // namespace scolint::model
