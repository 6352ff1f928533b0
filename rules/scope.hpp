#pragma once
// The establishment a record belongs to. Comparisons whose harm is local —
// confusable structure codes (S005), mixed-up accounts of one school (L001),
// parents typed twice in one school's SIECLE (R001, R002) — compare records
// of one establishment only: an academy drop holds hundreds, and "3A" or
// "jean.martin" in two of them confuses nobody.

#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/dataset.hpp"

namespace scolint::rules {

/// A record's establishment: its AAF structure id when it has one, else ""
/// (SIECLE, STS-Web and CSV exports are one establishment's, and F010 says
/// when a run mixes two).
inline std::string_view scope_of(model::Text structure) { return structure.view(); }

/// The establishments of each responsable: those of the children their
/// links name (a parent of pupils in two schools belongs to both), else
/// their own file's, except in an AAF drop, where a relative whose children
/// are not in the run belongs to no known establishment (none at all: such
/// a responsable is compared with nobody).
class PersonScopes {
 public:
  /// The establishments of `persons` (PERSONNE_IDs): only their links and
  /// their children are looked at, so a million pupils cost nothing when a
  /// few responsables are compared.
  PersonScopes(const model::Dataset& dataset, std::vector<std::string_view> persons);
  /// Views into the dataset; empty for an AAF relative of no known pupil.
  [[nodiscard]] std::vector<std::string_view> of(const model::Person& person) const {
    return of(person.personne_id.view(), person.location.file);
  }
  /// The same, for the responsable `personne_id` read from `file`.
  [[nodiscard]] std::vector<std::string_view> of(std::string_view personne_id, model::FileId file) const;

 private:
  const model::Dataset& dataset_;
  std::unordered_map<std::string_view, std::vector<std::string_view>> by_person_;
};

}  // namespace scolint::rules
