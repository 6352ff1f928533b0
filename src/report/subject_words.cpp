#include "report/subject_words.hpp"

#include <string_view>

namespace scolint::report {
namespace {

// "DAVID Léa (4 B)", or the identifier when the name is not in the files.
std::string named(const Subject& s, std::string_view id_name) {
  std::string out = s.name.empty() ? std::string(id_name) + "=" + s.id : s.name;
  if (!s.division.empty()) out += " (" + s.division + ")";
  return out;
}

// "MARTIN Hugo (6 C) et MARTIN Léa (4 A)", "… et 2 autres".
std::string listed(const Subject& s, std::string_view id_name, Language language) {
  const bool fr = language == Language::fr;
  std::string out;
  for (std::size_t i = 0; i < s.related.size(); ++i) {
    const bool last = i + 1 == s.related.size() && s.more == 0;
    if (i > 0) out += last ? (fr ? " et " : " and ") : ", ";
    out += named(s.related[i], id_name);
  }
  if (s.more > 0) {
    out += fr ? " et " + std::to_string(s.more) + " autre(s)" : " and " + std::to_string(s.more) + " other(s)";
  }
  return out;
}

std::string_view relation_of(std::string_view relation, Language language) {
  const bool fr = language == Language::fr;
  if (relation == "mother") return fr ? "mère de" : "mother of";
  if (relation == "father") return fr ? "père de" : "father of";
  if (relation == "guardian") return fr ? "tuteur de" : "guardian of";
  return fr ? "responsable de" : "responsable of";
}

}  // namespace

std::string subject_words(const Subject& s, Language language) {
  const bool fr = language == Language::fr;
  if (s.kind == "pupil") return (fr ? "élève " : "pupil ") + named(s, "ELEVE_ID");
  if (s.kind == "staff") return (fr ? "personnel " : "staff member ") + named(s, "INDIVIDU_ID");
  if (s.kind == "responsable") {
    std::string out = "responsable " + named(s, "PERSONNE_ID");
    if (!s.related.empty()) {
      out += ", ";
      out += relation_of(s.related.front().relation, language);
      out += " ";
      out += listed(s, "ELEVE_ID", language);
    }
    return out;
  }
  if (s.kind == "address") {
    if (s.related.empty()) return (fr ? "adresse ADRESSE_ID=" : "address ADRESSE_ID=") + s.id;
    return (fr ? "adresse de " : "address of ") + listed(s, "PERSONNE_ID", language);
  }
  return {};
}

}  // namespace scolint::report
