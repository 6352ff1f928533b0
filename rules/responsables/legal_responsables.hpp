#pragma once
// Who the legal responsables of current pupils are: the people whose ENT
// parent account must be activable (seeds 000, 004).

#include <map>
#include <set>
#include <string>

#include "model/dataset.hpp"

namespace scolint::rules {

inline bool is_legal(const model::ResponsableLink& link) { return link.resp_legal == "1" || link.resp_legal == "2"; }

/// PERSONNE_ID → ELEVE_IDs of the pupils they are legal responsable of
/// (pupils who left are ignored when the pupils' export is there).
inline std::map<model::Text, std::set<model::Text>> legal_children(const model::Dataset& dataset) {
  std::set<model::Text> left;
  for (const auto& pupil : dataset.pupils) {
    if (pupil.left) left.insert(pupil.eleve_id);
  }
  std::map<model::Text, std::set<model::Text>> children;
  for (const auto& link : dataset.links) {
    if (is_legal(link) && !left.contains(link.eleve_id)) children[link.personne_id].insert(link.eleve_id);
  }
  return children;
}

/// A French address: no country, or France.
inline bool is_french(const model::Address& address) {
  const auto& country = address.ll_pays;
  return country.empty() || country == "FRANCE" || country == "France" || country == "france";
}

}  // namespace scolint::rules
