#pragma once
// Who the legal responsables of current pupils are: the people whose ENT
// parent account must be activable (seeds 000, 004).

#include "model/dataset.hpp"
#include "rules/pupils_who_left.hpp"
#include "rules/text_set.hpp"

namespace scolint::rules {

inline bool is_legal(const model::ResponsableLink& link) { return link.legal(); }

/// The PERSONNE_IDs that are legal responsables of at least one current
/// pupil (pupils who left are ignored when the pupils' export is there).
inline TextSet legal_responsables(const model::Dataset& dataset) {
  const TextSet left = pupils_who_left(dataset);
  TextSet legal(dataset.persons.size());
  for (const auto& link : dataset.links) {
    if (is_legal(link) && !left.contains(link.eleve_id)) legal.insert(link.personne_id);
  }
  return legal;
}

/// A French address: no country, or France.
inline bool is_french(const model::Address& address) {
  const auto& country = address.ll_pays;
  return country.empty() || country == "FRANCE" || country == "France" || country == "france";
}

}  // namespace scolint::rules
