#pragma once
// Normalised contact facts of responsables, and the grouping of homonyms into
// "same person" sets. Shared by R001 (duplicates) and R002 (homonyms).

#include <string>
#include <string_view>
#include <vector>

#include "model/dataset.hpp"
#include "rules/low_memory.hpp"
#include "rules/rule.hpp"

namespace scolint::rules {

/// Digits of a phone number in national form ("+33 6 12..." → "0612..."), or
/// empty when too short to identify anyone.
std::string phone_key(std::string_view phone);
/// Lower-case e-mail, or empty when it has no '@'.
std::string email_key(std::string_view email);
/// Folded address lines + postal code + commune, or empty without lines.
std::string address_key(const model::Address& address);

/// What two records of one homonym set share, strongest first.
enum class Shared : unsigned char { address, phone, email, none };

struct HomonymSet {
  std::vector<const model::Person*> people;  // distinct PERSONNE_ID, same folded nom + prénom
  std::vector<std::size_t> component;        // per person: index of its "same person" group
  std::vector<Shared> reason;                // per component: what joined it (none if alone)
};

/// Every set of at least two responsables with the same folded nom + prénom,
/// within one establishment (rules/scope.hpp).
std::vector<HomonymSet> homonym_sets(const model::Dataset& dataset);

/// Low-memory mode (R001, R002): the links of every responsable who has a
/// namesake, whatever the establishment: their pupils tell the establishment.
void keep_homonyms_links(const rules::low_memory::FirstRead& first, const rules::Reporter& rule,
                         rules::low_memory::Keep& keep);

}  // namespace scolint::rules
