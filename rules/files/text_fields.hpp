#pragma once
// Every text value a record carries, with a label and a place, for the rules
// that look at characters whatever the field (F005 mojibake, F011 control
// characters).

#include <string>
#include <string_view>
#include <vector>

#include "model/records.hpp"

namespace scolint::rules {

struct TextField {
  std::string_view label;  // the element name, e.g. "PRENOM"
  std::string_view value;
  model::SourceLocation location;
  bool name = false;  // a person's name: N004 already reports its white space
};

inline std::vector<TextField> text_fields(const model::Pupil& p) {
  return {{"NOM", p.nom.value, p.nom.location, true},
          {"NOM_DE_FAMILLE", p.nom_de_famille.value, p.nom_de_famille.location, true},
          {"NOM_USAGE", p.nom_usage.value, p.nom_usage.location, true},
          {"PRENOM", p.prenom.value, p.prenom.location, true},
          {"ID_NATIONAL", p.id_national.value, p.id_national.location, false},
          {"INE_BEA", p.ine_bea.value, p.ine_bea.location, false},
          {"DATE_NAISS", p.date_naissance.value, p.date_naissance.location, false}};
}

inline std::vector<TextField> text_fields(const model::Person& p) {
  return {{"NOM", p.nom.value, p.nom.location, true},
          {"NOM_DE_FAMILLE", p.nom_de_famille.value, p.nom_de_famille.location, true},
          {"NOM_USAGE", p.nom_usage.value, p.nom_usage.location, true},
          {"PRENOM", p.prenom.value, p.prenom.location, true},
          {"TEL_PERSONNEL", p.tel_personnel, p.location, false},
          {"TEL_PORTABLE", p.tel_portable, p.location, false},
          {"TEL_PROFESSIONNEL", p.tel_professionnel, p.location, false},
          {"MEL", p.mel, p.location, false}};
}

inline std::vector<TextField> text_fields(const model::Staff& s) {
  return {{"NOM_USAGE", s.nom_usage.value, s.nom_usage.location, true},
          {"NOM_PATRONYMIQUE", s.nom_patronymique.value, s.nom_patronymique.location, true},
          {"PRENOM", s.prenom.value, s.prenom.location, true}};
}

inline std::vector<TextField> text_fields(const model::Address& a) {
  return {{"LIGNE1_ADRESSE", a.ligne1, a.location, false}, {"LIGNE2_ADRESSE", a.ligne2, a.location, false},
          {"LIGNE3_ADRESSE", a.ligne3, a.location, false}, {"LIGNE4_ADRESSE", a.ligne4, a.location, false},
          {"CODE_POSTAL", a.code_postal, a.location, false}, {"LIBELLE_POSTAL", a.libelle_postal, a.location, false},
          {"COMMUNE_ETRANGERE", a.commune_etrangere, a.location, false}};
}

}  // namespace scolint::rules
