#pragma once
// Pupils who share an INE (P003, P013), and whether two of them are surely
// different people: entcore merges the pupils of one INE into one account
// (docs/field.md), which is right for one person's two records and wrong for
// two children.

#include <map>
#include <string>
#include <string_view>

#include "model/dataset.hpp"
#include "model/identity.hpp"
#include "model/ine.hpp"
#include "model/text.hpp"
#include "rules/duplicate_keys.hpp"
#include "rules/low_memory_kit.hpp"

namespace scolint::rules {

using model::pupil_name_key;

/// Both names known, and different (accents, case and punctuation aside):
/// two people, not one typed twice. A birth date alone does not tell: one
/// child's date mistyped on a second record is the commoner case (the Pix
/// fixture `siecle-with-duplicate-national-student-id.xml`).
inline bool different_people(const model::Pupil& a, const model::Pupil& b) {
  const std::string left = pupil_name_key(a);
  const std::string right = pupil_name_key(b);
  return !left.empty() && !right.empty() && left != right;
}

/// The normalised INE of a current pupil, or empty.
inline std::string current_ine(const model::Pupil& pupil) {
  const model::Field* ine = pupil.ine();
  return pupil.left || ine == nullptr ? std::string() : model::normalise_ine(ine->value);
}

/// Low-memory mode: the INE as a pupil key (one function, so one column for
/// P003 and P013), with low_memory::keep_shared as the selection.
inline std::uint64_t shared_ine_key(const model::Pupil& pupil) {
  const std::string ine = current_ine(pupil);
  return ine.empty() ? 0 : low_memory::key_of(ine);
}

/// Calls `each(ine, pupils)` for every INE that two current pupils of
/// different ELEVE_IDs share (one ELEVE_ID in two exports is one pupil),
/// `pupils` by ELEVE_ID.
template <typename Each>
void for_each_shared_ine(const model::Dataset& dataset, Each&& each) {
  for_each_shared_key(dataset.pupils, current_ine, [&](const std::string& ine, const auto& sharing) {
    std::map<model::Text, const model::Pupil*> pupils;
    for (const model::Pupil* pupil : sharing) pupils.emplace(pupil->eleve_id, pupil);
    if (pupils.size() >= 2) each(ine, pupils);
  });
}

}  // namespace scolint::rules
