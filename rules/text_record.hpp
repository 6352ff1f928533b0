#pragma once
// Every text value a record carries, with a label and a place, for the rules
// that look at characters whatever the field (F005 mojibake, F011 control
// characters). A rule with `static void check(const TextRecord&, Reporter&)`
// runs on pupils, responsables and staff (rule_kit.hpp); addresses it walks
// itself from the dataset.

#include <algorithm>
#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "model/record_ref.hpp"
#include "model/records.hpp"
#include "rules/who.hpp"

namespace scolint::rules {

struct TextField {
  std::string_view label;  // the element name, e.g. "PRENOM"
  std::string_view value;
  model::SourceLocation location;
  bool name = false;  // a person's name: N004 already reports its white space
};

/// A record's identifiers and its text values. Built for every record by
/// each character rule, so it allocates nothing: the record's name is spelt
/// out only for a finding.
class TextRecord {
 public:
  static constexpr std::size_t max_fields = 8;

  template <std::size_t N>
  TextRecord(std::string_view key, model::Text id, const model::Field* nom, const model::Field* prenom,
             const TextField (&fields)[N])  // NOLINT(*-avoid-c-arrays)
      : key_(key), id_(id), nom_(nom), prenom_(prenom), count_(N) {
    static_assert(N <= max_fields, "raise max_fields");
    std::copy_n(fields, N, fields_.begin());
  }

  /// "ELEVE_ID=1", "ADRESSE_ID=7"...: how a finding names the record.
  [[nodiscard]] std::string record() const { return std::string(key_) + id_; }
  /// The same, typed, for Finding::record.
  [[nodiscard]] model::RecordRef ref() const { return model::RecordRef::keyed(key_, id_.view()); }
  [[nodiscard]] std::span<const TextField> fields() const { return {fields_.data(), count_}; }
  /// "de l'élève « DAVID Léa »", "d'une adresse de responsable"...: whose
  /// value a message quotes (rules/who.hpp).
  [[nodiscard]] std::string whose(Language language) const {
    static constexpr Phrase of_address{"d'une adresse de responsable", "of a responsable's address"};
    if (nom_ == nullptr) return say(language, of_address);
    return who(ref(), *nom_, *prenom_, language, true);
  }

 private:
  std::string_view key_;
  model::Text id_;
  const model::Field* nom_;  // null for an address
  const model::Field* prenom_;
  std::array<TextField, max_fields> fields_{};
  std::size_t count_;
};

inline TextRecord text_record(const model::Pupil& p) {
  return {"ELEVE_ID=",
          p.eleve_id,
          &p.usage_name(),
          &p.prenom,
          {{"NOM", p.nom.value, p.nom.in(p.location), true},
           {"NOM_DE_FAMILLE", p.nom_de_famille.value, p.nom_de_famille.in(p.location), true},
           {"NOM_USAGE", p.nom_usage.value, p.nom_usage.in(p.location), true},
           {"PRENOM", p.prenom.value, p.prenom.in(p.location), true},
           {"ID_NATIONAL", p.id_national.value, p.id_national.in(p.location), false},
           {"INE_BEA", p.ine_bea.value, p.ine_bea.in(p.location), false},
           {"DATE_NAISS", p.date_naissance.value, p.date_naissance.in(p.location), false}}};
}

inline TextRecord text_record(const model::Person& p) {
  return {"PERSONNE_ID=",
          p.personne_id,
          &p.usage_name(),
          &p.prenom,
          {{"NOM", p.nom.value, p.nom.in(p.location), true},
           {"NOM_DE_FAMILLE", p.nom_de_famille.value, p.nom_de_famille.in(p.location), true},
           {"NOM_USAGE", p.nom_usage.value, p.nom_usage.in(p.location), true},
           {"PRENOM", p.prenom.value, p.prenom.in(p.location), true},
           {"TEL_PERSONNEL", p.tel_personnel, p.location, false},
           {"TEL_PORTABLE", p.tel_portable, p.location, false},
           {"TEL_PROFESSIONNEL", p.tel_professionnel, p.location, false},
           {"MEL", p.mel, p.location, false}}};
}

inline TextRecord text_record(const model::Staff& s) {
  return {"INDIVIDU_ID=",
          s.id,
          &s.usage_name(),
          &s.prenom,
          {{"NOM_USAGE", s.nom_usage.value, s.nom_usage.in(s.location), true},
           {"NOM_PATRONYMIQUE", s.nom_patronymique.value, s.nom_patronymique.in(s.location), true},
           {"PRENOM", s.prenom.value, s.prenom.in(s.location), true}}};
}

inline TextRecord text_record(const model::Address& a) {
  return {"ADRESSE_ID=",
          a.adresse_id,
          nullptr,
          nullptr,
          {{"LIGNE1_ADRESSE", a.ligne1, a.location, false},
           {"LIGNE2_ADRESSE", a.ligne2, a.location, false},
           {"LIGNE3_ADRESSE", a.ligne3, a.location, false},
           {"LIGNE4_ADRESSE", a.ligne4, a.location, false},
           {"CODE_POSTAL", a.code_postal, a.location, false},
           {"LIBELLE_POSTAL", a.libelle_postal, a.location, false},
           {"COMMUNE_ETRANGERE", a.commune_etrangere, a.location, false}}};
}

}  // namespace scolint::rules
