#pragma once
// The name fields of pupils, responsables and staff, seen the same way by
// every rule about names: which record, which field, what to call it in a
// message. A rule with `static void check(const NamedRecord&, Reporter&)`
// runs on all three kinds of record (rule_kit.hpp).

#include <string>
#include <vector>

#include <scolint/diagnostic.hpp>

#include "model/records.hpp"

namespace scolint::rules {

struct NameField {
  const model::Field* field;
  bool given_name;  // prénom, as opposed to nom
};

struct NamedRecord {
  std::string record;  // "ELEVE_ID=1"
  model::SourceLocation location;  // the record's element
  const model::Field* prenom;
  const model::Field* nom;  // the name the ENT shows (nom d'usage, else nom de famille)
  std::vector<NameField> fields;  // every non-empty name field
};

inline NamedRecord named(const model::Pupil& p) {
  NamedRecord r{"ELEVE_ID=" + p.eleve_id, p.location, &p.prenom, &p.usage_name(), {}};
  for (const auto* f : {&p.nom, &p.nom_de_famille, &p.nom_usage}) {
    if (!f->value.empty()) r.fields.push_back({f, false});
  }
  if (!p.prenom.value.empty()) r.fields.push_back({&p.prenom, true});
  return r;
}

inline NamedRecord named(const model::Person& p) {
  NamedRecord r{"PERSONNE_ID=" + p.personne_id, p.location, &p.prenom, &p.usage_name(), {}};
  for (const auto* f : {&p.nom, &p.nom_de_famille, &p.nom_usage}) {
    if (!f->value.empty()) r.fields.push_back({f, false});
  }
  if (!p.prenom.value.empty()) r.fields.push_back({&p.prenom, true});
  return r;
}

inline NamedRecord named(const model::Staff& s) {
  NamedRecord r{"INDIVIDU_ID=" + s.id, s.location, &s.prenom, &s.usage_name(), {}};
  for (const auto* f : {&s.nom_patronymique, &s.nom_usage}) {
    if (!f->value.empty()) r.fields.push_back({f, false});
  }
  if (!s.prenom.value.empty()) r.fields.push_back({&s.prenom, true});
  return r;
}

inline std::string field_label(bool given_name, Language language) {
  if (language == Language::fr) return given_name ? "le prénom" : "le nom";
  return given_name ? "first name" : "name";
}

}  // namespace scolint::rules
