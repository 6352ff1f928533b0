#include <map>
#include <unordered_set>

#include "rules/rule_kit.hpp"
#include "rules/structures/structure_text.hpp"

namespace scolint::rules {
namespace {

struct EmptyDivision {
  static constexpr RuleInfo info{
      .code = "S006",
      .slug = "empty-division",
      .severity = Severity::warning,
      .summary = {.fr = "division sans élève (SIECLE) ou sans service (STS-Web)",
                  .en = "division with no pupil (SIECLE) or no service (STS-Web)"},
      // {0} code, {1} what is missing
      .message = {.fr = "la division « {0} » n'a {1}", .en = "division \"{0}\" has {1}"},
      .hint = {.fr = "supprimez la division si elle n'existe plus, sinon complétez-la : services dans STS-Web "
                     "(ou le logiciel d'emploi du temps), affectation des élèves dans SIECLE-BEE",
               .en = "delete the division if it no longer exists, otherwise complete it: services in STS-Web (or "
                     "the timetable software), pupils' placement in SIECLE-BEE"},
  };
  // {1}: what the division has none of.
  static constexpr Phrase no_service{"aucun service dans STS-Web : aucun enseignant ne la verra dans l'ENT",
                                     "no service in STS-Web: no teacher will see it in the ENT"};
  static constexpr Phrase no_pupil{"aucun élève dans SIECLE", "no pupil in SIECLE"};

  static void check(const model::Dataset& dataset, Reporter& out) {
    // STS: services of the division or of a group attached to it.
    std::map<model::Text, std::uint32_t> group_services;
    for (const auto& group : dataset.groups) {
      if (group.origin != model::Origin::sts) continue;
      for (const auto& division : group.divisions) group_services[division] += group.services;
    }
    for (const auto& division : dataset.divisions) {
      if (division.origin != model::Origin::sts || division.services > 0 || group_services[division.code] > 0) {
        continue;
      }
      out.report({.location = division.location,
                  .args = {division.code.str(), say(out.language(), no_service)},
                  .record = model::RecordRef::structure(true, division.code),
                  .key = "sts"});
    }
    // SIECLE structures export: only meaningful when the pupils are there too.
    if (!dataset.has_kind(model::ExportKind::siecle_eleves)) return;
    // The divisions Structures.xml defines (a few dozen), then the pupils'
    // placements until each is seen: a million placements, one small lookup each.
    std::map<std::string_view, bool> placed;
    for (const auto& division : dataset.divisions) {
      if (division.origin == model::Origin::siecle_structures) placed.emplace(division.code, false);
    }
    std::size_t unseen = placed.size();
    for (const auto& membership : dataset.memberships) {
      if (unseen == 0) break;
      if (membership.type != 'D') continue;
      const auto it = placed.find(membership.code.view());
      if (it != placed.end() && !it->second) {
        it->second = true;
        --unseen;
      }
    }
    for (const auto& division : dataset.divisions) {
      if (division.origin != model::Origin::siecle_structures || placed.at(division.code.view())) continue;
      out.report({.location = division.location,
                  .args = {division.code.str(), say(out.language(), no_pupil)},
                  .record = model::RecordRef::structure(true, division.code),
                  .key = "siecle"});
    }
  }

  // Low-memory mode: the first placement in each division of the SIECLE
  // structures export (the STS side reads divisions and groups only).
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    std::vector<std::uint64_t> codes;
    for (const auto& division : first.rest->divisions) {
      if (division.origin == model::Origin::siecle_structures) {
        codes.push_back(low_memory::structure_key('D', division.code));
      }
    }
    const low_memory::KeySet wanted(std::move(codes));
    std::unordered_set<std::uint64_t> seen;
    for (std::size_t i = 0; i < first.membership_count && !wanted.empty(); ++i) {
      const std::uint64_t code = first.membership(0, i);
      if (wanted.contains(code) && seen.insert(code).second) keep.memberships[i] = true;
    }
  }
  static constexpr low_memory::Needs records_needed{
      .declared = true, .membership_keys = {&low_memory::placement_division}, .select = &select};
};

}  // namespace

SCOLINT_RULE(S006, EmptyDivision)

}  // namespace scolint::rules
