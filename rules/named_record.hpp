#pragma once
// The name fields of pupils, responsables and staff, seen the same way by
// every rule about names: which record, which field, what to call it in a
// message. A rule with `static void check(const NamedRecord&, Reporter&)`
// runs on all three kinds of record (rule_kit.hpp).

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include <scolint/diagnostic.hpp>

#include "model/record_ref.hpp"
#include "model/records.hpp"
#include "rules/who.hpp"

namespace scolint::rules {

struct NameField {
  const model::Field* field;
  bool given_name;  // prénom, as opposed to nom
};

// Built for every record by each name rule, so it allocates nothing: the
// record's name is spelt out only for a finding, the fields sit in place.
class NamedRecord {
 public:
  NamedRecord(std::string_view key, model::Text id, model::SourceLocation where, const model::Field& given_name,
              const model::Field& shown_name)
      : location(where), prenom(&given_name), nom(&shown_name), key_(key), id_(id) {}

  /// "ELEVE_ID=1": how a finding names the record.
  [[nodiscard]] std::string record() const { return std::string(key_) + id_; }
  /// The same, typed, for Finding::record.
  [[nodiscard]] model::RecordRef ref() const { return model::RecordRef::keyed(key_, id_.view()); }
  /// How a message names the record: "l'élève « DAVID Léa »", or with `of`
  /// "de l'élève « DAVID Léa »" (rules/who.hpp).
  [[nodiscard]] std::string who(Language language, bool of) const {
    return rules::who(ref(), *nom, *prenom, language, of);
  }
  /// Every non-empty name field, noms first.
  [[nodiscard]] std::span<const NameField> fields() const { return {fields_.data(), count_}; }
  void add(const model::Field& field, bool given_name) {
    if (!field.value.empty()) fields_[count_++] = {&field, given_name};
  }

  // NOLINTBEGIN(misc-non-private-member-variables-in-classes): plain data the rules read
  model::SourceLocation location;  // the record's element
  const model::Field* prenom;
  // The name the ENT shows (nom d'usage, else nom de famille).
  const model::Field* nom;
  // NOLINTEND(misc-non-private-member-variables-in-classes)

 private:
  std::string_view key_;
  model::Text id_;
  std::array<NameField, 4> fields_{};
  std::size_t count_ = 0;
};

inline NamedRecord named(const model::Pupil& p) {
  NamedRecord r("ELEVE_ID=", p.eleve_id, p.location, p.prenom, p.usage_name());
  for (const auto* f : {&p.nom, &p.nom_de_famille, &p.nom_usage}) r.add(*f, false);
  r.add(p.prenom, true);
  return r;
}

inline NamedRecord named(const model::Person& p) {
  NamedRecord r("PERSONNE_ID=", p.personne_id, p.location, p.prenom, p.usage_name());
  for (const auto* f : {&p.nom, &p.nom_de_famille, &p.nom_usage}) r.add(*f, false);
  r.add(p.prenom, true);
  return r;
}

inline NamedRecord named(const model::Staff& s) {
  NamedRecord r("INDIVIDU_ID=", s.id, s.location, s.prenom, s.usage_name());
  for (const auto* f : {&s.nom_patronymique, &s.nom_usage}) r.add(*f, false);
  r.add(s.prenom, true);
  return r;
}

inline std::string field_label(bool given_name, Language language) {
  static constexpr Phrase first_name{"le prénom", "first name"};
  static constexpr Phrase name{"le nom", "name"};
  return say(language, given_name ? first_name : name);
}

}  // namespace scolint::rules
