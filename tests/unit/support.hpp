#pragma once
// Helpers for rule tests: lint in-memory exports through the public API and
// look at what came out.

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <scolint/linter.hpp>

namespace scolint::test {

/// (file name, content) pairs linted together.
using Files = std::vector<std::pair<std::string, std::string>>;

inline Report lint(const Files& files, Options options = {}) {
  auto linter = Linter::create(std::move(options));
  if (!linter) throw std::runtime_error("bad options: " + linter.error().detail);
  for (const auto& [name, bytes] : files) linter.value().add_buffer(name, bytes);
  return linter.value().run();
}

/// Diagnostics of one rule, with that rule only selected.
inline std::vector<Diagnostic> findings(const std::string& code, const Files& files, Options options = {}) {
  options.select = {code};
  auto report = lint(files, std::move(options));
  std::vector<Diagnostic> out;
  for (auto& d : report.diagnostics) {
    if (d.code == code) out.push_back(std::move(d));
  }
  return out;
}

inline bool fires(const std::string& code, const Files& files) { return !findings(code, files).empty(); }

inline std::string sts(const std::string& structure) {
  return R"(<?xml version="1.0" encoding="UTF-8"?><STS_EDT><DONNEES>)" + structure + "</DONNEES></STS_EDT>";
}
inline std::string sts_divisions(const std::string& divisions) {
  return sts("<STRUCTURE><DIVISIONS>" + divisions + "</DIVISIONS></STRUCTURE>");
}
inline std::string sts_groups(const std::string& groups) {
  return sts("<STRUCTURE><GROUPES>" + groups + "</GROUPES></STRUCTURE>");
}
inline std::string eleves(const std::string& pupils, const std::string& structures = "") {
  return R"(<?xml version="1.0" encoding="UTF-8"?><BEE_ELEVES><PARAMETRES><DATE_EXPORT>02/09/2026</DATE_EXPORT></PARAMETRES><DONNEES><ELEVES>)" +
         pupils + "</ELEVES><STRUCTURES>" + structures + "</STRUCTURES></DONNEES></BEE_ELEVES>";
}
inline std::string pupil(const std::string& id, const std::string& nom, const std::string& prenom,
                         const std::string& born, const std::string& ine = "123450001FG",
                         const std::string& extra = "") {
  return "<ELEVE ELEVE_ID=\"" + id + "\"><ID_NATIONAL>" + ine + "</ID_NATIONAL><NOM_DE_FAMILLE>" + nom +
         "</NOM_DE_FAMILLE><PRENOM>" + prenom + "</PRENOM><DATE_NAISS>" + born + "</DATE_NAISS>" + extra +
         "</ELEVE>";
}
inline std::string in_division(const std::string& id, const std::string& code, char type = 'D') {
  return "<STRUCTURES_ELEVE ELEVE_ID=\"" + id + "\"><STRUCTURE><CODE_STRUCTURE>" + code +
         "</CODE_STRUCTURE><TYPE_STRUCTURE>" + std::string(1, type) + "</TYPE_STRUCTURE></STRUCTURE></STRUCTURES_ELEVE>";
}
inline std::string responsables(const std::string& persons, const std::string& addresses = "") {
  return R"(<?xml version="1.0" encoding="UTF-8"?><BEE_RESPONSABLES><DONNEES><PERSONNES>)" + persons +
         "</PERSONNES><ADRESSES>" + addresses + "</ADRESSES></DONNEES></BEE_RESPONSABLES>";
}
inline std::string person(const std::string& id, const std::string& nom, const std::string& prenom,
                          const std::string& extra = "") {
  return "<PERSONNE PERSONNE_ID=\"" + id + "\"><NOM_DE_FAMILLE>" + nom + "</NOM_DE_FAMILLE><PRENOM>" + prenom +
         "</PRENOM>" + extra + "</PERSONNE>";
}

}  // namespace scolint::test
